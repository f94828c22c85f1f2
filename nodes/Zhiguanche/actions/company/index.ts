import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as get from './get.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { get, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		default: 'get',
		options: [
			{ name: 'Get', value: 'get', action: 'Get the company information', description: 'Company name, credit code, address, contact (企业信息)' },
			{ name: 'Update', value: 'update', action: 'Update the company information', description: 'Align the company entity with your system (企业信息同步)' },
		],
	},
	...get.description,
	...update.description,
];
