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
		displayOptions: { show: { resource: ['stop'] } },
		default: 'getMany',
		options: [
			{ name: 'Get Many', value: 'getMany', action: 'Get the stops of a vehicle', description: 'Stop points of a vehicle in a time window (停车点)' },
		],
	},
	...getMany.description,
];
