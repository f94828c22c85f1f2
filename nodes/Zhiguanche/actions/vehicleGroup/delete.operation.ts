import { deleteOperation } from '../../shared/crud';
import { vehicleGroup } from '../../shared/resources';

export const { description, execute } = deleteOperation(vehicleGroup);
