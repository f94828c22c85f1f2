import { updateOperation } from '../../shared/crud';
import { vehicleGroup } from '../../shared/resources';

export const { description, execute } = updateOperation(vehicleGroup);
