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
	operationSelector('driver', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a driver', description: 'Add a driver (司机新增)' },
		{ name: 'Delete', value: 'delete', action: 'Delete a driver', description: 'Delete a driver (司机删除)' },
		{ name: 'Get', value: 'get', action: 'Get a driver', description: 'Get a driver by ID (司机详情)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many drivers', description: 'List drivers with filters (司机查询)' },
		{ name: 'Update', value: 'update', action: 'Update a driver', description: 'Change fields of a driver (司机修改)' },
	]),
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...update.description,
];
