import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { flowIdField } from '../../shared/document';
import { epochMs } from '../../shared/values';
import { hoseRequest } from '../../transport';

const properties: INodeProperties[] = [
	flowIdField,
	{
		displayName: 'Voucher No. (voucherNo)',
		name: 'voucherNo',
		type: 'string',
		default: '',
		description: 'The ERP voucher number; empty removes the voucher number from the document',
	},
	{ displayName: 'Voucher Created At (voucherCreateTime)', name: 'voucherCreateTime', type: 'dateTime', default: '', required: true },
	{ displayName: 'Fiscal Period (fiscalPeriod)', name: 'fiscalPeriod', type: 'string', default: '', placeholder: 'e.g. 2026-05' },
];

export const description = showFor('accounting', 'writeVoucher', properties);

/** 回写单据凭证信息 (`PUT /api/openapi/v2.1/flow/data/erpVoucher`): Hose accepts it for paid documents only. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const flowId = v.required('Flow ID (单据ID) (flowId)', String(this.getNodeParameter('flowId', i, '')).trim());
	const voucherNo = String(this.getNodeParameter('voucherNo', i, '') ?? '').trim();
	const voucherCreateTime = String(epochMs(v, 'Voucher Created At (voucherCreateTime)', this.getNodeParameter('voucherCreateTime', i, ''), true));
	const fiscalPeriod = String(this.getNodeParameter('fiscalPeriod', i, '') ?? '').trim();
	const entry: IDataObject = { flowId, voucherNo, voucherCreateTime, ...(fiscalPeriod ? { fiscalPeriod } : {}) };
	await hoseRequest.call(this, { method: 'PUT', path: '/api/openapi/v2.1/flow/data/erpVoucher', body: { voucher: [entry] }, itemIndex: i });
	return { ...entry, written: true };
}
