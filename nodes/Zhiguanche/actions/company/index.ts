import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as get from './get.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { get, update };

export const description: INodeProperties[] = [
	operationSelector('company', 'get', [
		{ name: 'Get', value: 'get', action: 'Get the company information', description: 'Company name, credit code, address, contact (企业信息)' },
		{ name: 'Update', value: 'update', action: 'Update the company information', description: 'Align the company entity with your system (企业信息同步)' },
	]),
	...get.description,
	...update.description,
];
