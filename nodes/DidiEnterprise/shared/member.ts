import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../common/validation';
import { toChinaDate } from '../../common/dates';
import { didiData } from '../transport';
import { day } from './approval';
import { checkPhone, phoneCheckOf } from './phone';
import type { PhoneCheck } from './phone';
import { compact, locatorValue } from './fields';

/** Member (员工) picked from a list, or given by DiDi member id, phone or employee number. */
export const memberLocator: INodeProperties = {
	displayName: 'Member (员工)',
	name: 'member',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The DiDi member to act on',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchMembers', searchable: true },
		},
		{
			displayName: 'By Member ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 1125912345678901',
			hint: 'DiDi member_id, as returned by Create or Get Many',
			validation: [{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'A DiDi member ID is a number' } }],
		},
		{
			displayName: 'By Phone',
			name: 'phone',
			type: 'string',
			placeholder: 'e.g. 13800000000',
		},
		{
			displayName: 'By Employee Number (工号)',
			name: 'employeeNumber',
			type: 'string',
			placeholder: 'e.g. E10001',
		},
	],
};

/** Member data fields shared by Create (additional fields) and Update (update fields). */
export const memberDataFields: INodeProperties[] = [
	{
		displayName: 'Birth Date (出生日期)',
		name: 'birth_date',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1990-01-31',
		description: "YYYY-MM-DD. DiDi takes it in clear only inside AES256 transport encryption: needs the credential's Encryption set to AES256.",
	},
	{
		displayName: 'Budget Center (所在部门) Name or ID',
		name: 'budget_center_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDepartments' },
		default: '',
		description: 'Department the member belongs to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Dismiss Date (离职日期)',
		name: 'set_dismiss_time',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2026-12-31',
		description: 'Date (YYYY-MM-DD, after today) on which DiDi moves the member to the dismissed list',
	},
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'e.g. name@email.com', default: '' },
	{ displayName: 'Employee Number (工号)', name: 'employee_number', type: 'string', default: '' },
	{ displayName: 'English Name', name: 'english_name', type: 'string', default: '' },
	{ displayName: 'English Surname', name: 'english_surname', type: 'string', default: '' },
	{
		displayName: 'Immediate Superior Email (直属上级邮箱)',
		name: 'immediate_superior_email',
		type: 'string',
		placeholder: 'e.g. name@email.com',
		default: '',
		description: 'The superior by email (DiDi takes one of phone, employee number, email)',
	},
	{
		displayName: 'Immediate Superior Employee Number (直属上级工号)',
		name: 'immediate_superior_employee_number',
		type: 'string',
		default: '',
		description: 'The superior by employee number (DiDi takes one of phone, employee number, email; phone wins)',
	},
	{
		displayName: 'Immediate Superior Phone (直属上级手机号)',
		name: 'immediate_superior_phone',
		type: 'string',
		default: '',
		description: 'The superior can act as approver in DiDi approval flows',
	},
	{
		displayName: 'Legal Entity (公司主体) Name or ID',
		name: 'legal_entity_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getLegalEntities' },
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Monthly Quota (每月配额, Yuan)',
		name: 'total_quota',
		type: 'string',
		default: '',
		placeholder: 'e.g. 500',
		description: 'Monthly limit in yuan; empty means no limit',
	},
	{ displayName: 'Name (姓名)', name: 'realname', type: 'string', default: '' },
	{ displayName: 'Nickname', name: 'nickname', type: 'string', default: '' },
	{ displayName: 'Out Rank ID (外部职级)', name: 'out_rank_id', type: 'string', default: '' },
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	{
		displayName: 'Project (所在项目) Names or IDs',
		name: 'project_ids',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getProjects' },
		default: [],
		description: 'Projects the member belongs to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Rank (职级) Name or ID',
		name: 'rank_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getRanks' },
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Regulation (制度) Names or IDs',
		name: 'regulation_id',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getRegulations' },
		default: [],
		description: 'Regulations (travel/ride policies) assigned to the member. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Remark Required (叫车备注)',
		name: 'is_remark',
		type: 'options',
		default: 0,
		options: [
			{ name: 'Optional (选填)', value: 0 },
			{ name: 'Required (必填)', value: 1 },
			{ name: 'By Regulation (按制度)', value: 2 },
		],
	},
	{ displayName: 'Residence City (常驻地)', name: 'residentsname', type: 'string', default: '', placeholder: 'e.g. 北京市' },
	{
		displayName: 'Role (角色) Names or IDs',
		name: 'role_ids',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getRoles' },
		default: [],
		description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Secondary Department (兼岗部门) Names or IDs',
		name: 'con_department_ids',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getDepartments' },
		default: [],
		description: 'Departments the member also works in (兼岗). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Sex',
		name: 'sex',
		type: 'options',
		default: 0,
		options: [
			{ name: 'Unknown', value: 0 },
			{ name: 'Male', value: 1 },
			{ name: 'Female', value: 2 },
		],
	},
	{
		displayName: 'System Role (系统角色)',
		name: 'system_role',
		type: 'options',
		default: 0,
		options: [
			{ name: 'Booker (车辆预定人员)', value: 0 },
			{ name: 'Admin (普通管理员)', value: 1 },
			{ name: 'Super Admin (超级管理员)', value: 2 },
		],
	},
	{
		displayName: 'Use Company Money (企业支付)',
		name: 'use_company_money',
		type: 'boolean',
		default: true,
		description: 'Whether the member may pay with the company balance',
	},
];

