import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { vehicleRequestLocator } from '../../shared/locators';
import { readRequest } from '../../shared/request';

export const description = showFor('vehicleRequest', 'get', [vehicleRequestLocator]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await readRequest(this, new Validator(this.getNode(), i), i);
}
