import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as getHistory from './getHistory.operation';

export const operations: Record<string, OperationModule> = { getHistory };

export const description: INodeProperties[] = [
	operationSelector('route', 'getHistory', [
		{ name: 'Get History', value: 'getHistory', action: 'Get the route history of a vehicle', description: 'GPS points of a vehicle in a time window (历史轨迹)' },
	]),
	...getHistory.description,
];
