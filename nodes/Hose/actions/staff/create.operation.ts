import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { staffDataFields, toStaffBody } from '../../shared/staff';
import { hoseRequest, valueOf } from '../../transport';

const pick = (name: string) => staffDataFields.find((f) => f.name === name)!;

const properties: INodeProperties[] = [
	{ ...pick('name'), required: true },
	{ ...pick('code') },
	{ ...pick('cellphone') },
	{ ...pick('defaultDepartment'), typeOptions: { loadOptionsMethod: 'getDepartments' }, required: true },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: staffDataFields.filter((f) => !['name', 'code', 'cellphone', 'defaultDepartment'].includes(f.name)),
	},
];

export const description = showFor('staff', 'create', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const fields: IDataObject = {
		...(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
		name: this.getNodeParameter('name', i),
		code: this.getNodeParameter('code', i, ''),
		cellphone: this.getNodeParameter('cellphone', i, ''),
		defaultDepartment: this.getNodeParameter('defaultDepartment', i),
	};
	v.required('Name (姓名) (name)', String(fields.name ?? '').trim());
	v.required('Default Department (defaultDepartment)', String(fields.defaultDepartment ?? '').trim());
	const body = toStaffBody(fields, v);
	if (!body.cellphone && !body.email) {
		v.fail('Cellphone (手机号) (cellphone)', 'or Email (邮箱) is required (Hose needs at least one of them)');
	}
	// No idempotency key exists for staff: a retried create could add the person twice, so no automatic retries.
	const answer = await hoseRequest.call(this, { method: 'POST', path: '/api/openapi/v1.1/staffs', body, itemIndex: i, retries: 0 });
	const value = valueOf<unknown>(answer);
	const id = typeof value === 'string' ? value : ((value as IDataObject | undefined)?.id as string | undefined);
	return { id, ...body, created: true };
}
