import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { departmentExtraFields, departmentLocator, resolveDepartmentId, toDepartmentBody } from '../../shared/department';
import { requireLocator } from '../../shared/staffLookup';
import { hoseRequest, valueOf } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Name (部门名称)', name: 'name', type: 'string', default: '', required: true, description: 'Unique among its siblings' },
	{ displayName: 'Code (部门编码)', name: 'code', type: 'string', default: '', description: 'Unique among active departments; may be empty' },
	{
		displayName: 'Top Level',
		name: 'topLevel',
		type: 'boolean',
		default: false,
		description: 'Whether the department sits directly under the company (parentId "")',
	},
	{ ...departmentLocator('parent', 'Parent Department (上级部门)'), displayOptions: { show: { topLevel: [false] } } },
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: departmentExtraFields },
];

export const description = showFor('department', 'create', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const body = toDepartmentBody(
		v,
		{ ...(this.getNodeParameter('additionalFields', i, {}) as IDataObject), name: this.getNodeParameter('name', i), code: this.getNodeParameter('code', i, '') },
		{ requireName: true },
	);
	let parentId = '';
	if (!this.getNodeParameter('topLevel', i, false)) {
		const parent = requireLocator(v, 'Parent Department (上级部门) (parent)', this.getNodeParameter('parent', i));
		parentId = await resolveDepartmentId.call(this, parent, i, 'Parent Department (上级部门) (parent)');
	}
	const answer = await hoseRequest.call(this, {
		method: 'POST',
		path: '/api/openapi/v1/departments',
		body: { code: '', ...body, parentId },
		itemIndex: i,
		retries: 0,
	});
	return { ...valueOf(answer), created: true };
}
