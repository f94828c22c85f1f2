import { updateOperation } from '../../shared/crud';
import { role } from '../../shared/resources';

export const { description, execute } = updateOperation(role);
