import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { outputProperties, shapeOutput } from '../../../common/output';
import { VEHICLE_REQUEST } from '../../shared/shapes';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { vehicleRequestLocator } from '../../shared/locators';
import { readRequest } from '../../shared/request';

export const description = showFor('vehicleRequest', 'get', [vehicleRequestLocator, ...outputProperties(VEHICLE_REQUEST)]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return shapeOutput(this, i, VEHICLE_REQUEST)(await readRequest(this, new Validator(this.getNode(), i), i));
}
