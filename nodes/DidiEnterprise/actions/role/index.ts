import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import { operationSelector } from '../../../common/fields';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { getMany };

export const description: INodeProperties[] = [
	operationSelector('role', 'getMany', [
		{ name: 'Get Many', value: 'getMany', action: 'Get many roles', description: 'List member roles (角色查询)' },
	]),
	...getMany.description,
];
