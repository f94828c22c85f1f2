import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { get, getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['usageRecord'] } },
		default: 'getMany',
		options: [
			{ name: 'Get', value: 'get', action: 'Get a usage record', description: 'Get one check-out / check-in record (用车记录)' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many usage records', description: 'List check-out / check-in records by vehicle, driver, user, request or time' },
		],
	},
	...get.description,
	...getMany.description,
];
