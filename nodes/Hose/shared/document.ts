import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OutputShape } from '../../common/output';
import type { RequestContext } from '../../common/types';
import { hoseRequest, valueOf } from '../transport';

/** The ways Hose finds one document (单据详情). */
export const DOCUMENT_KEYS = {
	flowId: { path: '/api/openapi/v1.1/flowDetails', param: 'flowId', label: 'Flow ID (单据ID)' },
	code: { path: '/api/openapi/v1.1/flowDetails/byCode', param: 'code', label: 'Document Code (单据编号)' },
	outerCode: { path: '/api/openapi/v1.1/flowDetails/outerCode', param: 'outerCode', label: 'Outer Code (outerCode)' },
} as const;
export type DocumentKey = keyof typeof DOCUMENT_KEYS;

export async function getDocument(this: RequestContext, by: DocumentKey, key: string, itemIndex: number, accept?: string[]): Promise<IDataObject> {
	const { path, param } = DOCUMENT_KEYS[by];
	return (await hoseRequest.call(this, { method: 'GET', path, qs: { [param]: key }, itemIndex, accept })) as IDataObject;
}

export const unwrapDocument = (body: unknown): IDataObject => valueOf<IDataObject>(body);

export const flowIdField: INodeProperties = {
	displayName: 'Flow ID (单据ID)',
	name: 'flowId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. ID_3tMDtL05ClM',
	description: 'The document ID (from Get, the trigger’s flowId, or Create)',
};

export const TEMPLATE_TYPES = [
	{ name: 'Expense Report (报销单)', value: 'expense' },
	{ name: 'Loan (借款单)', value: 'loan' },
	{ name: 'Requisition (申请单)', value: 'requisition' },
	{ name: 'Payment (付款单)', value: 'payment' },
	{ name: 'Custom (通用审批单)', value: 'custom' },
];

const AMOUNT_FIELDS = ['expenseMoney', 'loanMoney', 'payMoney', 'requisitionMoney'];

/**
 * The 10 fields most flows need from a Hose document (单据详情 `{id, state, formType, form: {code, title, …}}`, or a
 * pending-approval row that carries them at the top level). The amount is the first of the form's money fields,
 * as Hose's exact decimal text.
 */
export function simplifyDocument(document: IDataObject): IDataObject {
	const form = (document.form && typeof document.form === 'object' ? document.form : {}) as IDataObject;
	const pick = (name: string) => form[name] ?? document[name];
	const money = AMOUNT_FIELDS.map((name) => pick(name)).find((value) => value !== undefined && value !== null) as IDataObject | string | undefined;
	return {
		id: document.id ?? document.flowId,
		code: pick('code'),
		title: pick('title'),
		state: document.state,
		formType: document.formType,
		submitterId: pick('submitterId') ?? document.ownerId,
		specificationId: pick('specificationId'),
		amount: money && typeof money === 'object' ? money.standard : money,
		outerCode: pick('outerCode'),
		updateTime: document.updateTime,
	};
}

/**
 * Simplify / Output of document reads (n8n's guideline for answers of more than 10 fields: Hose answers 20+
 * with logs, actions and the form): the 10 fields of `simplifyDocument`; Selected Fields picks top-level fields.
 */
export const DOCUMENT_OUTPUT: OutputShape = {
	id: 'id',
	simple: ['id', 'code', 'title', 'state', 'formType', 'submitterId', 'specificationId', 'amount', 'outerCode', 'updateTime'],
	fields: ['id', 'active', 'corporationId', 'createTime', 'updateTime', 'ownerId', 'state', 'flowType', 'formType', 'form', 'logs', 'actions'],
	simplify: simplifyDocument,
};
