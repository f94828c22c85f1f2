import { createOperation } from '../../shared/crud';
import { user } from '../../shared/resources';

export const { description, execute } = createOperation(user);
