import { updateOperation } from '../../shared/crud';
import { fuelCardGroup } from '../../shared/resources';

export const { description, execute } = updateOperation(fuelCardGroup);
