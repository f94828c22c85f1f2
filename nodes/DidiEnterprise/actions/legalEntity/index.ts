import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import { operationSelector } from '../../../common/fields';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { create, update, delete: del, getMany };

export const description: INodeProperties[] = [
	operationSelector('legalEntity', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a legal entity', description: 'Add a legal entity (公司主体新增)' },
		{ name: 'Disable', value: 'delete', action: 'Disable a legal entity', description: 'Disable a legal entity (公司主体停用); DiDi keeps it, so the output says disabled, not deleted' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many legal entities', description: 'List legal entities (公司主体查询)' },
		{ name: 'Update', value: 'update', action: 'Update a legal entity', description: 'Change a legal entity (公司主体修改)' },
	]),
	...create.description,
	...update.description,
	...del.description,
	...getMany.description,
];
