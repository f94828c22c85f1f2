import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as get from './get.operation';
import * as getDetails from './getDetails.operation';
import * as getMany from './getMany.operation';
import * as listAll from './listAll.operation';

export const operations: Record<string, OperationModule> = { getMany, get, getDetails, listAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		default: 'getMany',
		options: [
			{ name: 'Get', value: 'get', action: 'Get a ride order', description: 'Details of a ride order (用车订单详情)' },
			{ name: 'Get Details (Flight, Hotel, Train, Car)', value: 'getDetails', action: 'Get order details by category', description: 'Details of the order IDs List All Categories returns (机票/酒店/火车票/用车订单详情), up to 100 per call' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many ride orders', description: 'Ride orders in a date window (用车列表)' },
			{ name: 'List All Categories', value: 'listAll', action: 'List the order numbers of all categories', description: 'Flight, hotel, train and car order IDs in a time window (订单号列表); windows over 30 days are split' },
		],
	},
	...getMany.description,
	...get.description,
	...getDetails.description,
	...listAll.description,
];
