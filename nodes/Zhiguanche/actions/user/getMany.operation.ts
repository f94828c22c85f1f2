import { getManyOperation } from '../../shared/crud';
import { user } from '../../shared/resources';

export const { description, execute } = getManyOperation(user);
