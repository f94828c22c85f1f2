import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as create from './create.operation';
import * as markPaid from './markPaid.operation';

export const operations: Record<string, OperationModule> = { create, markPaid };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['paymentPlan'] } },
		default: 'create',
		options: [
			{ name: 'Create', value: 'create', action: 'Create payment plans', description: 'Create payment plans, many per call (6.5 付款计划创建, asynchronous)' },
			{ name: 'Mark Paid', value: 'markPaid', action: 'Mark a payment plan as paid', description: 'Report the payment of a plan (6.4 付款计划支付回调)' },
		],
	},
	...create.description,
	...markPaid.description,
];
