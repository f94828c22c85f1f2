import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getQuota from './getQuota.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { create, update, delete: del, get, getMany, getQuota };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['member'] } },
		default: 'create',
		options: [
			{ name: 'Create', value: 'create', action: 'Create a member', description: 'Add an employee (用户新增); a re-run resolves to the existing member' },
			{ name: 'Delete', value: 'delete', action: 'Delete a member', description: 'Remove an employee (用户删除)' },
			{ name: 'Get', value: 'get', action: 'Get a member', description: 'Get an employee by ID, phone or employee number (员工明细)' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many members', description: 'List employees with filters (员工列表)' },
			{ name: 'Get Quota', value: 'getQuota', action: 'Get the quota of members', description: 'Monthly ride quota per member (员工限额查询), up to six months' },
			{ name: 'Update', value: 'update', action: 'Update a member', description: 'Change an employee (用户修改)' },
		],
	},
	...create.description,
	...update.description,
	...del.description,
	...get.description,
	...getMany.description,
	...getQuota.description,
];
