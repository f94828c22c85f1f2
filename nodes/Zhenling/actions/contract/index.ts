import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as cancelArchive from './cancelArchive.operation';
import * as create from './create.operation';
import * as deleteContract from './delete.operation';
import * as getMany from './getMany.operation';
import * as getRelated from './getRelated.operation';
import * as getTemplateVariables from './getTemplateVariables.operation';
import * as update from './update.operation';
import * as updatePerformance from './updatePerformance.operation';

export const operations: Record<string, OperationModule> = {
	cancelArchive,
	create,
	delete: deleteContract,
	getMany,
	getRelated,
	getTemplateVariables,
	update,
	updatePerformance,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contract'] } },
		default: 'create',
		options: [
			{ name: 'Cancel Archive', value: 'cancelArchive', action: 'Cancel the archiving of a contract', description: 'Take an archived contract out of the archive (合同取消归档)' },
			{ name: 'Create', value: 'create', action: 'Create contracts', description: 'Create contracts from uploaded files, many per call (3.40 创建合同, asynchronous)' },
			{ name: 'Delete', value: 'delete', action: 'Delete contracts', description: 'Delete draft contracts, many per call (3.21 批量合同删除, asynchronous)' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many contracts', description: 'List contracts in pages (3.24 合同列表查询)' },
			{ name: 'Get Related Data', value: 'getRelated', action: 'Get related data of a contract', description: 'Counterparties, lines, plans, approvals, archive, attachments … of a contract (3.27–3.41)' },
			{ name: 'Get Template Variables', value: 'getTemplateVariables', action: 'Get the variables of a contract template', description: 'The variables of a contract template (3.6 模板变量查询)' },
			{ name: 'Update', value: 'update', action: 'Update a contract', description: 'Modify or change a contract (3.49 合同修改及变更, asynchronous)' },
			{ name: 'Update Performance', value: 'updatePerformance', action: 'Update the performance of a contract', description: 'Performance (履约) status and progress of a signed contract (合同履约信息更新)' },
		],
	},
	...cancelArchive.description,
	...create.description,
	...deleteContract.description,
	...getMany.description,
	...getRelated.description,
	...getTemplateVariables.description,
	...update.description,
	...updatePerformance.description,
];
