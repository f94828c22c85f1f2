import { updateOperation } from '../../shared/crud';
import { fuelCard } from '../../shared/resources';

export const { description, execute } = updateOperation(fuelCard);
