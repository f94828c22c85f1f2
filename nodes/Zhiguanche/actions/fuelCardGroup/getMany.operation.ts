import { getManyOperation } from '../../shared/crud';
import { fuelCardGroup } from '../../shared/resources';

export const { description, execute } = getManyOperation(fuelCardGroup);
