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
	operationSelector('department', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a department', description: 'Add a department under a parent (新增部门)' },
		{ name: 'Disable', value: 'disable', action: 'Disable a department', description: 'Disable a department and its sub-departments (停用部门)' },
		{ name: 'Enable', value: 'enable', action: 'Enable a department', description: 'Enable a department again (启用部门)' },
		{ name: 'Get', value: 'get', action: 'Get a department', description: 'Get a department by ID, code, name or path' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many departments', description: 'List departments, disabled ones included (获取部门列表)' },
		{ name: 'Update', value: 'update', action: 'Update a department', description: 'Rename, recode or move a department (修改部门信息)' },
		{
			name: 'Upsert Many',
			value: 'upsertMany',
			action: 'Create or update many departments',
			description: 'Sync departments by code; parents by code or ID (批量新增部门)',
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
