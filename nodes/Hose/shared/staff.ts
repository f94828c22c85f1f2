import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { Validator } from '../../common/validation';
import { checkCellphone, checkCode, checkEmail, listOfIds } from './checks';

/** The staff fields the create / update / upsert operations send (hose.md, 新增员工 / 批量修改员工). */
export const staffDataFields: INodeProperties[] = [
	{ displayName: 'Name (姓名)', name: 'name', type: 'string', default: '' },
	{ displayName: 'Code (工号)', name: 'code', type: 'string', default: '', description: 'Employee number, unique in the company' },
	{
		displayName: 'Cellphone (手机号)',
		name: 'cellphone',
		type: 'string',
		default: '',
		placeholder: 'e.g. 13800138000',
		description: 'Mainland mobile, or "(country code)number" for a foreign one (digits and ASCII brackets only)',
	},
	{ displayName: 'Email (邮箱)', name: 'email', type: 'string', placeholder: 'e.g. name@email.com', default: '' },
	{
		displayName: 'Default Department (默认部门) Name or ID',
		name: 'defaultDepartment',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDepartmentsOrFirst' },
		default: '',
		description:
			'Must be one of Departments; when Departments is empty it becomes the only department. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Departments (所在部门) Names or IDs',
		name: 'departments',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getDepartments' },
		default: [],
		description:
			'All departments of the employee, part-time ones included. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Note (备注)', name: 'note', type: 'string', default: '' },
	{
		displayName: 'Third-Party User ID',
		name: 'userid',
		type: 'string',
		default: '',
		description: 'Userid: the person ID in DingTalk / WeCom / Feishu when the tenant syncs with one',
	},
	{
		displayName: 'Custom Fields',
		name: 'staffCustomForm',
		type: 'json',
		default: '{}',
		description: 'StaffCustomForm: custom staff fields, e.g. {"rankType": "&lt;item ID&gt;", "u_项目": "&lt;item ID&gt;"}',
	},
];

const label = (name: string) => {
	const field = staffDataFields.find((f) => f.name === name);
	return `${field?.displayName ?? name} (${name})`;
};

/**
 * Validates staff fields and builds the body Hose expects. Empty values are left out (Hose: e-mail may be
 * omitted but never sent as ""). Departments: the default one is always among them.
 */
export function toStaffBody(fields: IDataObject, v: Validator, prefix = ''): IDataObject {
	const f = (name: string) => `${prefix}${label(name)}`;
	const body: IDataObject = {};
	const name = fields.name === undefined ? undefined : String(fields.name).trim();
	if (name) body.name = name;
	const code = checkCode(v, f('code'), fields.code);
	if (code) body.code = code;
	const cellphone = checkCellphone(v, f('cellphone'), fields.cellphone);
	if (cellphone) body.cellphone = cellphone;
	const email = checkEmail(v, f('email'), fields.email);
	if (email) body.email = email;
	if (fields.note !== undefined && String(fields.note) !== '') body.note = String(fields.note);
	if (fields.userid !== undefined && String(fields.userid).trim() !== '') body.userid = String(fields.userid).trim();
	const departments = listOfIds(fields.departments);
	const defaultDepartment = fields.defaultDepartment ? String(fields.defaultDepartment).trim() : departments[0];
	if (defaultDepartment) {
		body.defaultDepartment = defaultDepartment;
		body.departments = departments.includes(defaultDepartment) ? departments : [defaultDepartment, ...departments];
	}
	const custom = v.json<IDataObject | undefined>(f('staffCustomForm'), fields.staffCustomForm);
	if (custom !== undefined && (typeof custom !== 'object' || Array.isArray(custom) || custom === null)) {
		v.fail(f('staffCustomForm'), 'must be a JSON object');
	}
	if (custom && Object.keys(custom).length) body.staffCustomForm = custom;
	return body;
}

/** Whether `existing` already holds every value of `wanted` (departments compared as sets). */
export function staffMatches(existing: IDataObject, wanted: IDataObject): boolean {
	for (const [key, value] of Object.entries(wanted)) {
		const current = existing[key];
		if (key === 'departments') {
			const a = new Set(listOfIds(current));
			const b = listOfIds(value);
			if (a.size !== b.length || b.some((x) => !a.has(x))) return false;
		} else if (key === 'staffCustomForm') {
			const have = (current ?? {}) as IDataObject;
			if (Object.entries(value as IDataObject).some(([k, x]) => String(have[k] ?? '') !== String(x ?? ''))) return false;
		} else if (key === 'userid') {
			if (String(existing.userId ?? existing.userid ?? '') !== String(value)) return false;
		} else if (String(current ?? '') !== String(value ?? '')) {
			return false;
		}
	}
	return true;
}
