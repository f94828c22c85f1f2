import { updateOperation } from '../../shared/crud';
import { driver } from '../../shared/resources';

export const { description, execute } = updateOperation(driver);
