/**
 * Repair bill (维修清单, repairList) and maintenance bill (保养清单, maintainList): the same header (codes,
 * amounts, mileage, times, photos), a fee list and a project list. Maintenance project lines also carry
 * `type` (MAINTAIN/REPAIR) and the next maintenance date and mileage.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { JsonDecimal, compareDecimals, parseDecimal, stringifyExact, subtractDecimals } from '../../common/decimal';
import { Validator } from '../../common/validation';
import { encryptOption, wantsEncryption } from './encryption';
import { exactlyOnceOption, pushExactlyOnce } from './exactlyOnce';
import { ZeyiValues, compact, isBlank, photoList, showFor } from './values';

export type BillKind = 'repair' | 'maintenance';

export const PROJECT_TYPES = ['materials', 'project'] as const;
export const LINE_TYPES = ['MAINTAIN', 'REPAIR'] as const;

const projectTypeOption: INodeProperties = {
	displayName: 'Project Type (维修项目类型 projectType)',
	name: 'projectType',
	type: 'options',
	default: 'materials',
	options: [
		{ name: 'Materials / Parts (配件)', value: 'materials' },
		{ name: 'Service Project (项目)', value: 'project' },
	],
};

const feeFields: INodeProperties[] = [
	{ displayName: 'Name (名称)', name: 'name', type: 'string', default: '', placeholder: '工时费', description: 'Fee name, e.g. 工时费 (labour), 拖车费 (towing)' },
	{ displayName: 'Amount (金额)', name: 'amount', type: 'string', default: '', placeholder: '100.00', description: 'Exact decimal, e.g. 100.00' },
	{ displayName: 'Discounted Amount (折扣金额)', name: 'discountedAmount', type: 'string', default: '0', placeholder: '0.00', description: 'Exact decimal; 0 when there is no discount' },
	{ displayName: 'Unit (单位)', name: 'unit', type: 'string', default: '' },
	{ displayName: 'Unit Price (单价)', name: 'unitPrice', type: 'string', default: '', placeholder: '50.00' },
	{ displayName: 'Quantity (数量)', name: 'number', type: 'string', default: '', placeholder: '2', description: 'Whole number' },
	{ displayName: 'Remark (备注)', name: 'remark', type: 'string', default: '' },
];

const repairQuantity: INodeProperties = { displayName: 'Quantity (数量)', name: 'number', type: 'string', default: '', placeholder: '1', description: 'Whole number' };
const maintenanceQuantity: INodeProperties = {
	displayName: 'Quantity (数量)',
	name: 'number',
	type: 'string',
	default: '1',
	description: 'Whole number (required on maintenance lines)',
};

function projectFields(kind: BillKind): INodeProperties[] {
	const fields: INodeProperties[] = [
		{ displayName: 'Name (项目名称)', name: 'name', type: 'string', default: '', placeholder: '机油滤芯' },
		projectTypeOption,
		{ displayName: 'Unit Price (单价)', name: 'unitPrice', type: 'string', default: '', placeholder: '275.00', description: 'Exact decimal' },
		{ displayName: 'Total Amount (合计金额)', name: 'totalAmount', type: 'string', default: '', placeholder: '500.00', description: 'Exact decimal' },
		kind === 'maintenance' ? maintenanceQuantity : repairQuantity,
		{ displayName: 'Unit (单位)', name: 'unit', type: 'string', default: '' },
		{ displayName: 'Discounted Amount (折扣金额)', name: 'discountedAmount', type: 'string', default: '', placeholder: '0.00' },
		{ displayName: 'Time Quota (工时定额)', name: 'timeQuota', type: 'string', default: '', placeholder: '1.5', description: 'Labour hours, exact decimal' },
		{ displayName: 'Remark (备注)', name: 'remark', type: 'string', default: '' },
	];
	if (kind === 'maintenance') {
		fields.splice(2, 0, {
			displayName: 'Line Type (类型 type)',
			name: 'type',
			type: 'options',
			default: 'MAINTAIN',
			options: [
				{ name: 'Maintenance (保养 MAINTAIN)', value: 'MAINTAIN' },
				{ name: 'Repair (维修 REPAIR)', value: 'REPAIR' },
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
				placeholder: '130000',
				description: 'Whole number of kilometres; when empty, the bill-level option is used',
			},
		);
	}
	return fields;
}

export function billOperation(kind: BillKind) {
	const resource = kind;
	const listField = kind === 'repair' ? 'repairProjectList' : 'maintainProjectList';
	const path = kind === 'repair' ? '/vehicle-service-api/maintenance/repairList' : '/vehicle-service-api/maintenance/maintainList';
	const projectsLabel = kind === 'repair' ? 'Repair Projects (维修项目)' : 'Maintenance Projects (保养项目)';
	const properties: INodeProperties[] = [
		{
			displayName: 'Maintenance Code (维保编码)',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'WBJL21071000044',
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
			placeholder: kind === 'repair' ? '大修' : '首保',
			description: 'Free text (type), e.g. ' + (kind === 'repair' ? '大修 (overhaul), 小修 (minor repair)' : '首保 (first service), 常规保养'),
		},
		{
			displayName: 'Mileage (车辆里程数)',
			name: 'mileage',
			type: 'number',
			required: true,
			default: 0,
			typeOptions: { minValue: 0, numberPrecision: 0 },
			description: 'Odometer reading in kilometres',
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
			placeholder: '1000.00',
			description: 'Exact decimal in yuan; never rounded or converted to floating point',
		},
		{
			displayName: 'Discounted Amount (折扣金额)',
			name: 'discountedAmount',
			type: 'string',
			default: '',
			placeholder: '100.00',
			description: 'Exact decimal; empty means no discount (0)',
		},
		{
			displayName: 'Paid Amount (应付金额)',
			name: 'paidAmount',
			type: 'string',
			default: '',
			placeholder: '900.00',
			description: 'Must equal Total Amount − Discounted Amount to the cent. Leave empty to have it computed exactly.',
		},
		{
			displayName: 'Bill Photo URLs (清单照片)',
			name: 'fieldMaintainPictureUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://…/bill-1.jpg, https://…/bill-2.jpg',
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
			description: 'Fee lines (feeList): labour, towing, materials …',
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
			displayName: `${projectsLabel} (JSON)`,
			name: 'projectsJson',
			type: 'json',
			default: '[]',
			displayOptions: { show: { linesInput: ['json'] } },
			description:
				"Array of project lines with Zeyi's field names: name, projectType (materials|project), unitPrice, totalAmount, number, unit, discountedAmount, timeQuota, remark" +
				(kind === 'maintenance' ? ', type (MAINTAIN|REPAIR), nextMaintainanceTime, nextMaintainanceMileage' : ''),
		},
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
		},
	];

	async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
		const values = new ZeyiValues(new Validator(this.getNode(), i));
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const linesInput = this.getNodeParameter('linesInput', i, 'fields') as string;
		const feeLines =
			linesInput === 'json'
				? values.jsonList('Fees (JSON) (feeList)', this.getNodeParameter('feesJson', i, '[]'))
				: (((this.getNodeParameter('fees', i, {}) as IDataObject).fee as IDataObject[] | undefined) ?? []);
		const projectLines =
			linesInput === 'json'
				? values.jsonList(`${projectsLabel} (JSON) (${listField})`, this.getNodeParameter('projectsJson', i, '[]'))
				: (((this.getNodeParameter('projects', i, {}) as IDataObject).project as IDataObject[] | undefined) ?? []);
		const body = buildBill(kind, values, {
			code: this.getNodeParameter('code', i, ''),
			orderCode: this.getNodeParameter('orderCode', i, ''),
			type: this.getNodeParameter('billType', i, ''),
			mileage: this.getNodeParameter('mileage', i, ''),
			startTime: this.getNodeParameter('startTime', i, ''),
			completeTime: this.getNodeParameter('completeTime', i, ''),
			totalAmount: this.getNodeParameter('totalAmount', i, ''),
			discountedAmount: this.getNodeParameter('discountedAmount', i, ''),
			paidAmount: this.getNodeParameter('paidAmount', i, ''),
			fieldMaintainPictureUrl: this.getNodeParameter('fieldMaintainPictureUrl', i, ''),
			certificatePictureUrl: this.getNodeParameter('certificatePictureUrl', i, ''),
			mileagePictureUrl: this.getNodeParameter('mileagePictureUrl', i, ''),
			feeList: feeLines,
			projectList: projectLines,
			nextMaintainanceTime: options.nextMaintainanceTime,
			nextMaintainanceMileage: options.nextMaintainanceMileage,
		});
		const outcome = await pushExactlyOnce.call(this, {
			path,
			body: stringifyExact(body),
			itemIndex: i,
			mode: String(options.onDuplicate ?? 'useExisting'),
			encrypt: await wantsEncryption.call(this, options, i),
			code: String(body.code),
			record: billOutput(body),
		});
		return { ...outcome, ...billOutput(body) };
	}

	return { description: showFor(resource, 'pushBill', properties), execute };
}

export interface BillInput {
	code: unknown;
	orderCode: unknown;
	type: unknown;
	mileage: unknown;
	startTime: unknown;
	completeTime: unknown;
	totalAmount: unknown;
	discountedAmount: unknown;
	paidAmount: unknown;
	fieldMaintainPictureUrl: unknown;
	certificatePictureUrl: unknown;
	mileagePictureUrl: unknown;
	feeList: IDataObject[];
	projectList: IDataObject[];
	nextMaintainanceTime?: unknown;
	nextMaintainanceMileage?: unknown;
}

/** Validates a bill and builds Zeyi's body (amounts as {@link JsonDecimal}). Pure: throws naming field and line. */
export function buildBill(kind: BillKind, values: ZeyiValues, input: BillInput): IDataObject {
	const listField = kind === 'repair' ? 'repairProjectList' : 'maintainProjectList';
	const code = values.text('Maintenance Code (code)', input.code, true);
	const orderCode = values.text('Order Code (orderCode)', input.orderCode, true);
	const type = values.text(`${kind === 'repair' ? 'Repair' : 'Maintenance'} Type (type)`, input.type, true);
	const mileage = values.integer('Mileage (mileage)', input.mileage, true);
	const startTime = values.timestamp('Start Time (startTime)', input.startTime, true)!;
	const completeTime = values.timestamp('Complete Time (completeTime)', input.completeTime, true)!;
	if (Number(completeTime) < Number(startTime)) values.fail('Complete Time (completeTime)', 'must not be before Start Time (startTime)');

	const totalAmount = values.amount('Total Amount (totalAmount)', input.totalAmount, true)!;
	const discountedAmount = values.amount('Discounted Amount (discountedAmount)', input.discountedAmount);
	const expectedPaid = subtractDecimals(totalAmount.value, discountedAmount?.value ?? '0');
	if (compareDecimals(expectedPaid, '0') < 0) {
		values.fail('Discounted Amount (discountedAmount)', `must not exceed Total Amount (totalAmount) ${totalAmount.value} (got ${discountedAmount!.value})`);
	}
	let paidAmount = values.amount('Paid Amount (paidAmount)', input.paidAmount);
	if (paidAmount === undefined) {
		paidAmount = new JsonDecimal(expectedPaid);
	} else if (compareDecimals(paidAmount.value, expectedPaid) !== 0) {
		values.fail(
			'Paid Amount (paidAmount)',
			`must equal Total Amount − Discounted Amount = ${totalAmount.value} − ${discountedAmount?.value ?? '0'} = ${expectedPaid} (got ${paidAmount.value})`,
			'Zeyi computes 应付金额 = 总金额 − 折扣金额. Leave Paid Amount empty to have it computed exactly.',
		);
	}

	const feeList = input.feeList.map((fee, index) => {
		const line = values.line('Fees (feeList)', index);
		return compact({
			name: line.text('Name (name)', fee.name, true),
			unit: line.text('Unit (unit)', fee.unit),
			unitPrice: line.amount('Unit Price (unitPrice)', fee.unitPrice),
			number: line.integer('Quantity (number)', fee.number),
			amount: line.amount('Amount (amount)', fee.amount, true),
			discountedAmount: line.amount('Discounted Amount (discountedAmount)', isBlank(fee.discountedAmount) ? '0' : fee.discountedAmount, true),
			remark: line.text('Remark (remark)', fee.remark),
		});
	});

	const projectList = input.projectList.map((project, index) => {
		const line = values.line(`${kind === 'repair' ? 'Repair' : 'Maintenance'} Projects (${listField})`, index);
		const common = {
			name: line.text('Name (name)', project.name, true),
			unit: line.text('Unit (unit)', project.unit),
			number: line.integer('Quantity (number)', project.number, kind === 'maintenance'),
			unitPrice: line.amount('Unit Price (unitPrice)', project.unitPrice, true),
			discountedAmount: line.amount('Discounted Amount (discountedAmount)', project.discountedAmount),
			totalAmount: line.amount('Total Amount (totalAmount)', project.totalAmount, true),
		};
		if (kind === 'repair') {
			return compact({
				...common,
				timeQuota: line.amount('Time Quota (timeQuota)', project.timeQuota),
				projectType: line.oneOf('Project Type (projectType)', project.projectType, PROJECT_TYPES),
				remark: line.text('Remark (remark)', project.remark),
			});
		}
		return compact({
			...common,
			type: line.oneOf('Line Type (type)', project.type, LINE_TYPES),
			remark: line.text('Remark (remark)', project.remark),
			timeQuota: line.amount('Time Quota (timeQuota)', project.timeQuota),
			projectType: line.oneOf('Project Type (projectType)', project.projectType, PROJECT_TYPES),
			nextMaintainanceMileage: line.integer(
				'Next Maintenance Mileage (nextMaintainanceMileage)',
				isBlank(project.nextMaintainanceMileage) ? input.nextMaintainanceMileage : project.nextMaintainanceMileage,
			),
			nextMaintainanceTime: line.timestamp(
				'Next Maintenance Time (nextMaintainanceTime)',
				isBlank(project.nextMaintainanceTime) ? input.nextMaintainanceTime : project.nextMaintainanceTime,
				true,
			),
		});
	});

	return compact({
		code,
		orderCode,
		discountedAmount,
		totalAmount,
		paidAmount,
		mileage,
		type,
		startTime,
		completeTime,
		fieldMaintainPictureUrl: values.photos('Bill Photo URLs (fieldMaintainPictureUrl)', input.fieldMaintainPictureUrl, true),
		certificatePictureUrl: values.photos('Site Photo URLs (certificatePictureUrl)', input.certificatePictureUrl, true),
		mileagePictureUrl: values.photos('Odometer Photo URLs (mileagePictureUrl)', input.mileagePictureUrl, true),
		...(feeList.length ? { feeList } : {}),
		...(projectList.length ? { [listField]: projectList } : {}),
	}) as IDataObject;
}

/** The sent bill as an output item: amounts as exact strings, photo lists as arrays. */
export function billOutput(body: IDataObject): IDataObject {
	const plain = (value: unknown): unknown => {
		if (value instanceof JsonDecimal) return value.value;
		if (Array.isArray(value)) return value.map(plain);
		if (value && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value as IDataObject).map(([k, v]) => [k, plain(v)]));
		}
		return value;
	};
	const out = plain(body) as IDataObject;
	for (const key of ['fieldMaintainPictureUrl', 'certificatePictureUrl', 'mileagePictureUrl']) {
		if (key in out) out[key] = photoList(out[key]);
	}
	return out;
}

export const isAmountText = (value: unknown): boolean => parseDecimal(value) !== undefined;
