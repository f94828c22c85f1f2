import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as close from './close.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { close, get, getMany };

export const description: INodeProperties[] = [
	operationSelector('requisition', 'getMany', [
		{ name: 'Close', value: 'close', action: 'Close requisitions', description: 'Close requisitions so no more expenses link to them (关闭申请事项)' },
		{ name: 'Get', value: 'get', action: 'Get a requisition', description: 'Get a requisition by ID (根据ID获取申请事项)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many requisitions', description: 'List requisitions (获取申请事项列表)' },
	]),
	...getMany.description,
	...get.description,
	...close.description,
];
