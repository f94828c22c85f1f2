import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const operations: Record<string, OperationModule> = { create, delete: del, get, getMany, update, upsertMany: upsert };

export const description: INodeProperties[] = [
	operationSelector('user', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a user', description: 'Add a user (员工新增)' },
		{ name: 'Delete', value: 'delete', action: 'Delete a user', description: 'Delete a user (员工删除)' },
		{ name: 'Get', value: 'get', action: 'Get a user', description: 'Get a user by ID (员工详情)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many users', description: 'List users with filters (员工查询)' },
		{ name: 'Update', value: 'update', action: 'Update a user', description: 'Change fields of a user (员工修改)' },
		{ name: 'Upsert Many', value: 'upsertMany', action: 'Create or update users by outer ID', description: 'Sync users from your system: one per input item, matched by Outer ID — created, updated or left unchanged (员工同步)' },
	]),
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...update.description,
	...upsert.description,
];
