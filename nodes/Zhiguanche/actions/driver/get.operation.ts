import { getOperation } from '../../shared/crud';
import { driver } from '../../shared/resources';

export const { description, execute } = getOperation(driver);
