import { createOperation } from '../../shared/crud';
import { driver } from '../../shared/resources';

export const { description, execute } = createOperation(driver);
