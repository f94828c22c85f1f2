import { getOperation } from '../../shared/crud';
import { department } from '../../shared/resources';

export const { description, execute } = getOperation(department);
