import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import {
	departmentBy,
	departmentExtraFields,
	departmentLocator,
	resolveDepartmentId,
	toDepartmentBody,
} from '../../shared/department';
import { requireLocator } from '../../shared/staffLookup';
import { hoseRequest, idSegment, valueOf } from '../../transport';

const properties: INodeProperties[] = [
	departmentLocator(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here change; the others keep their current values',
		options: [
			{ displayName: 'Name (部门名称)', name: 'name', type: 'string', default: '' },
			{ displayName: 'Code (部门编码)', name: 'code', type: 'string', default: '' },
			{
				displayName: 'Parent Department (上级部门) Name or ID',
				name: 'parentId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getParentDepartments' },
				default: '',
				description: 'The new parent; Top Level (顶级) moves the department directly under the company. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{ displayName: 'Parent Code (上级部门编码)', name: 'parentCode', type: 'string', default: '' },
			...departmentExtraFields,
		],
	},
];

export const description = showFor('department', 'update', properties);

/**
 * 修改部门信息 requires code, name and parentId every time: the current department is read first and the
 * changed fields merged into it.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const locator = requireLocator(v, 'Department (department)', this.getNodeParameter('department', i));
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	if (Object.keys(fields).length === 0) v.fail('Update Fields (updateFields)', 'must contain at least one field');
	if (fields.parentId !== undefined && fields.parentCode !== undefined) {
		v.fail('Update Fields (updateFields)', 'may contain Parent Department or Parent Code, not both');
	}
	const changes = toDepartmentBody(v, fields, { requireName: false });
	if (fields.parentCode !== undefined) {
		const code = v.required('Parent Code (上级部门编码) (parentCode)', String(fields.parentCode).trim());
		changes.parentId = await resolveDepartmentId.call(this, { mode: 'code', value: code }, i, 'Parent Code (上级部门编码) (parentCode)');
	} else if (fields.parentId !== undefined) changes.parentId = String(fields.parentId).trim();
	const current = await departmentBy.call(this, locator.mode === 'code' ? 'code' : 'id', locator.value, i);
	const body: IDataObject = {
		code: String(current.code ?? ''),
		name: String(current.name ?? ''),
		parentId: String(current.parentId ?? ''),
		...(current.form ? { form: current.form } : {}),
		...(current.order !== undefined ? { order: current.order } : {}),
		...changes,
	};
	const answer = await hoseRequest.call(this, {
		method: 'PUT',
		path: `/api/openapi/v1/departments/update/${idSegment(String(current.id))}`,
		body,
		itemIndex: i,
	});
	const value = valueOf(answer);
	return { id: String(current.id), ...body, ...(value && typeof value === 'object' ? value : {}), updated: true };
}
