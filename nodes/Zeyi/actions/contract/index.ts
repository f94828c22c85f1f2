import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as push from './push.operation';
import * as voidContract from './void.operation';

export const operations: Record<string, OperationModule> = { push, void: voidContract };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contract'] } },
		default: 'push',
		options: [
			{
				name: 'Push',
				value: 'push',
				action: 'Push a maintenance contract',
				description: 'Send a maintenance contract with its detail lines (车辆维保合同推送)',
			},
			{
				name: 'Void',
				value: 'void',
				action: 'Void a maintenance contract',
				description: 'Cancel a maintenance contract (车辆维保合同作废)',
			},
		],
	},
	...push.description,
	...voidContract.description,
];
