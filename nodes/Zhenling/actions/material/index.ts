import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as upsert from './upsert.operation';

export const operations: Record<string, OperationModule> = { upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['material'] } },
		default: 'upsert',
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update materials',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
		],
	},
	...upsert.description,
];
