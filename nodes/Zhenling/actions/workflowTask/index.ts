import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as approve from './approve.operation';
import * as externalCallback from './externalCallback.operation';
import * as getDone from './getDone.operation';
import * as getTenantDone from './getTenantDone.operation';
import * as getTodos from './getTodos.operation';
import * as reject from './reject.operation';

export const operations: Record<string, OperationModule> = { approve, externalCallback, getDone, getTenantDone, getTodos, reject };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['workflowTask'] } },
		default: 'getTodos',
		options: [
			{ name: 'Approve', value: 'approve', action: 'Approve a task', description: 'Approve a workflow task as a user (7.5 审批同意指定工作流)' },
			{ name: 'Get My Done', value: 'getDone', action: 'Get the done tasks of a user', description: "A user's decided tasks (7.2 个人已办列表查询接口)" },
			{ name: 'Get My To-Dos', value: 'getTodos', action: 'Get the open tasks of a user', description: "A user's open tasks (7.1 个人待办列表查询接口)" },
			{ name: 'Get Tenant Done', value: 'getTenantDone', action: 'Get the done tasks of the tenant', description: 'Every decided task of the tenant (7.7 租户已办列表查询接口)' },
			{ name: 'Reject', value: 'reject', action: 'Reject a task', description: 'Reject a workflow task as a user (7.4 审批拒绝指定工作流)' },
			{ name: 'Report External Approval', value: 'externalCallback', action: 'Report an external approval result', description: 'Tell Zhenling the outcome of an approval in your system (3.43 外部系统审批后回调)' },
		],
	},
	...approve.description,
	...externalCallback.description,
	...getDone.description,
	...getTenantDone.description,
	...getTodos.description,
	...reject.description,
];
