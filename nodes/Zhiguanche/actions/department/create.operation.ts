import { createOperation } from '../../shared/crud';
import { department } from '../../shared/resources';

export const { description, execute } = createOperation(department);
