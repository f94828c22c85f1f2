import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import { operationSelector } from '../../../common/fields';
import * as getReceiptOrders from './getReceiptOrders.operation';
import * as syncResult from './syncResult.operation';

export const operations: Record<string, OperationModule> = { syncResult, getReceiptOrders };

export const description: INodeProperties[] = [
	operationSelector('afterApproval', 'syncResult', [
			{ name: 'Get Personal Receipt Orders', value: 'getReceiptOrders', action: 'Get orders turned into personal receipts', description: 'Orders whose after-trip approval was rejected (行后审批个人付款单)' },
			{ name: 'Sync Result', value: 'syncResult', action: 'Approve or reject a company-paid ride after the trip', description: 'Approve a company-paid ride, or reject it so the employee pays (行后审批结果同步)' },
		]),
	...syncResult.description,
	...getReceiptOrders.description,
];
