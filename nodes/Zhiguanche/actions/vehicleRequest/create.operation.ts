import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readFields, requireFields, toProperty } from '../../shared/fields';
import { REQUEST_FIELDS } from '../../shared/request';
import { createRecord } from '../../shared/write';

const properties: INodeProperties[] = [
	...REQUEST_FIELDS.required.map((f) => toProperty(f, true)),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: REQUEST_FIELDS.optional.map((f) => toProperty(f)),
	},
];

export const description = showFor('vehicleRequest', 'create', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const values: IDataObject = { ...(this.getNodeParameter('additionalFields', i, {}) as IDataObject) };
	for (const f of REQUEST_FIELDS.required) values[f.name] = this.getNodeParameter(f.name, i, '') as IDataObject[string];
	const body = readFields(v, [...REQUEST_FIELDS.required, ...REQUEST_FIELDS.optional], values);
	requireFields(v, REQUEST_FIELDS.required, body);
	if ((body.endTime as number) < (body.startTime as number)) v.fail('End Time (endTime)', 'must not be before Start Time (startTime)');
	if (body.passengers !== undefined && ((body.passengers as number) < 1 || (body.passengers as number) > 60)) {
		v.fail('Passengers (passengers)', `must be 1 to 60 (got ${String(body.passengers)})`);
	}
	return await createRecord.call(this, '/vehicle-requests', body, i);
}
