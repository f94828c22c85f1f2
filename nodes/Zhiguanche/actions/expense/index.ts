import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getStatistics from './getStatistics.operation';
import * as getTypes from './getTypes.operation';

export const operations: Record<string, OperationModule> = { create, get, getMany, getStatistics, getTypes };

export const description: INodeProperties[] = [
	operationSelector('expense', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create an expense', description: 'Record a vehicle expense (费用录入)' },
		{ name: 'Get', value: 'get', action: 'Get an expense', description: 'Get one expense by ID' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many expenses', description: 'List expenses by type, vehicle, driver, department or time (费用查询)' },
		{ name: 'Get Statistics', value: 'getStatistics', action: 'Get expense statistics', description: 'Totals by department, vehicle, type or month (费用统计)' },
		{ name: 'Get Types', value: 'getTypes', action: 'Get the expense types', description: 'Every expense type code and name (费用类型)' },
	]),
	...create.description,
	...get.description,
	...getMany.description,
	...getStatistics.description,
	...getTypes.description,
];
