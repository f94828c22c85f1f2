import { setActiveOperation } from './setActive';

export const { description, execute } = setActiveOperation('enable');
