import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { routeOperations } from '../common/router';
import type { OperationMap } from '../common/router';
import * as afterApproval from './actions/afterApproval';
import * as approval from './actions/approval';
import * as bill from './actions/bill';
import * as budgetCenter from './actions/budgetCenter';
import * as city from './actions/city';
import * as legalEntity from './actions/legalEntity';
import * as member from './actions/member';
import * as order from './actions/order';
import * as rank from './actions/rank';
import * as regulation from './actions/regulation';
import * as role from './actions/role';
import * as traveler from './actions/traveler';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

const operations: OperationMap = {
	approval: approval.operations,
	order: order.operations,
	member: member.operations,
	budgetCenter: budgetCenter.operations,
	regulation: regulation.operations,
	city: city.operations,
	role: role.operations,
	rank: rank.operations,
	bill: bill.operations,
	traveler: traveler.operations,
	afterApproval: afterApproval.operations,
	legalEntity: legalEntity.operations,
};

export class DidiEnterprise implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'DiDi Enterprise',
		name: 'didiEnterprise',
		icon: { light: 'file:didi.svg', dark: 'file:didi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage approvals, orders, members and budget centers in DiDi Enterprise (滴滴企业版)',
		defaults: { name: 'DiDi Enterprise' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'didiEnterpriseApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				default: 'approval',
				options: [
					{ name: 'After-Trip Approval (行后审批)', value: 'afterApproval' },
					{ name: 'Approval (申请单)', value: 'approval' },
					{ name: 'Bill (账单)', value: 'bill' },
					{ name: 'Budget Center (部门/项目)', value: 'budgetCenter' },
					{ name: 'City (城市)', value: 'city' },
					{ name: 'Legal Entity (公司主体)', value: 'legalEntity' },
					{ name: 'Member (员工)', value: 'member' },
					{ name: 'Order (订单)', value: 'order' },
					{ name: 'Rank (职级)', value: 'rank' },
					{ name: 'Regulation (制度)', value: 'regulation' },
					{ name: 'Role (角色)', value: 'role' },
					{ name: 'Traveler (外部出行人)', value: 'traveler' },
				],
			},
			...approval.description,
			...order.description,
			...member.description,
			...budgetCenter.description,
			...regulation.description,
			...city.description,
			...role.description,
			...rank.description,
			...bill.description,
			...traveler.description,
			...afterApproval.description,
			...legalEntity.description,
		],
	};

	methods = { loadOptions, listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, operations);
	}
}
