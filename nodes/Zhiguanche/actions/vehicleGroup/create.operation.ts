import { createOperation } from '../../shared/crud';
import { vehicleGroup } from '../../shared/resources';

export const { description, execute } = createOperation(vehicleGroup);
