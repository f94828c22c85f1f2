import { getOperation } from '../../shared/crud';
import { user } from '../../shared/resources';

export const { description, execute } = getOperation(user);
