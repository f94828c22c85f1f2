import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { Validator } from '../../../common/validation';
import { compact } from '../../shared/fields';

export const typeField: INodeProperties = {
	displayName: 'Type (类型)',
	name: 'type',
	type: 'options',
	default: 1,
	options: [
		{ name: 'Department (部门)', value: 1 },
		{ name: 'Project (项目)', value: 2 },
	],
};

/** Fields of add and edit, both optional in the UI collections. */
export const budgetCenterFields: INodeProperties[] = [
	{
		displayName: 'Budget Cycle (预算周期)',
		name: 'budget_cycle',
		type: 'options',
		default: 0,
		options: [
			{ name: 'Unlimited (不限额)', value: 0 },
			{ name: 'Calendar Month (自然月)', value: 1 },
			{ name: 'Calendar Quarter (自然季度)', value: 2 },
			{ name: 'Calendar Year (自然年)', value: 3 },
		],
		description: 'Quarter and year apply to departments only and need DiDi to enable them',
	},
	{
		displayName: 'Extra Info (项目扩展信息, JSON)',
		name: 'budget_extra_info',
		type: 'json',
		default: '{}',
		description: 'Projects only: custom fields as a JSON object, at most 500 characters',
	},
	{ displayName: 'Expiry Date (项目结束日期)', name: 'expiry_date', type: 'string', default: '', placeholder: 'e.g. 2026-12-31', description: 'Projects only' },
	{ displayName: 'Leader Employee Numbers (主管工号)', name: 'leader_employee_id', type: 'string', default: '', description: 'Comma-separated, first is the main leader (max 30)' },
	{ displayName: 'Leader Member IDs (主管ID)', name: 'leader_id', type: 'string', default: '', description: 'Comma-separated DiDi member IDs, first is the main leader (max 30)' },
	{
		displayName: 'Legal Entity (公司主体) Names or IDs',
		name: 'legal_entity_id',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLegalEntities' },
		default: [],
		description: 'Projects only. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Visible To (使用范围)',
		name: 'member_used',
		type: 'options',
		default: 0,
		description: 'Projects only',
		options: [
			{ name: 'Everyone (全员可见)', value: 0 },
			{ name: 'Project Members (项目成员)', value: 1 },
			{ name: 'Legal Entity Members (公司主体内)', value: 2 },
		],
	},
	{ displayName: 'Out Parent ID (上级外部编号)', name: 'out_parent_id', type: 'string', default: '' },
	{ displayName: 'Out Parent Name (上级外部名称)', name: 'out_parent_name', type: 'string', default: '' },
	{
		displayName: 'Parent Department (上级部门) Name or ID',
		name: 'parent_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDepartments' },
		default: '',
		description: 'The department this one sits under; 0 is the top level. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Start Date (项目开始日期)', name: 'start_date', type: 'string', default: '', placeholder: 'e.g. 2026-01-01', description: 'Projects only' },
	{ displayName: 'Total Quota (总金额, Yuan)', name: 'total_quota', type: 'string', default: '0', description: 'Whole yuan (DiDi: 金额管控只支持正整数); 0 means no limit' },
];

/** Maps UI fields to DiDi's add/edit params, validating dates and lengths. */
export function toBudgetCenterParams(fields: IDataObject, v: Validator): IDataObject {
	const out: IDataObject = { ...fields };
	v.maxLength('Name (name)', fields.name as string | undefined, 200);
	v.maxLength('Out Budget ID (out_budget_id)', fields.out_budget_id as string | undefined, 64);
	if (fields.start_date) out.start_date = v.date('Start Date (start_date)', fields.start_date);
	if (fields.expiry_date) out.expiry_date = v.date('Expiry Date (expiry_date)', fields.expiry_date);
	if (out.start_date && out.expiry_date) {
		v.dateRange('Start Date (start_date)', out.start_date as string, 'Expiry Date (expiry_date)', out.expiry_date as string);
	}
	if (Array.isArray(fields.legal_entity_id)) out.legal_entity_id = (fields.legal_entity_id as string[]).join(',');
	if (fields.leader_employee_id) {
		const list = String(fields.leader_employee_id).split(/[,\s]+/).filter(Boolean);
		out.leader_employee_id = JSON.stringify(list);
	}
	if (fields.budget_extra_info !== undefined) {
		const extra = v.json<IDataObject>('Extra Info (budget_extra_info)', fields.budget_extra_info);
		if (extra && Object.keys(extra).length) {
			const text = JSON.stringify(extra);
			v.maxLength('Extra Info (budget_extra_info)', text, 500);
			out.budget_extra_info = text;
		} else {
			delete out.budget_extra_info;
		}
	}
	if (fields.total_quota !== undefined && fields.total_quota !== '') {
		// BudgetCenter/add: "总金额，单位元 0表示不限额度 金额管控只支持正整数" — whole yuan, 0 for no limit.
		const quota = String(fields.total_quota).trim();
		if (!/^\d+$/.test(quota)) v.fail('Total Quota (total_quota)', `must be a whole number of yuan (a positive integer, or 0 for no limit) (got "${String(fields.total_quota)}")`);
		out.total_quota = String(Number(quota));
	}
	return compact(out);
}
