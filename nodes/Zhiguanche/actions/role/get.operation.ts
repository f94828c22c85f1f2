import { getOperation } from '../../shared/crud';
import { role } from '../../shared/resources';

export const { description, execute } = getOperation(role);
