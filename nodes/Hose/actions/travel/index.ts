import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as searchOrders from './searchOrders.operation';
import * as syncOrder from './syncOrder.operation';

export const operations: Record<string, OperationModule> = { searchOrders, syncOrder };

export const description: INodeProperties[] = [
	operationSelector('travel', 'searchOrders', [
		{ name: 'Search Orders', value: 'searchOrders', action: 'Search travel orders', description: 'Flight, hotel, train and car orders in Hose (订单管理)' },
		{ name: 'Sync Order', value: 'syncOrder', action: 'Sync a travel order', description: 'Push an order from your travel platform into Hose (同步订单信息)' },
	]),
	...syncOrder.description,
	...searchOrders.description,
];
