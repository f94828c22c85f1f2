import { ebotOperation } from './answer';

export const { description, execute } = ebotOperation('accept');
