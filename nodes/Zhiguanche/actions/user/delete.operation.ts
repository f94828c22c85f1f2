import { deleteOperation } from '../../shared/crud';
import { user } from '../../shared/resources';

export const { description, execute } = deleteOperation(user);
