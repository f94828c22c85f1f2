import { getManyOperation } from '../../shared/crud';
import { department } from '../../shared/resources';

export const { description, execute } = getManyOperation(department);
