import { upsertOperation } from '../../shared/crud';
import { user } from '../../shared/resources';

export const { description, execute } = upsertOperation(user);
