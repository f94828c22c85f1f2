import { getOperation } from '../../shared/crud';
import { vehicle } from '../../shared/resources';

export const { description, execute } = getOperation(vehicle);
