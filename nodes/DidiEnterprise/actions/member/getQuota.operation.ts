import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { day } from '../../shared/approval';
import { showFor } from '../../shared/fields';
import { parseIdList } from '../../shared/ids';
import { didiData } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Identify Members By',
		name: 'memberKey',
		type: 'options',
		default: 'member_ids',
		options: [
			{ name: 'Member ID', value: 'member_ids' },
			{ name: 'Employee Number (工号)', value: 'employee_numbers' },
		],
	},
	{
		displayName: 'Members',
		name: 'members',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1125930000000007,1125930000000014',
		description: 'One or more member IDs or employee numbers, comma-separated (or a list from an expression)',
	},
	{ displayName: 'Start Date (开始日期)', name: 'startDate', type: 'string', default: '', placeholder: 'e.g. 2026-05-01', description: 'YYYY-MM-DD. Alone: the quota of that month.' },
	{ displayName: 'End Date (结束日期)', name: 'endDate', type: 'string', default: '', placeholder: 'e.g. 2026-07-31', description: 'YYYY-MM-DD, at most six months after the start. Alone: the quota of that month.' },
];

export const description = showFor('member', 'getQuota', properties);

const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const key = v.oneOf('Identify Members By (member_ids / employee_numbers)', String(this.getNodeParameter('memberKey', i)), ['member_ids', 'employee_numbers']);
	const members = parseIdList(this.getNodeParameter('members', i, ''));
	if (members.length === 0) v.fail(`Members (${key})`, 'is required');
	const startRaw = this.getNodeParameter('startDate', i, '');
	const endRaw = this.getNodeParameter('endDate', i, '');
	if (!startRaw && !endRaw) v.fail('Start Date (start_date)', 'or End Date (end_date) is required');
	const start = startRaw ? day(v, 'Start Date (start_date)', startRaw) : undefined;
	const end = endRaw ? day(v, 'End Date (end_date)', endRaw) : undefined;
	if (start && end) {
		v.dateRange('Start Date (start_date)', start, 'End Date (end_date)', end);
		// "开始日期和结束日期时间跨度不能大于六个月", counted in natural months.
		if (monthIndex(end) - monthIndex(start) >= 6) v.fail('End Date (end_date)', `must be within six months of Start Date (${start})`);
	}
	const data = await didiData.call(this, {
		method: 'GET',
		path: '/river/Member/getQuota',
		qs: { [key]: members.join(','), ...(start ? { start_date: start } : {}), ...(end ? { end_date: end } : {}) },
		itemIndex: i,
	});
	const records = data && Array.isArray(data.records) ? (data.records as IDataObject[]) : undefined;
	return records ?? [data ?? {}];
}
