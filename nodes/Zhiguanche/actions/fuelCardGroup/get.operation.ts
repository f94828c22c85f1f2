import { getOperation } from '../../shared/crud';
import { fuelCardGroup } from '../../shared/resources';

export const { description, execute } = getOperation(fuelCardGroup);
