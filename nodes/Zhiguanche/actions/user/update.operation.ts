import { updateOperation } from '../../shared/crud';
import { user } from '../../shared/resources';

export const { description, execute } = updateOperation(user);
