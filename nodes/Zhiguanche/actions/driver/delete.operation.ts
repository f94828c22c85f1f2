import { deleteOperation } from '../../shared/crud';
import { driver } from '../../shared/resources';

export const { description, execute } = deleteOperation(driver);
