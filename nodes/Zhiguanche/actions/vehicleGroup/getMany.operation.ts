import { getManyOperation } from '../../shared/crud';
import { vehicleGroup } from '../../shared/resources';

export const { description, execute } = getManyOperation(vehicleGroup);
