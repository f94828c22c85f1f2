import type { INodeProperties } from 'n8n-workflow';

/**
 * Business lines (业务线). didi-operations.txt numbers them only on the adjust endpoint ("1：网约车；2：商旅, 40代驾
 * 100 出租车") and on Confirm ("0：网约车；1：商旅"); list, summary, details and download use the first numbering —
 * our assumption, listed in docs/vendors/didi.md.
 */
export const BUSINESS_LINES = [
	{ name: 'Ride-Hailing (网约车)', value: 1 },
	{ name: 'Business Travel (商旅)', value: 2 },
	{ name: 'Designated Driver (代驾)', value: 40 },
	{ name: 'Taxi (出租车)', value: 100 },
];

/** Every list here starts with 网约车 (1), the default. */
export function businessLineField(name: string, values: number[], extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Business Line (业务线)',
		name,
		type: 'options',
		default: 1,
		options: BUSINESS_LINES.filter((o) => values.includes(o.value)),
		...extra,
	} as INodeProperties;
}

export const billIdField: INodeProperties = {
	displayName: 'Bill ID (账单ID)',
	name: 'billId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 1125980000000001',
	description: 'The bill_id Get Many returns',
};

/** Filters of the issued and the unbilled bill lines alike. */
export const bookingFilterFields: INodeProperties[] = [
	{ displayName: 'Booking Member ID (预订人ID)', name: 'booking_member_id', type: 'string', default: '' },
	{ displayName: 'Out Requisition ID (外部申请单号)', name: 'out_requisition_id', type: 'string', default: '' },
];
