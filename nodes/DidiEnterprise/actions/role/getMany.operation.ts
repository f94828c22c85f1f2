import { referenceList } from '../../shared/reference';

const operation = referenceList({ resource: 'role', path: '/river/Role/get', nameField: 'name' });

export const description = operation.description;
export const execute = operation.execute;
