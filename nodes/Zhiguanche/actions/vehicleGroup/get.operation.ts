import { getOperation } from '../../shared/crud';
import { vehicleGroup } from '../../shared/resources';

export const { description, execute } = getOperation(vehicleGroup);
