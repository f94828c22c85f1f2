import { getManyOperation } from '../../shared/crud';
import { fuelCard } from '../../shared/resources';

export const { description, execute } = getManyOperation(fuelCard);
