import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as getHistory from './getHistory.operation';

export const operations: Record<string, OperationModule> = { getHistory };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['route'] } },
		default: 'getHistory',
		options: [
			{ name: 'Get History', value: 'getHistory', action: 'Get the route history of a vehicle', description: 'GPS points of a vehicle in a time window (历史轨迹)' },
		],
	},
	...getHistory.description,
];
