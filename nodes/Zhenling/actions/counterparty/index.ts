import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as getMany from './getMany.operation';
import * as upsert from './upsert.operation';

export const operations: Record<string, OperationModule> = { getMany, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['counterparty'] } },
		default: 'getMany',
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update counterparties',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many counterparties',
				description: 'Query counterparties in pages (2.1 相对方批量查询)',
			},
		],
	},
	...getMany.description,
	...upsert.description,
];
