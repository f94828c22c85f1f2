import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import { operationSelector } from '../../shared/reference';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { getMany };

export const description: INodeProperties[] = [
	operationSelector('legalEntity', [
		{ name: 'Get Many', value: 'getMany', action: 'Get many legal entities', description: 'List legal entities (公司主体查询)' },
	]),
	...getMany.description,
];
