import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { routeOperations } from '../common/router';
import type { OperationMap } from '../common/router';
import * as department from './actions/department';
import * as staff from './actions/staff';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

const operations: OperationMap = {
	staff: staff.operations,
	department: department.operations,
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
					{ name: 'Department (部门)', value: 'department' },
					{ name: 'Staff (员工)', value: 'staff' },
				],
			},
			...staff.description,
			...department.description,
		],
	};

	methods = { loadOptions, listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, operations);
	}
}
