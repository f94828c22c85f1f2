/**
 * Voiding (作废) a maintenance contract or a maintenance order: code, reason, when and by whom.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { stringifyExact } from '../../common/decimal';
import { Validator } from '../../common/validation';
import { zeyiError, zeyiRequest } from '../transport';
import { encryptOption, wantsEncryption } from './encryption';
import { ZeyiValues, compact, showFor } from './values';

export interface VoidKind {
	resource: 'contract' | 'maintenanceOrder';
	path: string;
	codeLabel: string;
	reasonRequired: boolean;
	/** What Zeyi's refusals for this operation usually mean. */
	refusalHint: string;
}

/** Zeyi's refusal of a code that is already void. */
export const ALREADY_VOID = /已作废|已经作废|already (been )?(voided|invalid)/i;

export function voidOperation(kind: VoidKind) {
	const properties: INodeProperties[] = [
		{
			displayName: kind.codeLabel,
			name: 'code',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Reason (作废原因)',
			name: 'reason',
			type: 'string',
			required: kind.reasonRequired,
			default: '',
			placeholder: 'e.g. 上报信息错误',
			description: kind.reasonRequired ? 'Why it is voided (required by Zeyi)' : 'Why it is voided',
		},
		{
			displayName: 'Additional Fields',
			name: 'voidFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Operation Time (操作时间)',
					name: 'operationTime',
					type: 'dateTime',
					default: '',
					description: 'When it was voided; default now. Sent as a millisecond timestamp.',
				},
				{ displayName: 'Operator (操作人)', name: 'operationUser', type: 'string', default: '', placeholder: 'e.g. 张大三' },
				{ displayName: 'Operator Phone (操作人电话)', name: 'operationMobile', type: 'string', default: '', placeholder: 'e.g. 13277676171' },
				encryptOption,
				{
					displayName: 'If Already Void',
					name: 'onAlreadyVoid',
					type: 'options',
					default: 'succeed',
					description: 'What to do when Zeyi says the record is already void, e.g. when the workflow is re-run',
					options: [
						{ name: 'Treat as Success', value: 'succeed' },
						{ name: 'Fail', value: 'fail' },
					],
				},
			],
		},
	];

	async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
		const values = new ZeyiValues(new Validator(this.getNode(), i));
		const fields = this.getNodeParameter('voidFields', i, {}) as IDataObject;
		const body = compact({
			code: values.text(`${kind.codeLabel.replace(/ \(.*\)$/, '')} (code)`, this.getNodeParameter('code', i, ''), true),
			reason: values.text('Reason (reason)', this.getNodeParameter('reason', i, ''), kind.reasonRequired),
			operationTime: values.timestamp('Operation Time (operationTime)', fields.operationTime) ?? String(Date.now()),
			operationUser: values.text('Operator (operationUser)', fields.operationUser),
			operationMobile: values.validator.telephone('Operator Phone (operationMobile)', values.text('Operator Phone (operationMobile)', fields.operationMobile)),
		});
		const envelope = await zeyiRequest.call(this, {
			path: kind.path,
			body: stringifyExact(body),
			itemIndex: i,
			accept: ['200'],
			encrypt: await wantsEncryption.call(this, fields, i),
		});
		if (envelope.success === true) return { success: true, voided: true, alreadyVoid: false, ...body };
		if (fields.onAlreadyVoid !== 'fail' && ALREADY_VOID.test(String(envelope.message ?? ''))) {
			return { success: true, voided: true, alreadyVoid: true, message: String(envelope.message), ...body };
		}
		const error = zeyiError(this, envelope, i);
		error.description = [kind.refusalHint, error.description].filter(Boolean).join('\n');
		throw error;
	}

	return { description: showFor(kind.resource, 'void', properties), execute };
}
