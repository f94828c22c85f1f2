/**
 * Repair bill (维修清单, repairList) and maintenance bill (保养清单, maintainList): the same header (codes,
 * amounts, mileage, times, photos), a fee list and a project list. Maintenance project lines also carry
 * `type` (MAINTAIN/REPAIR) and the next maintenance date and mileage. The editor fields are in billFields.ts.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { JsonDecimal, compareDecimals, stringifyExact, subtractDecimals } from '../../common/decimal';
import { Validator } from '../../common/validation';
import { billProperties, listFieldOf, projectsLabelOf } from './billFields';
import type { BillKind } from './billFields';
import { wantsEncryption } from './encryption';
import { pushExactlyOnce } from './exactlyOnce';
import { ZeyiValues, compact, isBlank, photoList, showFor } from './values';

export type { BillKind } from './billFields';

export const PROJECT_TYPES = ['materials', 'project'] as const;
export const LINE_TYPES = ['MAINTAIN', 'REPAIR'] as const;

const PATHS: Record<BillKind, string> = {
	repair: '/vehicle-service-api/maintenance/repairList',
	maintenance: '/vehicle-service-api/maintenance/maintainList',
};

/** The fee and project lines, from the fixed collections or the JSON fields. */
export function readBillLines(this: IExecuteFunctions, i: number, kind: BillKind, values: ZeyiValues): { feeList: IDataObject[]; projectList: IDataObject[] } {
	if (this.getNodeParameter('linesInput', i, 'fields') === 'json') {
		return {
			feeList: values.jsonList('Fees (JSON) (feeList)', this.getNodeParameter('feesJson', i, '[]')),
			projectList: values.jsonList(`${projectsLabelOf(kind).replace(/\)$/, ', JSON)')} (${listFieldOf(kind)})`, this.getNodeParameter('projectsJson', i, '[]')),
		};
	}
	const collection = (name: string, key: string) => ((this.getNodeParameter(name, i, {}) as IDataObject)[key] as IDataObject[] | undefined) ?? [];
	return { feeList: collection('fees', 'fee'), projectList: collection('projects', 'project') };
}

/** The bill's input as the editor gives it (nothing validated yet). */
export function readBillInput(this: IExecuteFunctions, i: number, kind: BillKind, values: ZeyiValues, options: IDataObject): BillInput {
	const param = (name: string) => this.getNodeParameter(name, i, '');
	return {
		code: param('code'),
		orderCode: param('orderCode'),
		type: param('billType'),
		mileage: param('mileage'),
		startTime: param('startTime'),
		completeTime: param('completeTime'),
		totalAmount: param('totalAmount'),
		discountedAmount: param('discountedAmount'),
		paidAmount: param('paidAmount'),
		fieldMaintainPictureUrl: param('fieldMaintainPictureUrl'),
		certificatePictureUrl: param('certificatePictureUrl'),
		mileagePictureUrl: param('mileagePictureUrl'),
		...readBillLines.call(this, i, kind, values),
		// The lines' defaults: checked here too, so a malformed one fails even when no line needs it.
		nextMaintainanceTime: values.timestamp('Next Maintenance Time (nextMaintainanceTime)', options.nextMaintainanceTime),
		nextMaintainanceMileage: values.integer('Next Maintenance Mileage (nextMaintainanceMileage)', options.nextMaintainanceMileage),
	};
}

/** Push Bill for repairs or maintenance: reads, validates, pushes exactly once, answers the clean values. */
export function billOperation(kind: BillKind) {
	async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
		const values = new ZeyiValues(new Validator(this.getNode(), i));
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const body = buildBill(kind, values, readBillInput.call(this, i, kind, values, options));
		// The clean record is both what the ledger compares (read only) and the output: built once.
		const record = billOutput(body);
		const outcome = await pushExactlyOnce.call(this, {
			path: PATHS[kind],
			body: stringifyExact(body),
			itemIndex: i,
			mode: String(options.onDuplicate ?? 'useExisting'),
			encrypt: await wantsEncryption.call(this, options, i),
			code: String(body.code),
			record,
		});
		return { ...outcome, ...record };
	}
	return { description: showFor(kind, 'pushBill', billProperties(kind)), execute };
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

