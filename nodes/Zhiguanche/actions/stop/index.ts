import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { getMany };

export const description: INodeProperties[] = [
	operationSelector('stop', 'getMany', [
		{ name: 'Get Many', value: 'getMany', action: 'Get the stops of a vehicle', description: 'Stop points of a vehicle in a time window (停车点)' },
	]),
	...getMany.description,
];
