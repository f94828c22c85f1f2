import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getRecords from './getRecords.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { create, delete: del, get, getRecords, getMany, update };

export const description: INodeProperties[] = [
	operationSelector('fuelCard', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a fuel card', description: 'Add a fuel card (油卡新增)' },
		{ name: 'Delete', value: 'delete', action: 'Delete a fuel card', description: 'Delete a fuel card (油卡删除)' },
		{ name: 'Get', value: 'get', action: 'Get a fuel card', description: 'Get a fuel card by ID (油卡详情)' },
		{ name: 'Get Consumption Records', value: 'getRecords', action: 'Get consumption records of a fuel card', description: 'Fuel consumption records of a card (消费记录), optionally in a time window' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many fuel cards', description: 'List fuel cards with filters (油卡查询)' },
		{ name: 'Update', value: 'update', action: 'Update a fuel card', description: 'Change fields of a fuel card (油卡修改)' },
	]),
	...create.description,
	...del.description,
	...get.description,
	...getRecords.description,
	...getMany.description,
	...update.description,
];
