import { setDepartmentActive } from './setActive';

export const { description, execute } = setDepartmentActive('enable');
