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
	operationSelector('vehicleGroup', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a vehicle group', description: 'Add a vehicle group (车辆分组新增)' },
		{ name: 'Delete', value: 'delete', action: 'Delete a vehicle group', description: 'Delete a vehicle group (车辆分组删除)' },
		{ name: 'Get', value: 'get', action: 'Get a vehicle group', description: 'Get a vehicle group by ID (车辆分组详情)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many vehicle groups', description: 'List vehicle groups with filters (车辆分组查询)' },
		{ name: 'Update', value: 'update', action: 'Update a vehicle group', description: 'Change fields of a vehicle group (车辆分组修改)' },
	]),
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...update.description,
];
