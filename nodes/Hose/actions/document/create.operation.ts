import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { compareDecimals } from '../../../common/decimal';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { checkCode } from '../../shared/checks';
import { getDocument, TEMPLATE_TYPES, unwrapDocument } from '../../shared/document';
import { requisitionLocator } from '../../shared/requisition';
import { findStaff, readLocator, requireLocator, staffLocator, type StaffKey } from '../../shared/staffLookup';
import { epochMs, exactAmount } from '../../shared/values';
import { HOSE_REFUSALS, hoseRequest, refusalOf, hoseProfile } from '../../transport';
import { vendorApiError } from '../../../common/errors';

const properties: INodeProperties[] = [
	{
		displayName: 'Template Type',
		name: 'templateType',
		type: 'options',
		default: 'expense',
		options: TEMPLATE_TYPES,
		description: 'Narrows the template list below',
	},
	{
		displayName: 'Template (单据模板) Name or ID',
		name: 'specificationId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSpecifications', loadOptionsDependsOn: ['templateType'] },
		default: '',
		required: true,
		description:
			'The current version of the document template (from 获取当前版本单据模板列表). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Title (单据标题)', name: 'title', type: 'string', default: '', required: true },
	{ ...staffLocator, displayName: 'Submitter (提交人)', name: 'submitter' },
	{
		displayName: 'Outer Code (outerCode)',
		name: 'outerCode',
		type: 'string',
		default: '',
		description:
			'Your system’s unique key for this document (e.g. the OA request number). With it a re-run never creates a second document: it returns the existing one.',
	},
	{
		displayName: 'Expense Lines (费用明细)',
		name: 'details',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Line',
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: [
					{
						displayName: 'Amount (金额)',
						name: 'amount',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1280.50',
						description: 'Exact decimal in yuan, at most 2 decimals',
					},
					{
						displayName: 'Fee Date (费用日期)',
						name: 'feeDate',
						type: 'dateTime',
						default: '',
					},
					{
						displayName: 'Fee Type (费用类型) Name or ID',
						name: 'feeTypeId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getFeeTypes' },
						default: '',
						description: 'From 获取费用类型列表; disabled ones are not listed. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Fee Type Template ID (费用类型模板ID)',
						name: 'specificationId',
						type: 'string',
						default: '',
						description: 'Required by Hose for most fee types (根据ID或CODE获取费用类型模板信息)',
					},
					{
						displayName: 'Reason (消费事由)',
						name: 'consumptionReasons',
						type: 'string',
						default: '',
					},
				],
			},
		],
	},
	{
		displayName: 'Submit for Approval',
		name: 'isCommit',
		type: 'boolean',
		default: false,
		description: 'Whether to submit the document at once (isCommit=true) instead of saving a draft',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Description (描述)', name: 'description', type: 'string', default: '' },
			{ displayName: 'Expense Date (报销日期)', name: 'expenseDate', type: 'dateTime', default: '' },
			{
				displayName: 'Expense Department (报销部门) Name or ID',
				name: 'expenseDepartment',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getDepartments' },
				default: '',
				description: 'Default: the submitter’s default department. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			requisitionLocator('Linked Requisition (关联申请)', 'expenseLink', false, 'The requisition this expense report settles'),
			{
				displayName: 'Other Form Fields (JSON)',
				name: 'formJson',
				type: 'json',
				default: '{}',
				description: 'More form fields of the template, e.g. {"u_项目": "&lt;item ID&gt;"}; merged into form',
			},
			{ displayName: 'Payee Account ID (收款人信息ID)', name: 'payeeId', type: 'string', default: '' },
		],
	},
];

export const description = showFor('document', 'create', properties);

interface Line {
	feeTypeId?: string;
	specificationId?: string;
	amount?: string | number;
	feeDate?: string;
	consumptionReasons?: string;
}

export function buildLines(v: Validator, lines: Line[]): IDataObject[] {
	return lines.map((line, k) => {
		const field = (name: string) => `Expense Lines (details) line ${k + 1} ${name}`;
		const feeTypeId = v.required(field('Fee Type (feeTypeId)'), String(line.feeTypeId ?? '').trim());
		const feeTypeForm: IDataObject = {
			amount: { standard: exactAmount(v, field('Amount (amount)'), line.amount), standardUnit: '元', standardScale: 2, standardStrCode: 'CNY', standardNumCode: '156', standardSymbol: '¥' },
		};
		const feeDate = epochMs(v, field('Fee Date (feeDate)'), line.feeDate);
		if (feeDate !== undefined) feeTypeForm.feeDate = feeDate;
		if (line.consumptionReasons) feeTypeForm.consumptionReasons = line.consumptionReasons;
		return { feeTypeId, ...(line.specificationId ? { specificationId: line.specificationId } : {}), feeTypeForm };
	});
}

/** The submitter's staff ID: an ID as given, a code looked up in Hose. */
export async function submitterId(this: IExecuteFunctions, i: number, v: Validator): Promise<string> {
	const { mode, value } = requireLocator(v, 'Submitter (提交人) (submitter)', this.getNodeParameter('submitter', i));
	if (mode === 'id') return value;
	const [found] = await findStaff.call(this, mode as StaffKey, [value], i);
	if (!found) throw new NodeOperationError(this.getNode(), `No active Hose staff member with ${mode} "${value}" (Submitter)`, { itemIndex: i });
	return String(found.id);
}

