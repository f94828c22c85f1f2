import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { routeOperations } from '../common/router';
import type { OperationMap } from '../common/router';
import * as contract from './actions/contract';
import * as contractChange from './actions/contractChange';
import * as counterparty from './actions/counterparty';
import * as employee from './actions/employee';
import * as file from './actions/file';
import * as invoice from './actions/invoice';
import * as material from './actions/material';
import * as organization from './actions/organization';
import * as paymentPlan from './actions/paymentPlan';
import * as position from './actions/position';
import * as receiptPlan from './actions/receiptPlan';
import * as valueSet from './actions/valueSet';
import * as workflowTask from './actions/workflowTask';
import { searchContracts, searchCounterparties } from './methods/listSearch';
import { noRegistration } from './shared/hooks';
import { resumeWithResult } from './shared/wait';

const resources = {
	contract,
	contractChange,
	counterparty,
	employee,
	file,
	invoice,
	material,
	organization,
	paymentPlan,
	position,
	receiptPlan,
	valueSet,
	workflowTask,
};

const operations: OperationMap = Object.fromEntries(Object.entries(resources).map(([name, r]) => [name, r.operations]));

export class Zhenling implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zhenling',
		name: 'zhenling',
		icon: { light: 'file:zhenling.svg', dark: 'file:zhenling.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Master data, contracts with files, fulfilment and approvals in Zhenling (甄零) contract management',
		defaults: { name: 'Zhenling' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'zhenlingApi', required: true }],
		// "Wait for Result": Zhenling POSTs the result to this execution's resume URL (like the Wait node's webhook).
		webhooks: [{ name: 'default', httpMethod: 'POST', path: '', restartWebhook: true, responseMode: 'onReceived' }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				default: 'contract',
				options: [
					{ name: 'Contract (合同)', value: 'contract' },
					{ name: 'Contract Change (合同变更)', value: 'contractChange' },
					{ name: 'Counterparty (相对方)', value: 'counterparty' },
					{ name: 'Employee (员工)', value: 'employee' },
					{ name: 'File (文件)', value: 'file' },
					{ name: 'Invoice (开票信息)', value: 'invoice' },
					{ name: 'Material (物料)', value: 'material' },
					{ name: 'Organization (组织)', value: 'organization' },
					{ name: 'Payment Plan (付款计划)', value: 'paymentPlan' },
					{ name: 'Position (岗位)', value: 'position' },
					{ name: 'Receipt Plan (收款计划)', value: 'receiptPlan' },
					{ name: 'Value Set (值集)', value: 'valueSet' },
					{ name: 'Workflow Task (工作流)', value: 'workflowTask' },
				],
			},
			...Object.values(resources).flatMap((r) => r.description),
		],
	};

	methods = { listSearch: { searchContracts, searchCounterparties } };

	webhookMethods = noRegistration;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await resumeWithResult.call(this);
	}

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, operations);
	}
}
