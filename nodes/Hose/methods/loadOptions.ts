import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { withEmptyChoice } from '../../common/emptyChoice';
import { allDepartments } from '../shared/department';
import { hoseRequest, listOf } from '../transport';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name, 'zh');

/** Every department (获取部门列表, disabled ones included and marked), path as the label. */
export async function getDepartments(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const records = await allDepartments.call(this);
	return records
		.map((d: IDataObject) => ({
			name: `${String(d.path || d.name)}${d.code ? ` (${String(d.code)})` : ''}${d.active === false ? ' [停用]' : ''}`,
			value: String(d.id),
		}))
		.sort(byName);
}

/** Default Department where it may stay empty: the first of Departments is then the default one. */
export const getDepartmentsOrFirst = withEmptyChoice(
	getDepartments,
	'First of Departments',
	'The first department of Departments becomes the default one; with no Departments on an update, unchanged',
);

/** A department's new parent, with Top Level (parentId "": directly under the company) first. */
export const getParentDepartments = withEmptyChoice(getDepartments, 'Top Level (顶级)', 'Directly under the company (parentId "")');

/** Current document templates (获取当前版本单据模板列表), optionally of the chosen type. */
export async function getSpecifications(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const type = String(this.getCurrentNodeParameter('templateType') ?? '');
	const body = await hoseRequest.call(this, {
		method: 'GET',
		path: '/api/openapi/v1/specifications/latestByType',
		qs: type ? { type } : undefined,
	});
	return listOf(body)
		.records.filter((s) => s.active !== false)
		.map((s) => ({ name: `${String(s.name)}${s.type ? ` (${String(s.type)})` : ''}`, value: String(s.id) }))
		.sort(byName);
}

/** Fee types (获取费用类型列表); disabled ones are left out — Hose refuses them in documents. */
export async function getFeeTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const body = await hoseRequest.call(this, { method: 'GET', path: '/api/openapi/v1/feeTypes' });
	return listOf(body)
		.records.filter((f) => f.active !== false)
		.map((f) => ({ name: `${String(f.name)}${f.code ? ` (${String(f.code)})` : ''}`, value: String(f.id) }))
		.sort(byName);
}
