import { updateOperation } from '../../shared/crud';
import { vehicle } from '../../shared/resources';

export const { description, execute } = updateOperation(vehicle);
