import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { nameField, phoneField, travelerFields, travelerParams } from './fields';

export const travelerIdField: INodeProperties = {
	displayName: 'Traveler ID (滴滴侧出行人ID)',
	name: 'travelerId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 1125990000000001',
	description: 'The ID Create returned (DiDi offers no traveler list to pick from)',
};

export const description = showFor('traveler', 'update', [
	travelerIdField,
	{ ...phoneField, description: 'DiDi requires phone and name on every update' },
	nameField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Fields left out stay as they are (不传代表不更新)',
		options: [
			...travelerFields,
			{ displayName: 'Clear All Cards (清空证件)', name: 'clearCards', type: 'boolean', default: false, description: 'Whether to remove every ID card of the traveler (force_clear_fields)' },
		],
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const travelerId = v.required('Traveler ID (traveler_id)', String(this.getNodeParameter('travelerId', i, '')).trim());
	const param = await travelerParams.call(this, i, v, 'updateFields');
	const clear = Boolean((this.getNodeParameter('updateFields', i, {}) as IDataObject).clearCards);
	if (clear && param.card_list) v.fail('Clear All Cards (force_clear_fields)', 'cannot be combined with ID Cards (card_list)');
	const body = { traveler_id: travelerId, ...param, ...(clear ? { force_clear_fields: ['card_list'] } : {}) };
	await didiData.call(this, { method: 'POST', path: '/open-apis/v1/traveler/update', body: { param_json: JSON.stringify(body) }, itemIndex: i });
	return { traveler_id: travelerId, updated: true };
}
