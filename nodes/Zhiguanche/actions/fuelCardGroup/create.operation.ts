import { createOperation } from '../../shared/crud';
import { fuelCardGroup } from '../../shared/resources';

export const { description, execute } = createOperation(fuelCardGroup);
