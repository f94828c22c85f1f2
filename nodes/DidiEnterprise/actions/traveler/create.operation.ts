import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { nameField, phoneField, travelerFields, travelerParams } from './fields';

export const description = showFor('traveler', 'create', [
	phoneField,
	nameField,
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: travelerFields },
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const param = await travelerParams.call(this, i, v, 'additionalFields');
	const data = await didiData.call(this, {
		method: 'POST',
		path: '/open-apis/v1/traveler/create',
		body: { param_json: JSON.stringify(param) },
		itemIndex: i,
		// DiDi has no way to look a traveller up: a create whose answer was lost is never repeated.
		retries: 0,
	});
	return { traveler_id: data?.id, phone: param.phone, name: param.name, ...(param.out_traveler_id ? { out_traveler_id: param.out_traveler_id } : {}) };
}
