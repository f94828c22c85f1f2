import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { create, delete: del, get, getMany, update };

export const description: INodeProperties[] = [
	operationSelector('role', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a role', description: 'Add a role (角色新增)' },
		{ name: 'Delete', value: 'delete', action: 'Delete a role', description: 'Delete a role (角色删除)' },
		{ name: 'Get', value: 'get', action: 'Get a role', description: 'Get a role by ID (角色详情)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many roles', description: 'List roles with filters (角色查询)' },
		{ name: 'Update', value: 'update', action: 'Update a role', description: 'Change fields of a role (角色修改)' },
	]),
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...update.description,
];
