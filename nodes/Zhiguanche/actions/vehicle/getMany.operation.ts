import { getManyOperation } from '../../shared/crud';
import { vehicle } from '../../shared/resources';

export const { description, execute } = getManyOperation(vehicle);
