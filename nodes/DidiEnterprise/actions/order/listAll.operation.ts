import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { toChinaDateTime, toChinaIso, toDate } from '../../../common/dates';
import { Validator } from '../../../common/validation';
import { compact, returnAllAndLimit, showFor } from '../../shared/fields';
import { ORDER_CATEGORY_OPTIONS, forEachOrderId, splitWindows } from '../../shared/orders';
import { didiData } from '../../transport';

const PAGE_SIZE = 100;
/** DiDi answers only up to 300 s before now. */
const LATEST_OFFSET_MS = 300 * 1000;
const TWO_YEARS_MS = 730 * 86400 * 1000;

const properties: INodeProperties[] = [
	{
		displayName: 'Order Type (订单类型)',
		name: 'orderType',
		type: 'options',
		default: 'all',
		options: [
			{ name: 'All Categories', value: 'all' },
			...ORDER_CATEGORY_OPTIONS,
		],
	},
	{
		displayName: 'Time Type (时间类型)',
		name: 'timeType',
		type: 'options',
		default: 'all',
		description: 'Which time the window applies to',
		options: [
			{ name: 'Updated / Paid (All, for Polling)', value: 'all', description: 'Flights, hotels, trains by update time; cars by pay or refund time' },
			{ name: 'Booking Time (预订时间)', value: 'book_time', description: 'When the order was booked (book_time)' },
		],
	},
	{ displayName: 'Start Time', name: 'startTime', type: 'dateTime', required: true, default: '', description: 'China time. Windows longer than 30 days are split automatically.' },
	{ displayName: 'End Time', name: 'endTime', type: 'dateTime', required: true, default: '', description: 'China time; DiDi answers up to 5 minutes before now' },
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Approval ID (滴滴申请单号)', name: 'approvalId', type: 'string', default: '' },
			{ displayName: 'Booker (预订人)', name: 'booker', type: 'string', default: '', description: 'Phone, employee number or email, as set in Person Identified By' },
			{
				displayName: 'Invoiced',
				name: 'isInvoice',
				type: 'options',
				default: '',
				description: 'Cars only',
				options: [
					{ name: 'Any', value: '' },
					{ name: 'Invoiced (开过)', value: 1 },
					{ name: 'Not Invoiced (未开)', value: 0 },
				],
			},
			{ displayName: 'Out Approval ID (外部申请单号)', name: 'outApprovalId', type: 'string', default: '' },
			{ displayName: 'Passenger (出行人)', name: 'passenger', type: 'string', default: '', description: 'Phone, employee number or email, as set in Person Identified By' },
			{
				displayName: 'Pay Type (支付方式)',
				name: 'payType',
				type: 'options',
				default: '',
				options: [
					{ name: 'Any', value: '' },
					{ name: 'Company (企业支付)', value: 0 },
					{ name: 'Personal Advance (个人垫付)', value: 1 },
					{ name: 'Mixed (混合支付)', value: 2 },
				],
			},
			{
				displayName: 'Person Identified By',
				name: 'personKey',
				type: 'options',
				default: 'phone',
				options: [
					{ name: 'Phone', value: 'phone' },
					{ name: 'Employee Number', value: 'employee_number' },
					{ name: 'Email', value: 'email' },
				],
			},
		],
	},
];

export const description = showFor('order', 'listAll', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v: Validator = new Validator(this.getNode(), i);
	const startRaw = this.getNodeParameter('startTime', i, '');
	const endRaw = this.getNodeParameter('endTime', i, '');
	const start = toDate(v.required('Start Time (search_time.start_time)', startRaw as string));
	const end = toDate(v.required('End Time (search_time.end_time)', endRaw as string));
	if (!start) v.fail('Start Time (search_time.start_time)', `must be a date and time (got "${String(startRaw)}")`);
	if (!end) v.fail('End Time (search_time.end_time)', `must be a date and time (got "${String(endRaw)}")`);
	const now = Date.now();
	const endMs = Math.min(Math.floor(end.getTime() / 1000) * 1000, Math.floor((now - LATEST_OFFSET_MS) / 1000) * 1000);
	const startMs = Math.floor(start.getTime() / 1000) * 1000;
	if (end.getTime() < start.getTime()) v.fail('End Time (search_time.end_time)', `must be on or after Start Time (${toChinaDateTime(start)})`);
	if (startMs < now - TWO_YEARS_MS) v.fail('Start Time (search_time.start_time)', 'must be within the last two years');
	if (startMs > endMs) return [];

	const orderType = this.getNodeParameter('orderType', i) as string;
	const timeType = this.getNodeParameter('timeType', i) as string;
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', i) as number);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const personKey = String(filters.personKey ?? 'phone');
	const query: IDataObject = compact({
		approval: filters.approvalId
			? { type: 2, value: String(filters.approvalId) }
			: filters.outApprovalId
				? { type: 1, value: String(filters.outApprovalId) }
				: undefined,
		booker: filters.booker ? { type: personKey, value: String(filters.booker) } : undefined,
		passenger: filters.passenger ? { type: personKey, value: String(filters.passenger) } : undefined,
		pay_info: filters.payType !== undefined && filters.payType !== '' ? { pay_type: Number(filters.payType) } : undefined,
		invoice_info: filters.isInvoice !== undefined && filters.isInvoice !== '' ? { is_invoice: Number(filters.isInvoice) } : undefined,
	});

	const out: IDataObject[] = [];
	// An order DiDi lists in two windows (its update time moved during the read) is output once. The ids are
	// the strings the records hold: the check keeps no string of its own per order.
	const seen = new Map<string, Set<string>>();
	for (const [from, to] of splitWindows(startMs, endMs)) {
		const windowStart = toChinaDateTime(new Date(from));
		const windowEnd = toChinaDateTime(new Date(to));
		const window_start = toChinaIso(new Date(from));
		const window_end = toChinaIso(new Date(to));
		for (let page = 1; out.length < limit; page++) {
			const paramJson = {
				order_type: orderType,
				search_time: { type: timeType, start_time: windowStart, end_time: windowEnd },
				...query,
				cur_page: page,
				limit: PAGE_SIZE,
			};
			const data = await didiData.call(this, {
				method: 'POST',
				path: '/open-apis/v1/order/list',
				body: { param_json: JSON.stringify(paramJson) },
				itemIndex: i,
			});
			const fullest = forEachOrderId(data, (category, order_id) => {
				let ids = seen.get(category);
				if (!ids) seen.set(category, (ids = new Set()));
				if (ids.has(order_id)) return;
				ids.add(order_id);
				out.push({ order_id, category, window_start, window_end });
			});
			if (fullest < PAGE_SIZE) break;
		}
		if (out.length >= limit) break;
	}
	return out.length > limit ? out.slice(0, limit) : out;
}
