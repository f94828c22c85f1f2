import { getOperation } from '../../shared/crud';
import { fuelCard } from '../../shared/resources';

export const { description, execute } = getOperation(fuelCard);
