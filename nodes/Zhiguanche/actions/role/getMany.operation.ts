import { getManyOperation } from '../../shared/crud';
import { role } from '../../shared/resources';

export const { description, execute } = getManyOperation(role);
