import { createOperation } from '../../shared/crud';
import { vehicle } from '../../shared/resources';

export const { description, execute } = createOperation(vehicle);
