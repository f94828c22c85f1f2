import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as getValues from './getValues.operation';
import * as upsert from './upsert.operation';

export const operations: Record<string, OperationModule> = { getValues, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['valueSet'] } },
		default: 'getValues',
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update value sets',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Get Values',
				value: 'getValues',
				action: 'Get the values of a value set',
				description: 'The values of an independent value set (4.5 独立值集值查询)',
			},
		],
	},
	...getValues.description,
	...upsert.description,
];
