import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { staffDataFields, toStaffBody } from '../../shared/staff';
import { requireLocator, staffLocator } from '../../shared/staffLookup';
import { hoseRequest, idSegment } from '../../transport';

const properties: INodeProperties[] = [
	staffLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are changed',
		options: staffDataFields,
	},
];

export const description = showFor('staff', 'update', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const { mode, value } = requireLocator(v, 'Staff (staff)', this.getNodeParameter('staff', i));
	if (mode !== 'id' && mode !== 'code') v.fail('Staff (staff)', `mode must be ID or Code (got "${mode}")`);
	const body = toStaffBody(this.getNodeParameter('updateFields', i, {}) as IDataObject, v);
	if (Object.keys(body).length === 0) v.fail('Update Fields (updateFields)', 'must contain at least one field');
	await hoseRequest.call(this, {
		method: 'PUT',
		path: `/api/openapi/v1.1/staffs/update/${idSegment(value)}`,
		qs: mode === 'code' ? { type: 'code' } : undefined,
		body,
		itemIndex: i,
	});
	return { [mode]: value, ...body, updated: true };
}
