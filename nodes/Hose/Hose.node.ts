import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { routeOperations } from '../common/router';
import type { OperationMap } from '../common/router';
import * as accounting from './actions/accounting';
import * as approval from './actions/approval';
import * as department from './actions/department';
import * as document from './actions/document';
import * as ebot from './actions/ebot';
import * as requisition from './actions/requisition';
import * as staff from './actions/staff';
import * as travel from './actions/travel';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

const operations: OperationMap = {
	staff: staff.operations,
	department: department.operations,
	document: document.operations,
	approval: approval.operations,
	ebot: ebot.operations,
	requisition: requisition.operations,
	travel: travel.operations,
	accounting: accounting.operations,
};

export class Hose implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hose',
		name: 'hose',
		icon: { light: 'file:hose.svg', dark: 'file:hose.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Sync staff and departments, create and approve documents, write back vouchers in Hose (合思 / 易快报)',
		defaults: { name: 'Hose' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'hoseApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				default: 'staff',
				options: [
					{ name: 'Accounting (凭证/支付)', value: 'accounting' },
					{ name: 'Approval (审批)', value: 'approval' },
					{ name: 'Department (部门)', value: 'department' },
					{ name: 'Document (单据)', value: 'document' },
					{ name: 'EBot', value: 'ebot' },
					{ name: 'Requisition (申请事项)', value: 'requisition' },
					{ name: 'Staff (员工)', value: 'staff' },
					{ name: 'Travel (行程订单)', value: 'travel' },
				],
			},
			...staff.description,
			...department.description,
			...document.description,
			...approval.description,
			...ebot.description,
			...requisition.description,
			...travel.description,
			...accounting.description,
		],
	};

	methods = { loadOptions, listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, operations);
	}
}
