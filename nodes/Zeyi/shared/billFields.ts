/**
 * The editor fields of Push Bill (repair 维修清单 / maintenance 保养清单): the bill header, the photo lists, the
 * fee and project lines (fixed collections or JSON) and the options.
 */
import type { INodeProperties } from 'n8n-workflow';
import { encryptOption } from './encryption';
import { exactlyOnceOption } from './exactlyOnce';

export type BillKind = 'repair' | 'maintenance';

const projectTypeOption: INodeProperties = {
	displayName: 'Project Type (维修项目类型)',
	name: 'projectType',
	type: 'options',
	default: 'materials',
	options: [
		{ name: 'Materials / Parts (配件)', value: 'materials' },
		{ name: 'Service Project (项目)', value: 'project' },
	],
};

const feeFields: INodeProperties[] = [
	{ displayName: 'Name (名称)', name: 'name', type: 'string', default: '', placeholder: 'e.g. 工时费', description: 'Fee name, e.g. 工时费 (labor), 拖车费 (towing)' },
	{ displayName: 'Amount (金额)', name: 'amount', type: 'string', default: '', placeholder: 'e.g. 100.00', description: 'Exact decimal, e.g. 100.00' },
	{ displayName: 'Discounted Amount (折扣金额)', name: 'discountedAmount', type: 'string', default: '0', placeholder: 'e.g. 0.00', description: 'Exact decimal; 0 when there is no discount' },
	{ displayName: 'Unit (单位)', name: 'unit', type: 'string', default: '' },
	{ displayName: 'Unit Price (单价)', name: 'unitPrice', type: 'string', default: '', placeholder: 'e.g. 50.00' },
	{ displayName: 'Quantity (数量)', name: 'number', type: 'string', default: '', placeholder: 'e.g. 2', description: 'Whole number' },
	{ displayName: 'Remark (备注)', name: 'remark', type: 'string', default: '' },
];

const repairQuantity: INodeProperties = { displayName: 'Quantity (数量)', name: 'number', type: 'string', default: '', placeholder: 'e.g. 1', description: 'Whole number' };
const maintenanceQuantity: INodeProperties = {
	displayName: 'Quantity (数量)',
	name: 'number',
	type: 'string',
	default: '1',
	description: 'Whole number (required on maintenance lines)',
};

function projectFields(kind: BillKind): INodeProperties[] {
	const fields: INodeProperties[] = [
		{ displayName: 'Name (项目名称)', name: 'name', type: 'string', default: '', placeholder: 'e.g. 机油滤芯' },
		projectTypeOption,
		{ displayName: 'Unit Price (单价)', name: 'unitPrice', type: 'string', default: '', placeholder: 'e.g. 275.00', description: 'Exact decimal' },
		{ displayName: 'Total Amount (合计金额)', name: 'totalAmount', type: 'string', default: '', placeholder: 'e.g. 500.00', description: 'Exact decimal' },
		kind === 'maintenance' ? maintenanceQuantity : repairQuantity,
		{ displayName: 'Unit (单位)', name: 'unit', type: 'string', default: '' },
		{ displayName: 'Discounted Amount (折扣金额)', name: 'discountedAmount', type: 'string', default: '', placeholder: 'e.g. 0.00' },
		{ displayName: 'Time Quota (工时定额)', name: 'timeQuota', type: 'string', default: '', placeholder: 'e.g. 1.5', description: 'Labor hours, exact decimal' },
		{ displayName: 'Remark (备注)', name: 'remark', type: 'string', default: '' },
	];
	if (kind === 'maintenance') {
		fields.splice(2, 0, {
			displayName: 'Line Type (类型)',
			name: 'type',
			type: 'options',
			default: 'MAINTAIN',
			options: [
				{ name: 'Maintenance (保养)', value: 'MAINTAIN', description: 'Sent as MAINTAIN' },
				{ name: 'Repair (维修)', value: 'REPAIR', description: 'Sent as REPAIR' },
			],
		});
		fields.push(
			{
				displayName: 'Next Maintenance Time (下次保养时间)',
				name: 'nextMaintainanceTime',
				type: 'dateTime',
				default: '',
				description: 'Required by Zeyi on every line; when empty, the bill-level Next Maintenance Time option is used',
			},
			{
				displayName: 'Next Maintenance Mileage (下次保养里程数)',
				name: 'nextMaintainanceMileage',
				type: 'string',
				default: '',
				placeholder: 'e.g. 130000',
				description: 'Whole number of kilometers; when empty, the bill-level option is used',
			},
		);
	}
	return fields;
}

export const listFieldOf = (kind: BillKind) => (kind === 'repair' ? 'repairProjectList' : 'maintainProjectList');
export const projectsLabelOf = (kind: BillKind) => (kind === 'repair' ? 'Repair Projects (维修项目)' : 'Maintenance Projects (保养项目)');

