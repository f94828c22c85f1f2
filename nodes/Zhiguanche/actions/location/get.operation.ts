import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readId } from '../../shared/crud';
import { vehicleLocator } from '../../shared/locators';
import { zgcData } from '../../transport';

export const description = showFor('location', 'get', [vehicleLocator]);

/** GPS position, speed, direction, GPS time and status (driving / parked / offline) of one vehicle. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = readId(this, new Validator(this.getNode(), i), vehicleLocator, i);
	return await zgcData.call(this, { method: 'GET', path: `/vehicles/${encodeURIComponent(id)}/location`, itemIndex: i });
}
