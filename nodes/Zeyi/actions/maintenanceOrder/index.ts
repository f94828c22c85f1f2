import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as voidOrder from './void.operation';

export const operations: Record<string, OperationModule> = { void: voidOrder };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['maintenanceOrder'] } },
		default: 'void',
		options: [
			{
				name: 'Void',
				value: 'void',
				action: 'Void a maintenance order',
				description: 'Cancel a maintenance order; refused by Zeyi once settled or paid (维保单作废)',
			},
		],
	},
	...voidOrder.description,
];
