import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as postPaymentResult from './postPaymentResult.operation';
import * as writeVoucher from './writeVoucher.operation';

export const operations: Record<string, OperationModule> = { postPaymentResult, writeVoucher };

export const description: INodeProperties[] = [
	operationSelector('accounting', 'writeVoucher', [
		{ name: 'Post Payment Result', value: 'postPaymentResult', action: 'Post a payment result', description: 'Tell Hose a document was paid or the payment failed (提交单据的支付结果)' },
		{ name: 'Write Back Voucher', value: 'writeVoucher', action: 'Write back an ERP voucher', description: 'Store the ERP voucher number on a paid document (回写单据凭证信息)' },
	]),
	...writeVoucher.description,
	...postPaymentResult.description,
];