/** The form fields (besides the lines) compared with the stored document when they are sent. */
const COMPARED = ['title', 'specificationId', 'submitterId', 'description', 'expenseDate', 'expenseDepartment', 'expenseLink', 'payeeId'];
/** The line fields compared when they are sent; the amount always, as a decimal. */
const LINE_COMPARED = ['feeTypeId', 'specificationId'];
const FEE_FORM_COMPARED = ['feeDate', 'consumptionReasons'];

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * Differences between the stored document and what this item asks for (exactly-once check): every field the
 * item sends (custom fields from Other Form Fields aside — Hose may answer them expanded) must be stored as
 * sent, so a re-run returns the existing document only when it is the one this item describes.
 */
function differences(stored: IDataObject, form: IDataObject): string[] {
	const have = (stored.form ?? {}) as IDataObject;
	const out: string[] = [];
	for (const key of COMPARED) {
		if (form[key] !== undefined && text(have[key]) !== text(form[key])) out.push(`${key} is "${text(have[key])}", not "${text(form[key])}"`);
	}
	const storedLines = (have.details ?? []) as IDataObject[];
	const lines = (form.details ?? []) as IDataObject[];
	if (storedLines.length !== lines.length) out.push(`it has ${storedLines.length} expense lines, not ${lines.length}`);
	else {
		lines.forEach((line, k) => {
			const storedLine = (storedLines[k] ?? {}) as IDataObject;
			for (const key of LINE_COMPARED) {
				if (line[key] !== undefined && text(storedLine[key]) !== text(line[key])) out.push(`line ${k + 1} ${key} is "${text(storedLine[key])}", not "${text(line[key])}"`);
			}
			const storedFee = (storedLine.feeTypeForm ?? {}) as IDataObject;
			const fee = line.feeTypeForm as IDataObject;
			const a = text((storedFee.amount as IDataObject | undefined)?.standard);
			const b = text((fee.amount as IDataObject).standard);
			if (!/^-?\d+(\.\d+)?$/.test(a) || compareDecimals(a, b) !== 0) out.push(`line ${k + 1} amount is "${a}", not "${b}"`);
			for (const key of FEE_FORM_COMPARED) {
				if (fee[key] !== undefined && text(storedFee[key]) !== text(fee[key])) out.push(`line ${k + 1} ${key} is "${text(storedFee[key])}", not "${text(fee[key])}"`);
			}
		});
	}
	return out;
}

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const title = v.required('Title (单据标题) (title)', String(this.getNodeParameter('title', i, '')).trim());
	const specificationId = v.required('Template Name or ID (specificationId)', String(this.getNodeParameter('specificationId', i, '')).trim());
	const outerCode = checkCode(v, 'Outer Code (outerCode)', this.getNodeParameter('outerCode', i, ''));
	const details = buildLines(v, ((this.getNodeParameter('details', i, {}) as IDataObject).line ?? []) as Line[]);
	const more = v.json<IDataObject | undefined>('Other Form Fields (JSON) (formJson)', extra.formJson) ?? {};
	if (typeof more !== 'object' || Array.isArray(more)) v.fail('Other Form Fields (JSON) (formJson)', 'must be a JSON object');
	const expenseDate = epochMs(v, 'Expense Date (报销日期) (expenseDate)', extra.expenseDate);
	const form: IDataObject = {
		...more,
		title,
		specificationId,
		submitterId: await submitterId.call(this, i, v),
		details,
		...(outerCode ? { outerCode } : {}),
		...(expenseDate !== undefined ? { expenseDate } : {}),
	};
	for (const key of ['description', 'expenseDepartment', 'payeeId']) {
		if (extra[key] !== undefined && String(extra[key]).trim() !== '') form[key] = String(extra[key]).trim();
	}
	const expenseLink = readLocator(extra.expenseLink).value;
	if (expenseLink) form.expenseLink = expenseLink;
	const isCommit = this.getNodeParameter('isCommit', i, false) as boolean;

	// Exactly once: a document with this outerCode is the one this item already created.
	const resolveExisting = async (): Promise<IDataObject | undefined> => {
		if (!outerCode) return undefined;
		const body = await getDocument.call(this, 'outerCode', outerCode, i, HOSE_REFUSALS);
		if (refusalOf(body)) return undefined;
		const stored = unwrapDocument(body);
		if (!stored?.id) return undefined;
		const diff = differences(stored, form);
		if (diff.length) {
			throw new NodeOperationError(this.getNode(), `Outer Code (outerCode) "${outerCode}" already belongs to Hose document ${String(stored.code ?? stored.id)}, which differs: ${diff.join('; ')} [item ${i}]`, {
				itemIndex: i,
				description: 'Use a new outerCode for a new document, or Document → Update to change the existing one.',
			});
		}
		return { id: stored.id, code: stored.code, state: stored.state, form: stored.form, created: false };
	};
	const existing = await resolveExisting();
	if (existing) return existing;
	const answer = (await hoseRequest.call(this, {
		method: 'POST',
		path: '/api/openapi/v2.2/flow/data',
		qs: { isCommit },
		body: { form },
		itemIndex: i,
		accept: HOSE_REFUSALS,
		retries: outerCode ? 3 : 0,
	})) as IDataObject;
	const refusal = refusalOf(answer);
	if (refusal) {
		// A concurrent or earlier attempt may have stored it (the retry after a lost answer): look again.
		const again = await resolveExisting();
		if (again) return again;
		throw vendorApiError(this.getNode(), hoseProfile, refusal, { httpCode: Number(refusal.code) || undefined, itemIndex: i });
	}
	const flow = (answer.flow ?? {}) as IDataObject;
	return { id: flow.id, code: (flow.form as IDataObject | undefined)?.code ?? flow.code, state: flow.state, form: flow.form, created: true };
}
