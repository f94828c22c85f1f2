import { deleteOperation } from '../../shared/crud';
import { fuelCardGroup } from '../../shared/resources';

export const { description, execute } = deleteOperation(fuelCardGroup);
