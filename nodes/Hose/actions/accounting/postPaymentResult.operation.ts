import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { flowIdField } from '../../shared/document';
import { hoseRequest, listOf } from '../../transport';

/** 提交单据的支付结果: the per-document result codes Hose answers. */
export const PAYMENT_RESULT_CODES: Record<string, string> = {
	R00000: 'updated',
	R00001: 'the document does not exist',
	R00002: 'the document is already paid',
	R00003: 'the document is not being paid',
	R00004: 'wrong payment channel for the document',
	R00005: 'invalid payment result code',
	R00006: 'invalid request',
};

const properties: INodeProperties[] = [
	flowIdField,
	{
		displayName: 'Result',
		name: 'result',
		type: 'options',
		default: 'P00001',
		options: [
			{ name: 'Paid (支付成功)', value: 'P00001', description: 'Sent as P00001' },
			{ name: 'Failed (支付失败)', value: 'P00002', description: 'Sent as P00002' },
		],
	},
	{
		displayName: 'Error Message (errorMsg)',
		name: 'errorMsg',
		type: 'string',
		default: '',
		displayOptions: { show: { result: ['P00002'] } },
		description: 'Why the payment failed',
	},
];

export const description = showFor('accounting', 'postPaymentResult', properties);

/** Posts one document's payment result; Hose's answer code R00000 is success, the others fail the item. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const id = v.required('Flow ID (单据ID) (flowId)', String(this.getNodeParameter('flowId', i, '')).trim());
	const code = this.getNodeParameter('result', i) as string;
	const errorMsg = code === 'P00002' ? String(this.getNodeParameter('errorMsg', i, '') ?? '') || null : null;
	const body = await hoseRequest.call(this, { method: 'POST', path: '/api/openapi/v1/paymentResults', body: { items: [{ id, code, errorMsg }] }, itemIndex: i });
	const answer = listOf(body).records.find((r) => String(r.id) === id) ?? listOf(body).records[0];
	const result = String(answer?.code ?? '');
	if (result !== 'R00000') {
		throw new NodeApiError(
			this.getNode(),
			{ code: result, message: String(answer?.errorMsg ?? '') },
			{
				message: `Hose payment result ${result || '(none)'}: ${PAYMENT_RESULT_CODES[result] ?? String(answer?.errorMsg ?? 'not accepted')}`,
				itemIndex: i,
			},
		);
	}
	return { flowId: id, code, result, posted: true };
}
