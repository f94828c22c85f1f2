import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['receiptPlan'] } },
		default: 'getMany',
		options: [{ name: 'Get Many', value: 'getMany', action: 'Get many receipt plans', description: 'Query receipt plans in pages (6.6 收款计划查询)' }],
	},
	...getMany.description,
];
