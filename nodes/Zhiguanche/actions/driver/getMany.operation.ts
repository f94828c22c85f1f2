import { getManyOperation } from '../../shared/crud';
import { driver } from '../../shared/resources';

export const { description, execute } = getManyOperation(driver);
