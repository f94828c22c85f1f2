import { upsertOperation } from '../../shared/crud';
import { department } from '../../shared/resources';

export const { description, execute } = upsertOperation(department);
