import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { get, getMany };

export const description: INodeProperties[] = [
	operationSelector('location', 'getMany', [
		{ name: 'Get', value: 'get', action: 'Get the location of a vehicle', description: 'Real-time GPS position, speed, direction and status of one vehicle (实时位置)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get the locations of many vehicles', description: 'Real-time positions of many vehicles or the whole fleet, 100 per request' },
	]),
	...get.description,
	...getMany.description,
];
