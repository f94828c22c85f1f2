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
		displayOptions: { show: { resource: ['maintenance'] } },
		default: 'confirm',
		options: [
			{
				name: 'Confirm',
				value: 'confirm',
				action: 'Confirm a maintenance request',
				description: 'Answer a maintenance request: can maintain or not, expected time, station (车辆保养确认)',
			},
			{
				name: 'Push Bill',
				value: 'pushBill',
				action: 'Push a maintenance bill',
				description: 'Send the maintenance bill: fees, MAINTAIN/REPAIR lines, next maintenance, photos, totals (车辆保养清单)',
			},
		],
	},
	...confirm.description,
	...pushBill.description,
];
