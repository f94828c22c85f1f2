import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { departmentBy, departmentLocator } from '../../shared/department';
import { requireLocator } from '../../shared/staffLookup';
import { hoseRequest, listOf, valueOf } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Find By',
		name: 'findBy',
		type: 'options',
		default: 'department',
		options: [
			{ name: 'ID or Code', value: 'department', description: '根据部门ID或编码获取部门信息 (active departments only)' },
			{ name: 'Name', value: 'name', description: '根据部门名称获取部门信息 — may match several departments' },
			{ name: 'Path', value: 'path', description: '根据部门路径获取部门信息, e.g. 总公司/财务部' },
		],
	},
	{ ...departmentLocator(), displayOptions: { show: { findBy: ['department'] } } },
	{ displayName: 'Name (部门名称)', name: 'name', type: 'string', default: '', required: true, displayOptions: { show: { findBy: ['name'] } } },
	{
		displayName: 'Path (部门路径)',
		name: 'path',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 总公司/财务部',
		description: 'Full path of department names separated by /',
		displayOptions: { show: { findBy: ['path'] } },
	},
];

export const description = showFor('department', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject | IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const findBy = this.getNodeParameter('findBy', i) as string;
	if (findBy === 'name') {
		const name = v.required('Name (部门名称) (name)', String(this.getNodeParameter('name', i, '')).trim());
		const body = await hoseRequest.call(this, { method: 'GET', path: '/api/openapi/v1/departments/getDepartmentByName', qs: { name }, itemIndex: i });
		return listOf(body).records;
	}
	if (findBy === 'path') {
		const path = v.required('Path (部门路径) (path)', String(this.getNodeParameter('path', i, '')).trim());
		return valueOf(await hoseRequest.call(this, { method: 'GET', path: '/api/openapi/v1/departments/getDepartmentByPath', qs: { path }, itemIndex: i }));
	}
	const { mode, value } = requireLocator(v, 'Department (department)', this.getNodeParameter('department', i));
	return await departmentBy.call(this, mode === 'code' ? 'code' : 'id', value, i);
}
