import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { routeOperations } from '../common/router';
import type { OperationMap } from '../common/router';
import * as contract from './actions/contract';
import * as maintenance from './actions/maintenance';
import * as maintenanceOrder from './actions/maintenanceOrder';
import * as repair from './actions/repair';

const operations: OperationMap = {
	repair: repair.operations,
	maintenance: maintenance.operations,
	contract: contract.operations,
	maintenanceOrder: maintenanceOrder.operations,
};

export class Zeyi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zeyi',
		name: 'zeyi',
		icon: { light: 'file:zeyi.svg', dark: 'file:zeyi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Answer repair and maintenance requests, push bills and contracts, void orders in Zeyi (则一)',
		defaults: { name: 'Zeyi' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'zeyiApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				default: 'repair',
				options: [
					{ name: 'Maintenance (保养)', value: 'maintenance' },
					{ name: 'Maintenance Contract (维保合同)', value: 'contract' },
					{ name: 'Maintenance Order (维保单)', value: 'maintenanceOrder' },
					{ name: 'Repair (维修)', value: 'repair' },
				],
			},
			...repair.description,
			...maintenance.description,
			...contract.description,
			...maintenanceOrder.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, operations);
	}
}
