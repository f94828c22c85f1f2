import { deleteOperation } from '../../shared/crud';
import { fuelCard } from '../../shared/resources';

export const { description, execute } = deleteOperation(fuelCard);
