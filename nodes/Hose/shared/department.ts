import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { RequestContext } from '../../common/types';
import { Validator } from '../../common/validation';
import { checkCode } from './checks';
import { hoseList } from './paging';
import { hoseRequest, idSegment, valueOf } from '../transport';

export const departmentLocator = (name = 'department', displayName = 'Department (部门)'): INodeProperties => ({
	displayName,
	name,
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchDepartments', searchable: true },
		},
		{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. ID01abc:ID_3rw$2RXc5lM' },
		{ displayName: 'Code (部门编码)', name: 'code', type: 'string', placeholder: 'e.g. 1003' },
	],
});

/** Every department (获取部门列表(包含停用部门)), 100 per page. */
export async function allDepartments(this: RequestContext, itemIndex?: number): Promise<IDataObject[]> {
	return await hoseList.call(this, { method: 'GET', path: '/api/openapi/v1/departments', itemIndex }, { returnAll: true, limit: 0 });
}

/** 根据部门ID或编码获取部门信息 (`$idOrCode` + `departmentBy`); Hose finds active departments only. */
export async function departmentBy(this: RequestContext, by: 'id' | 'code', key: string, itemIndex?: number): Promise<IDataObject> {
	return valueOf(
		await hoseRequest.call(this, {
			method: 'GET',
			path: `/api/openapi/v1/departments/${idSegment(key)}`,
			qs: { departmentBy: by },
			itemIndex,
		}),
	);
}

/**
 * The id a department locator (or parent reference) names; codes are resolved through Hose. Hose's lookup by
 * code finds active departments only: `includeDisabled` searches the full list instead.
 */
export async function resolveDepartmentId(
	this: RequestContext,
	locator: { mode: string; value: string },
	itemIndex: number,
	field: string,
	includeDisabled = false,
): Promise<string> {
	if (locator.mode === 'id') return locator.value;
	if (locator.mode !== 'code') new Validator(this.getNode(), itemIndex).fail(field, `mode must be ID or Code (got "${locator.mode}")`);
	const found = includeDisabled
		? (await allDepartments.call(this, itemIndex)).find((d) => String(d.code ?? '') === locator.value)
		: await departmentBy.call(this, 'code', locator.value, itemIndex);
	if (!found?.id) throw new NodeOperationError(this.getNode(), `No ${includeDisabled ? '' : 'active '}Hose department with code "${locator.value}"`, { itemIndex });
	return String(found.id);
}

/** Department body fields besides name, code and parent (新增部门 / 修改部门信息). */
export const departmentExtraFields: INodeProperties[] = [
	{
		displayName: 'Custom Fields',
		name: 'form',
		type: 'json',
		default: '{}',
		description: 'Department custom fields, e.g. {"costCenter": "&lt;item ID&gt;", "legalEntity": "&lt;item ID&gt;", "u_字段名": "…"}',
	},
	{
		displayName: 'Order (排序)',
		name: 'order',
		type: 'number',
		default: 0,
		description: 'Sort order among siblings without a code',
	},
];

/** Validates a department's name, code and extra fields into Hose's body (without parentId). */
export function toDepartmentBody(v: Validator, fields: IDataObject, { requireName }: { requireName: boolean }): IDataObject {
	const body: IDataObject = {};
	const name = fields.name === undefined ? '' : String(fields.name).trim();
	if (requireName) v.required('Name (部门名称) (name)', name);
	if (name) body.name = name;
	if (fields.code !== undefined) body.code = checkCode(v, 'Code (部门编码) (code)', fields.code) ?? '';
	if (fields.form !== undefined) {
		const form = v.json<IDataObject | undefined>('Custom Fields (form)', fields.form);
		if (form !== undefined && (typeof form !== 'object' || form === null || Array.isArray(form))) v.fail('Custom Fields (form)', 'must be a JSON object');
		if (form && Object.keys(form).length) body.form = form;
	}
	if (fields.order !== undefined && fields.order !== '') {
		const order = Number(fields.order);
		if (!Number.isInteger(order)) v.fail('Order (排序) (order)', `must be a whole number (got "${String(fields.order)}")`);
		body.order = order;
	}
	return body;
}
