import { deleteOperation } from '../../shared/crud';
import { department } from '../../shared/resources';

export const { description, execute } = deleteOperation(department);
