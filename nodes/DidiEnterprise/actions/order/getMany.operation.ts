import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { paginate } from '../../../common/pagination';
import { Validator } from '../../../common/validation';
import { day } from '../../shared/approval';
import { compact, recordsOf, returnAllAndLimit, showFor } from '../../shared/fields';
import { outputProperties, shapeOutput } from '../../../common/output';
import { RIDE_ORDER } from '../../shared/rideOrder';
import { checkPhoneFilters, phoneCheckOf } from '../../shared/phone';
import { didiData } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Start Date (开始日期)', name: 'startDate', type: 'string', required: true, default: '', placeholder: 'e.g. 2026-05-01', description: 'YYYY-MM-DD (China time)' },
	{ displayName: 'End Date (结束日期)', name: 'endDate', type: 'string', required: true, default: '', placeholder: 'e.g. 2026-05-31', description: 'YYYY-MM-DD, on or after the start date' },
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Budget Center (成本中心) Name or ID',
				name: 'budget_center_id',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getBudgetCenters' },
				default: '',
				description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{ displayName: 'Caller Phone (叫车人手机号)', name: 'call_phone', type: 'string', default: '' },
			{
				displayName: 'Invoiced',
				name: 'is_invoice',
				type: 'options',
				default: '',
				options: [
					{ name: 'Any', value: '' },
					{ name: 'Invoiced (开过)', value: 1 },
					{ name: 'Not Invoiced (未开)', value: 0 },
				],
			},
			{ displayName: 'Passenger Phone (乘车人手机号)', name: 'phone', type: 'string', default: '' },
			{
				displayName: 'Pay Type (支付方式)',
				name: 'pay_type',
				type: 'options',
				default: '',
				options: [
					{ name: 'Any', value: '' },
					{ name: 'Company (企业支付)', value: 0 },
					{ name: 'Personal (个人支付)', value: 1 },
					{ name: 'Mixed (混合支付)', value: 2 },
				],
			},
			{
				displayName: 'Ride Type (用车方式)',
				name: 'use_car_type',
				type: 'options',
				default: '',
				options: [
					{ name: 'Any', value: '' },
					{ name: 'Premier (专车)', value: 2 },
					{ name: 'Express (快车)', value: 3 },
				],
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{ displayName: 'Include Approval ID', name: 'need_approval_id', type: 'boolean', default: true, description: 'Whether each order carries the approval it was made under (need_approval_id)' },
			{ displayName: 'Include Caller Employee Number (叫车人员工编号)', name: 'need_call_employee_number', type: 'boolean', default: false, description: 'Whether each order carries the caller’s employee number (need_call_employee_number)' },
			{ displayName: 'Include Project Info', name: 'need_project_info', type: 'boolean', default: false, description: 'Whether each order carries its project (need_project_info)' },
			{ displayName: 'Include Regulation Info (制度信息)', name: 'need_rule_info', type: 'boolean', default: false, description: 'Whether each order carries its regulation’s name and ID (need_rule_info: rule_name, regulation_id)' },
		],
	},
	...outputProperties(RIDE_ORDER),
];

export const description = showFor('order', 'getMany', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const start = day(v, 'Start Date (start_date)', this.getNodeParameter('startDate', i, ''));
	const end = day(v, 'End Date (end_date)', this.getNodeParameter('endDate', i, ''));
	v.dateRange('Start Date (start_date)', start, 'End Date (end_date)', end);
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	const filters = compact(this.getNodeParameter('filters', i, {}) as IDataObject);
	checkPhoneFilters(v, filters, { call_phone: 'Caller Phone (call_phone)', phone: 'Passenger Phone (phone)' }, await phoneCheckOf.call(this, i));
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const flags: IDataObject = {};
	for (const [key, value] of Object.entries(options)) if (value) flags[key] = 1;
	const shape = shapeOutput(this, i, RIDE_ORDER);
	const orders = await paginate(
		async ({ offset, pageSize }) =>
			recordsOf(
				await didiData.call(this, {
					method: 'GET',
					path: '/river/Order/get',
					qs: { ...filters, ...flags, start_date: start, end_date: end, offset, length: pageSize },
					itemIndex: i,
				}),
			),
		{ returnAll, limit, maxPageSize: 100 },
	);
	return orders.map(shape);
}
