import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as checkCanStart from './checkCanStart.operation';
import * as checkSubmit from './checkSubmit.operation';
import * as deleteNew from './deleteNew.operation';
import * as deleteOld from './deleteOld.operation';
import * as getInFlight from './getInFlight.operation';

export const operations: Record<string, OperationModule> = { checkCanStart, checkSubmit, deleteNew, deleteOld, getInFlight };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contractChange'] } },
		default: 'getInFlight',
		options: [
			{ name: 'Check Can Start', value: 'checkCanStart', action: 'Check whether a new change can start', description: 'Whether a new change may be started on a contract (3.48 是否可发起新变更校验接口)' },
			{ name: 'Check Submit', value: 'checkSubmit', action: 'Check whether an old change can be submitted', description: 'Submit check of an old change (3.47 旧变更提交校验接口)' },
			{ name: 'Delete New Change', value: 'deleteNew', action: 'Delete a new change', description: 'Delete an in-flight new change (3.46 合同新变更删除)' },
			{ name: 'Delete Old Change', value: 'deleteOld', action: 'Delete an old change', description: 'Delete an in-flight old change (3.45 合同老变更删除)' },
			{ name: 'Get In-Flight', value: 'getInFlight', action: 'Get the pending changes of a contract', description: 'Whether the contract has a change in flight (3.19 查询合同是否存在在途的变更)' },
		],
	},
	...checkCanStart.description,
	...checkSubmit.description,
	...deleteNew.description,
	...deleteOld.description,
	...getInFlight.description,
];
