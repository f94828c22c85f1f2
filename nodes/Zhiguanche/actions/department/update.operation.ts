import { updateOperation } from '../../shared/crud';
import { department } from '../../shared/resources';

export const { description, execute } = updateOperation(department);
