import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getTree from './getTree.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const operations: Record<string, OperationModule> = { create, delete: del, get, getMany, getTree, update, upsertMany: upsert };

export const description: INodeProperties[] = [
	operationSelector('department', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a department', description: 'Add a department (部门新增)' },
		{ name: 'Delete', value: 'delete', action: 'Delete a department', description: 'Delete a department (部门删除)' },
		{ name: 'Get', value: 'get', action: 'Get a department', description: 'Get a department by ID (部门详情)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many departments', description: 'List departments with filters (部门查询)' },
		{ name: 'Get Tree', value: 'getTree', action: 'Get the organization tree', description: 'Get the organization tree (组织架构树)' },
		{ name: 'Update', value: 'update', action: 'Update a department', description: 'Change fields of a department (部门修改)' },
		{ name: 'Upsert Many', value: 'upsertMany', action: 'Create or update departments by outer ID', description: 'Sync departments from your system: one per input item, matched by Outer ID — created, updated or left unchanged (部门同步)' },
	]),
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...getTree.description,
	...update.description,
	...upsert.description,
];
