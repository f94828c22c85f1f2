import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { travelerIdField } from './update.operation';

export const description = showFor('traveler', 'delete', [travelerIdField]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const travelerId = v.required('Traveler ID (traveler_id)', String(this.getNodeParameter('travelerId', i, '')).trim());
	await didiData.call(this, { method: 'POST', path: '/open-apis/v1/traveler/del', body: { param_json: JSON.stringify({ traveler_id: travelerId }) }, itemIndex: i });
	return { traveler_id: travelerId, deleted: true };
}
