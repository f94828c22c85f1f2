import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import { operationSelector } from '../../../common/fields';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { getMany };

export const description: INodeProperties[] = [
	operationSelector('city', 'getMany', [
		{ name: 'Get Many', value: 'getMany', action: 'Get many cities', description: 'List ride cities with their counties (用车城市)' },
	]),
	...getMany.description,
];
