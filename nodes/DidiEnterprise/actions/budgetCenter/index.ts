import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { create, update, delete: del, get, getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['budgetCenter'] } },
		default: 'create',
		options: [
			{ name: 'Create', value: 'create', action: 'Create a budget center', description: 'Add a department or project (部门或项目新增), one at a time as DiDi requires' },
			{ name: 'Delete', value: 'delete', action: 'Delete a budget center', description: 'Disable a department or project (停用)' },
			{ name: 'Get', value: 'get', action: 'Get a budget center', description: 'Get a department or project by ID' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many budget centers', description: 'List departments or projects (部门或项目查询)' },
			{ name: 'Update', value: 'update', action: 'Update a budget center', description: 'Change a department or project (修改)' },
		],
	},
	...create.description,
	...update.description,
	...del.description,
	...get.description,
	...getMany.description,
];
