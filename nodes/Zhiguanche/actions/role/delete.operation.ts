import { deleteOperation } from '../../shared/crud';
import { role } from '../../shared/resources';

export const { description, execute } = deleteOperation(role);