/** Total, discount and paid amount: 应付金额 = 总金额 − 折扣金额 exactly; an empty paid amount is computed. */
export function billAmounts(values: ZeyiValues, input: BillInput): { totalAmount: JsonDecimal; discountedAmount?: JsonDecimal; paidAmount: JsonDecimal } {
	const totalAmount = values.amount('Total Amount (totalAmount)', input.totalAmount, true)!;
	const discountedAmount = values.amount('Discounted Amount (discountedAmount)', input.discountedAmount);
	const expectedPaid = subtractDecimals(totalAmount.value, discountedAmount?.value ?? '0');
	if (compareDecimals(expectedPaid, '0') < 0) {
		values.fail('Discounted Amount (discountedAmount)', `must not exceed Total Amount (totalAmount) ${totalAmount.value} (got ${discountedAmount!.value})`);
	}
	const paidAmount = values.amount('Paid Amount (paidAmount)', input.paidAmount);
	if (paidAmount === undefined) return { totalAmount, discountedAmount, paidAmount: new JsonDecimal(expectedPaid) };
	if (compareDecimals(paidAmount.value, expectedPaid) !== 0) {
		values.fail(
			'Paid Amount (paidAmount)',
			`must equal Total Amount − Discounted Amount = ${totalAmount.value} − ${discountedAmount?.value ?? '0'} = ${expectedPaid} (got ${paidAmount.value})`,
			'Zeyi computes 应付金额 = 总金额 − 折扣金额. Leave Paid Amount empty to have it computed exactly.',
		);
	}
	return { totalAmount, discountedAmount, paidAmount };
}

/** `feeList`: name, amount and discount required per line (an empty discount is 0). */
export function buildFeeLines(values: ZeyiValues, lines: IDataObject[]): IDataObject[] {
	return lines.map((fee, index) => {
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
}

/**
 * `repairProjectList` / `maintainProjectList`. Maintenance lines also need a quantity, `type` (MAINTAIN/REPAIR)
 * and the next maintenance time (line value, else the bill-level default).
 */
export function buildProjectLines(kind: BillKind, values: ZeyiValues, lines: IDataObject[], defaults: { nextMaintainanceTime?: unknown; nextMaintainanceMileage?: unknown }): IDataObject[] {
	const listField = listFieldOf(kind);
	return lines.map((project, index) => {
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
				isBlank(project.nextMaintainanceMileage) ? defaults.nextMaintainanceMileage : project.nextMaintainanceMileage,
			),
			nextMaintainanceTime: line.timestamp(
				'Next Maintenance Time (nextMaintainanceTime)',
				isBlank(project.nextMaintainanceTime) ? defaults.nextMaintainanceTime : project.nextMaintainanceTime,
				true,
			),
		});
	});
}

/** Validates a bill and builds Zeyi's body (amounts as {@link JsonDecimal}). Pure: throws naming field and line. */
export function buildBill(kind: BillKind, values: ZeyiValues, input: BillInput): IDataObject {
	const code = values.text('Maintenance Code (code)', input.code, true);
	const orderCode = values.text('Order Code (orderCode)', input.orderCode, true);
	const type = values.text(`${kind === 'repair' ? 'Repair' : 'Maintenance'} Type (type)`, input.type, true);
	const mileage = values.integer('Mileage (mileage)', input.mileage, true);
	const startTime = values.timestamp('Start Time (startTime)', input.startTime, true)!;
	const completeTime = values.timestamp('Complete Time (completeTime)', input.completeTime, true)!;
	if (Number(completeTime) < Number(startTime)) values.fail('Complete Time (completeTime)', 'must not be before Start Time (startTime)');
	const { totalAmount, discountedAmount, paidAmount } = billAmounts(values, input);
	const feeList = buildFeeLines(values, input.feeList);
	const projectList = buildProjectLines(kind, values, input.projectList, input);
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
		...(projectList.length ? { [listFieldOf(kind)]: projectList } : {}),
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
