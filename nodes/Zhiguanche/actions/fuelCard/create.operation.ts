import { createOperation } from '../../shared/crud';
import { fuelCard } from '../../shared/resources';

export const { description, execute } = createOperation(fuelCard);
