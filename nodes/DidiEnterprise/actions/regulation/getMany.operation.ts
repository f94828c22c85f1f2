import { referenceList } from '../../shared/reference';

const operation = referenceList({ resource: 'regulation', path: '/river/Regulation/get', nameField: 'regulation_name' });

export const description = operation.description;
export const execute = operation.execute;
