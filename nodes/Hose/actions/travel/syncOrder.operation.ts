import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { checkCode } from '../../shared/checks';
import { optionalStaffId, optionalStaffLocator } from '../../shared/staffLookup';
import { epochMs, exactAmount } from '../../shared/values';
import { hoseRequest, valueOf } from '../../transport';

const ORDER_TYPES = [
	{ name: 'Car (用车)', value: 'taxi' },
	{ name: 'Common (通用)', value: 'common' },
	{ name: 'Flight (飞机)', value: 'flight' },
	{ name: 'Hotel (酒店)', value: 'hotel' },
	{ name: 'Meal (用餐)', value: 'meal' },
	{ name: 'Train (火车)', value: 'train' },
];

const text = (displayName: string, name: string, description: string, required = true): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	required,
	description,
});

const properties: INodeProperties[] = [
	text('Order No. (orderNo)', 'orderNo', 'The order number after any split; Hose keeps one record per order number'),
	{ displayName: 'Order Type (orderType)', name: 'orderType', type: 'options', default: 'flight', options: ORDER_TYPES },
	text('Summary (orderSummary)', 'orderSummary', 'Departure-destination, e.g. 北京-上海'),
	{ displayName: 'Order Date (orderDate)', name: 'orderDate', type: 'dateTime', default: '', required: true },
	text('Order Status (orderStatus)', 'orderStatus', '出票、改签、退票、确认订单、退订、离店'),
	text('Order Category (orderCategory)', 'orderCategory', '主订单、改签、退订、确认订单、离店'),
	{
		displayName: 'Travel Type (travelType)',
		name: 'travelType',
		type: 'options',
		default: '因公',
		options: [
			{ name: 'Business (因公)', value: '因公' },
			{ name: 'Private (因私)', value: '因私' },
		],
	},
	text('Paid Amount (realAmount)', 'realAmount', 'Exact decimal in yuan, at most 2 decimals'),
	text('Booking Platform (bookingPlatform)', 'bookingPlatform', 'E.g. 合思商城 or your travel platform'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			text('Initial Original Order No. (initialOriginalOrderNo)', 'initialOriginalOrderNo', 'Default: Order No.', false),
			text('Initial Parent Order No. (initialParentOrderNo)', 'initialParentOrderNo', 'Default: Order No.', false),
			text('Initial Order No. (initialOrderNo)', 'initialOrderNo', 'Default: Order No.', false),
			text('Original Order No. (originalOrderNo)', 'originalOrderNo', 'Default: Order No.', false),
			text('Parent Order No. (parentOrderNo)', 'parentOrderNo', 'Default: Order No.', false),
			optionalStaffLocator('Booker (bookingPeople)', 'bookingPeople', 'The Hose staff member who booked'),
			text('Travelers (travelPeople)', 'travelPeople', 'Hose staff IDs, comma-separated', false),
			text('Requisition Code (applicationNo)', 'applicationNo', 'The linked requisition’s code', false),
			{ displayName: 'Other Order Fields (JSON)', name: 'orderJson', type: 'json', default: '{}', description: 'Any other field of 同步订单信息, e.g. {"flightNumber": "CA1501"}' },
		],
	},
];

export const description = showFor('travel', 'syncOrder', properties);

/** 同步订单信息: one order per item into Hose's order management (orders are matched by orderNo). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const param = (name: string) => String(this.getNodeParameter(name, i, '') ?? '').trim();
	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const orderNo = checkCode(v, 'Order No. (orderNo)', param('orderNo'), true)!;
	const order: IDataObject = {
		...(v.json<IDataObject | undefined>('Other Order Fields (JSON) (orderJson)', extra.orderJson) ?? {}),
		orderNo,
		orderType: param('orderType'),
		orderSummary: v.required('Summary (orderSummary)', param('orderSummary')),
		orderDate: String(epochMs(v, 'Order Date (orderDate)', this.getNodeParameter('orderDate', i, ''), true)),
		orderStatus: v.required('Order Status (orderStatus)', param('orderStatus')),
		orderCategory: v.required('Order Category (orderCategory)', param('orderCategory')),
		travelType: param('travelType'),
		realAmount: exactAmount(v, 'Paid Amount (realAmount)', param('realAmount')),
		bookingPlatform: v.required('Booking Platform (bookingPlatform)', param('bookingPlatform')),
	};
	for (const key of ['initialOriginalOrderNo', 'initialParentOrderNo', 'initialOrderNo', 'originalOrderNo', 'parentOrderNo']) {
		order[key] = String(extra[key] ?? '').trim() || orderNo;
	}
	const booker = await optionalStaffId.call(this, v, 'Booker (bookingPeople)', extra.bookingPeople, i);
	if (booker) order.bookingPeople = booker;
	if (String(extra.applicationNo ?? '').trim()) order.applicationNo = String(extra.applicationNo).trim();
	if (String(extra.travelPeople ?? '').trim()) order.travelPeople = String(extra.travelPeople).split(',').map((x) => x.trim()).filter(Boolean);
	const answer = await hoseRequest.call(this, { method: 'POST', path: '/api/openapi/v1/travel/costCenter/synTravelOrder', body: { data: [order] }, itemIndex: i });
	return { orderNo, synced: true, ...(typeof valueOf(answer) === 'object' ? (valueOf(answer) as IDataObject) : {}) };
}
