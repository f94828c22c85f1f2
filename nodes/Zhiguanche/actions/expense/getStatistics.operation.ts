import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readFields, toProperty } from '../../shared/fields';
import { readWindow, windowProperties } from '../../shared/window';
import { zgcData } from '../../transport';
import { EXPENSE_FILTERS, typeField } from './fields';

const FILTERS = EXPENSE_FILTERS.filter((f) => ['departmentId', 'vehicleId'].includes(f.name));

const properties: INodeProperties[] = [
	{
		displayName: 'Group By (统计维度)',
		name: 'groupBy',
		type: 'options',
		default: 'department',
		options: [
			{ name: 'Department (部门)', value: 'department' },
			{ name: 'Expense Type (费用类型)', value: 'type' },
			{ name: 'Month (月份)', value: 'month', description: 'Calendar months in China time' },
			{ name: 'Vehicle (车辆)', value: 'vehicle' },
		],
	},
	...windowProperties({ required: false }),
	typeField(false),
	{ displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options: FILTERS.map((f) => toProperty(f)) },
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		default: 'summary',
		options: [
			{ name: 'One Item with All Groups', value: 'summary' },
			{ name: 'One Item per Group', value: 'groups', description: 'Each with its share of the total (percent, 2 places)' },
		],
	},
];

export const description = showFor('expense', 'getStatistics', properties);

/** Share of `amount` in `total` as a percent string with 2 places, exactly (BigInt cents). */
export function sharePercent(amount: string, total: string): string {
	const cents = (t: string) => {
		const [int, frac = ''] = t.split('.');
		return BigInt(int) * 100n + BigInt((frac + '00').slice(0, 2));
	};
	const whole = cents(total);
	if (whole === 0n) return '0.00';
	const basisPoints = (cents(amount) * 10000n * 2n + whole) / (whole * 2n);
	return `${basisPoints / 100n}.${String(basisPoints % 100n).padStart(2, '0')}`;
}

/** Expense totals by department, vehicle, type or month (费用统计), amounts summed exactly by ZhiGuanChe. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[] | IDataObject> {
	const v = new Validator(this.getNode(), i);
	const qs = readFields(v, FILTERS, this.getNodeParameter('filters', i, {}) as IDataObject);
	qs.groupBy = this.getNodeParameter('groupBy', i) as string;
	const type = String(this.getNodeParameter('type', i, '')).trim();
	if (type) qs.type = type;
	const window = readWindow(this, v, i, { required: false });
	if (window) Object.assign(qs, { startTime: window.start, endTime: window.end });
	const stats = await zgcData.call(this, { method: 'GET', path: '/expenses/statistics', qs, itemIndex: i });
	if (this.getNodeParameter('output', i) === 'summary') return stats;
	const total = String(stats.totalAmount ?? '0');
	return ((stats.groups as IDataObject[]) ?? []).map((g) => ({
		groupBy: stats.groupBy,
		...g,
		sharePercent: sharePercent(String(g.amount ?? '0'), total),
		totalAmount: total,
	}));
}
