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
	operationSelector('fuelCardGroup', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a fuel card group', description: 'Add a fuel card group (油卡分组新增)' },
		{ name: 'Delete', value: 'delete', action: 'Delete a fuel card group', description: 'Delete a fuel card group (油卡分组删除)' },
		{ name: 'Get', value: 'get', action: 'Get a fuel card group', description: 'Get a fuel card group by ID (油卡分组详情)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many fuel card groups', description: 'List fuel card groups with filters (油卡分组查询)' },
		{ name: 'Update', value: 'update', action: 'Update a fuel card group', description: 'Change fields of a fuel card group (油卡分组修改)' },
	]),
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...update.description,
];