/** Codes, type, mileage, times and amounts. */
function headerFields(kind: BillKind): INodeProperties[] {
	return [
	{
		displayName: 'Maintenance Code (维保编码)',
		name: 'code',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. WBJL21071000044',
		description: "Zeyi's code of the request. It is Zeyi's idempotency key: pushing the same code again replaces nothing and creates no duplicate (see Options).",
	},
	{
		displayName: 'Order Code (维保订单号)',
		name: 'orderCode',
		type: 'string',
		required: true,
		default: '',
		description: "Your side's order number for this job (orderCode)",
	},
	{
		displayName: kind === 'repair' ? 'Repair Type (维修类型)' : 'Maintenance Type (保养类型)',
		name: 'billType',
		type: 'string',
		required: true,
		default: '',
		placeholder: kind === 'repair' ? 'e.g. 大修' : 'e.g. 首保',
		description: 'Free text (type), e.g. ' + (kind === 'repair' ? '大修 (overhaul), 小修 (minor repair)' : '首保 (first service), 常规保养'),
	},
	{
		displayName: 'Mileage (车辆里程数)',
		name: 'mileage',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		description: 'Odometer reading in kilometers',
	},
	{
		displayName: 'Start Time (开始时间)',
		name: 'startTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Sent as a millisecond timestamp. A date-time without zone is China time.',
	},
	{
		displayName: 'Complete Time (完工时间)',
		name: 'completeTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Sent as a millisecond timestamp; must not be before Start Time',
	},
	{
		displayName: 'Total Amount (总金额)',
		name: 'totalAmount',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1000.00',
		description: 'Exact decimal in yuan; never rounded or converted to floating point',
	},
	{
		displayName: 'Discounted Amount (折扣金额)',
		name: 'discountedAmount',
		type: 'string',
		default: '',
		placeholder: 'e.g. 100.00',
		description: 'Exact decimal; empty means no discount (0)',
	},
	{
		displayName: 'Paid Amount (应付金额)',
		name: 'paidAmount',
		type: 'string',
		default: '',
		placeholder: 'e.g. 900.00',
		description: 'Must equal Total Amount − Discounted Amount to the cent. Leave empty to have it computed exactly.',
	},
	];
}

/** The three photo lists. */
const photoFields: INodeProperties[] = [
{
	displayName: 'Bill Photo URLs (清单照片)',
	name: 'fieldMaintainPictureUrl',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. https://…/bill-1.jpg, https://…/bill-2.jpg',
	description: 'Photos of the bill (fieldMaintainPictureUrl): comma-separated URLs, or an expression giving an array',
},
{
	displayName: 'Site Photo URLs (现场照片)',
	name: 'certificatePictureUrl',
	type: 'string',
	required: true,
	default: '',
	description: 'On-site photos (certificatePictureUrl): comma-separated URLs, or an expression giving an array',
},
{
	displayName: 'Odometer Photo URLs (里程照片)',
	name: 'mileagePictureUrl',
	type: 'string',
	required: true,
	default: '',
	description: 'Odometer photos (mileagePictureUrl): comma-separated URLs, or an expression giving an array',
},
];

/** Fee and project lines, entered one by one or mapped as JSON arrays. */
function lineFields(kind: BillKind): INodeProperties[] {
	const listField = listFieldOf(kind);
	const projectsLabel = projectsLabelOf(kind);
	return [
	{
		displayName: 'Lines Input',
		name: 'linesInput',
		type: 'options',
		default: 'fields',
		options: [
			{ name: 'Define Below', value: 'fields', description: 'Enter fee and project lines one by one' },
			{ name: 'Using JSON', value: 'json', description: 'Map arrays of lines from an earlier node' },
		],
	},
	{
		displayName: 'Fees (费用明细)',
		name: 'fees',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Fee',
		default: {},
		displayOptions: { show: { linesInput: ['fields'] } },
		description: 'Fee lines (feeList): labor, towing, materials …',
		options: [{ displayName: 'Fee', name: 'fee', values: feeFields }],
	},
	{
		displayName: projectsLabel,
		name: 'projects',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Project',
		default: {},
		displayOptions: { show: { linesInput: ['fields'] } },
		description: `Project lines including parts (${listField})`,
		options: [{ displayName: 'Project', name: 'project', values: projectFields(kind) }],
	},
	{
		displayName: 'Fees (JSON)',
		name: 'feesJson',
		type: 'json',
		default: '[]',
		displayOptions: { show: { linesInput: ['json'] } },
		description: 'Array of fee lines with Zeyi\'s field names: name, amount, discountedAmount, unit, unitPrice, number, remark',
	},
	{
		displayName: `${projectsLabel.replace(/\)$/, ', JSON)')}`,
		name: 'projectsJson',
		type: 'json',
		default: '[]',
		displayOptions: { show: { linesInput: ['json'] } },
		description:
			"Array of project lines with Zeyi's field names: name, projectType (materials|project), unitPrice, totalAmount, number, unit, discountedAmount, timeQuota, remark" +
			(kind === 'maintenance' ? ', type (MAINTAIN|REPAIR), nextMaintainanceTime, nextMaintainanceMileage' : ''),
	},
	];
}

/** Encryption, exactly-once and (maintenance) the bill-level next-maintenance defaults. */
function optionsField(kind: BillKind): INodeProperties {
	return (
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			encryptOption,
			exactlyOnceOption,
			...(kind === 'maintenance'
				? ([
						{
							displayName: 'Next Maintenance Time (下次保养时间)',
							name: 'nextMaintainanceTime',
							type: 'dateTime',
							default: '',
							description: 'Used for every project line that has no Next Maintenance Time of its own',
						},
						{
							displayName: 'Next Maintenance Mileage (下次保养里程数)',
							name: 'nextMaintainanceMileage',
							type: 'string',
							default: '',
							description: 'Used for every project line that has no Next Maintenance Mileage of its own',
						},
					] as INodeProperties[])
				: []),
		],
	}
	);
}

export function billProperties(kind: BillKind): INodeProperties[] {
	return [...headerFields(kind), ...photoFields, ...lineFields(kind), optionsField(kind)];
}