const joinIds = (value: unknown): string | undefined => {
	if (value === undefined || value === null || value === '') return undefined;
	const list = Array.isArray(value) ? value : String(value).split(/[,_\s]+/);
	const ids = list.map((v) => String(v).trim()).filter(Boolean);
	return ids.length ? ids.join('_') : undefined;
};

/**
 * Member/single, Member/edit: "常驻地目前只支持如“北京”、“北京市”、“北京市海淀区”格式，不支持“海淀区”此类格式，如果传参中带了区县
 * 则必须把“市”、“区“、”县”字段都带上。" — a district or county only after its city.
 */
export function checkResidence(validator: Validator, value: string): void {
	const text = value.trim();
	if (/[区县]$/.test(text) && !/^[^区县]+市.+[区县]$/.test(text)) {
		validator.fail('Residence City (residentsname)', `must name the city, optionally followed by its district or county, e.g. 北京, 北京市 or 北京市海淀区 (got "${text}")`);
	}
}

/** Maps the UI fields to DiDi's member `data` object. */
export function toMemberData(fields: IDataObject, validator: Validator, phoneCheck: PhoneCheck = 'mobile11'): IDataObject {
	const data: IDataObject = { ...fields };
	for (const key of ['role_ids', 'regulation_id', 'project_ids', 'con_department_ids']) data[key] = joinIds(fields[key]);
	if (typeof fields.use_company_money === 'boolean') data.use_company_money = fields.use_company_money ? 1 : 0;
	if (fields.set_dismiss_time) {
		data.set_dismiss_time = day(validator, 'Dismiss Date (set_dismiss_time)', fields.set_dismiss_time);
		// Member/edit set_dismiss_time: "格式为 yyyy-MM-dd，时间需要传入大于今天".
		const today = toChinaDate(new Date());
		if (String(data.set_dismiss_time) <= today) validator.fail('Dismiss Date (set_dismiss_time)', `must be after today (${today}, China time) (got ${String(data.set_dismiss_time)})`);
	}
	if (fields.residentsname !== undefined && fields.residentsname !== '') checkResidence(validator, String(fields.residentsname));
	if (fields.total_quota !== undefined && String(fields.total_quota).trim() !== '' && !/^\d+(\.\d{1,2})?$/.test(String(fields.total_quota).trim())) {
		validator.fail('Monthly Quota (total_quota)', `must be an amount in yuan like 500 or 500.50 (got "${String(fields.total_quota)}")`);
	}
	if (fields.phone !== undefined) data.phone = checkPhone(validator, 'Phone (phone)', fields.phone, phoneCheck);
	if (fields.immediate_superior_phone !== undefined) {
		data.immediate_superior_phone = checkPhone(validator, 'Immediate Superior Phone (immediate_superior_phone)', fields.immediate_superior_phone, phoneCheck);
	}
	if (fields.email !== undefined && fields.email !== '' && !/^[^@\s]+@[^@\s]+$/.test(String(fields.email))) {
		validator.fail('Email (email)', `is not an email address (got "${String(fields.email)}")`);
	}
	if (fields.immediate_superior_email && !/^[^@\s]+@[^@\s]+$/.test(String(fields.immediate_superior_email))) {
		validator.fail('Immediate Superior Email (immediate_superior_email)', `is not an email address (got "${String(fields.immediate_superior_email)}")`);
	}
	if (fields.birth_date) data.birth_date = day(validator, 'Birth Date (birth_date)', fields.birth_date);
	validator.maxLength('Name (realname)', fields.realname as string | undefined, 50);
	return compact(data);
}

/** Resolves a member locator to the params DiDi's edit/delete accept (`member_id` or `employee_number`). */
export async function resolveMemberKey(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { mode, value } = locatorValue(this.getNodeParameter('member', itemIndex));
	const validator = new Validator(this.getNode(), itemIndex);
	validator.required('Member (member)', value);
	if (mode === 'employeeNumber') return { employee_number: value };
	if (mode === 'phone') {
		checkPhone(validator, 'Member (member)', value, await phoneCheckOf.call(this, itemIndex));
		const detail = await didiData.call(this, {
			method: 'GET',
			path: '/river/Member/detail',
			qs: { phone: value },
			itemIndex,
		});
		const id = detail?.member_id ?? detail?.id;
		if (!id) validator.fail('Member (member)', `: no DiDi member has the phone ${value}`);
		return { member_id: String(id) };
	}
	return { member_id: value };
}

/** What Get / Get Many answer: `id` always present. */
export function normaliseMember(record: IDataObject): IDataObject {
	// Most records carry `id`: hand them on as parsed instead of copying every record of a Return All.
	return record.id !== undefined && record.id !== null ? record : { id: record.member_id, ...record };
}
