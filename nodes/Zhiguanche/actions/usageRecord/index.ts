import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { get, getMany };

export const description: INodeProperties[] = [
	operationSelector('usageRecord', 'getMany', [
		{ name: 'Get', value: 'get', action: 'Get a usage record', description: 'Get one check-out / check-in record (用车记录)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many usage records', description: 'List check-out / check-in records by vehicle, driver, user, request or time' },
	]),
	...get.description,
	...getMany.description,
];
