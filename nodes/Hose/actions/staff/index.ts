import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as create from './create.operation';
import * as disable from './disable.operation';
import * as enable from './enable.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';
import * as upsertMany from './upsertMany.operation';

export const operations: Record<string, OperationModule> = { create, disable, enable, get, getMany, update, upsertMany };

export const description: INodeProperties[] = [
	operationSelector('staff', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a staff member', description: 'Add an employee (新增员工)' },
		{ name: 'Disable', value: 'disable', action: 'Disable staff', description: 'Disable employees (停用员工)' },
		{ name: 'Enable', value: 'enable', action: 'Enable staff', description: 'Enable employees again (启用员工)' },
		{ name: 'Get', value: 'get', action: 'Get a staff member', description: 'Get an employee by ID or code (查询员工)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many staff', description: 'List employees, e.g. changed since a time (获取员工列表)' },
		{ name: 'Update', value: 'update', action: 'Update a staff member', description: 'Change an employee by ID or code (修改员工)' },
		{
			name: 'Upsert Many',
			value: 'upsertMany',
			action: 'Create or update many staff',
			description: 'Sync employees by code in batches of up to 100 (批量新增 / 批量修改员工)',
		},
	]),
	...create.description,
	...update.description,
	...get.description,
	...getMany.description,
	...enable.description,
	...disable.description,
	...upsertMany.description,
];
