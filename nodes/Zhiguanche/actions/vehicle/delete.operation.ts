import { deleteOperation } from '../../shared/crud';
import { vehicle } from '../../shared/resources';

export const { description, execute } = deleteOperation(vehicle);
