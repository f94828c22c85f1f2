import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getOrders from './getOrders.operation';
import * as pass from './pass.operation';
import * as syncResult from './syncResult.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { create, update, cancel, get, getOrders, syncResult, pass };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['approval'] } },
		default: 'create',
		options: [
			{ name: 'Cancel', value: 'cancel', action: 'Cancel an approval', description: 'Cancel an approval (取消申请单)' },
			{ name: 'Create', value: 'create', action: 'Create an approval', description: 'Create a travel or pre-trip approval (创建申请单); a re-run with the same Out Approval ID never duplicates' },
			{ name: 'Get', value: 'get', action: 'Get an approval', description: 'Get the details of an approval (申请单详情)' },
			{ name: 'Get Orders', value: 'getOrders', action: 'Get the orders of an approval', description: 'Ride orders made under an approval (审批单查询订单)' },
			{ name: 'Pass or Reject (外部审批处理)', value: 'pass', action: 'Pass or reject an order or approval', description: 'Decide a personal-to-company payment (个转企) or a company pre-trip ride approval (/river/Approval/pass)' },
			{ name: 'Sync External Result', value: 'syncResult', action: 'Sync an external approval result', description: 'Tell DiDi your approval decision (外部审批结果同步)' },
			{ name: 'Update', value: 'update', action: 'Update an approval', description: 'Change an approval (修改申请单)' },
		],
	},
	...create.description,
	...update.description,
	...cancel.description,
	...get.description,
	...getOrders.description,
	...syncResult.description,
	...pass.description,
];
