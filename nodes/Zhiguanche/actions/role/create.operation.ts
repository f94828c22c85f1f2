import { createOperation } from '../../shared/crud';
import { role } from '../../shared/resources';

export const { description, execute } = createOperation(role);
