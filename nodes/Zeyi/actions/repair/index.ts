import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as confirm from './confirm.operation';
import * as pushBill from './pushBill.operation';

export const operations: Record<string, OperationModule> = { confirm, pushBill };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['repair'] } },
		default: 'confirm',
		options: [
			{
				name: 'Confirm',
				value: 'confirm',
				action: 'Confirm a repair request',
				description: 'Answer a repair request: can repair or not, expected time, station (车辆维修确认)',
			},
			{
				name: 'Push Bill',
				value: 'pushBill',
				action: 'Push a repair bill',
				description: 'Send the repair bill: fees, project lines, photos, totals (车辆维修清单)',
			},
		],
	},
	...confirm.description,
	...pushBill.description,
];
