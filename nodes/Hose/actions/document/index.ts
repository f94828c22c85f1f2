import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getApprovalLog from './getApprovalLog.operation';
import * as getApprovalStates from './getApprovalStates.operation';
import * as getBacklog from './getBacklog.operation';
import * as submit from './submit.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { create, get, getApprovalLog, getApprovalStates, getBacklog, submit, update };

export const description: INodeProperties[] = [
	operationSelector('document', 'get', [
		{ name: 'Create', value: 'create', action: 'Create a document', description: 'Create a requisition, expense report or loan from a template (创建单据); idempotent by outerCode' },
		{ name: 'Get', value: 'get', action: 'Get a document', description: 'Get a document by flow ID, code or outerCode (单据详情)' },
		{ name: 'Get Approval Log', value: 'getApprovalLog', action: 'Get the approval log of a document', description: 'Every approval step of a document (所有待办已办事项)' },
		{ name: 'Get Approval States', value: 'getApprovalStates', action: 'Get approval states of documents', description: 'The approval state of many documents (获取单据审批状态)' },
		{ name: 'Get Pending Approvals', value: 'getBacklog', action: 'Get pending approvals', description: 'Documents waiting for approval (待审批单据)' },
		{ name: 'Submit', value: 'submit', action: 'Submit a document', description: 'Submit a draft for approval (提交单据)' },
		{ name: 'Update', value: 'update', action: 'Update a document', description: 'Change a draft or rejected document (更新单据)' },
	]),
	...create.description,
	...update.description,
	...submit.description,
	...get.description,
	...getApprovalStates.description,
	...getApprovalLog.description,
	...getBacklog.description,
];
