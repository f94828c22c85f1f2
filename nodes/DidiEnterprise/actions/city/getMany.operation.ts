import { referenceList } from '../../shared/reference';

const operation = referenceList({ resource: 'city', path: '/river/City/get', nameField: 'city_name' });

export const description = operation.description;
export const execute = operation.execute;
