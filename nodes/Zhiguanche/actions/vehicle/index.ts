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
	operationSelector('vehicle', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a vehicle', description: 'Add a vehicle (车辆新增)' },
		{ name: 'Delete', value: 'delete', action: 'Delete a vehicle', description: 'Delete a vehicle (车辆删除)' },
		{ name: 'Get', value: 'get', action: 'Get a vehicle', description: 'Get a vehicle by ID (车辆详情)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many vehicles', description: 'List vehicles with filters (车辆查询)' },
		{ name: 'Update', value: 'update', action: 'Update a vehicle', description: 'Change fields of a vehicle (车辆修改)' },
	]),
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...update.description,
];
