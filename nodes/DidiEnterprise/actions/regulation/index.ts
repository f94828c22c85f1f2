import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import { operationSelector } from '../../../common/fields';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { get, getMany };

export const description: INodeProperties[] = [
	operationSelector('regulation', 'getMany', [
		{ name: 'Get', value: 'get', action: 'Get a regulation', description: 'Get a travel or ride policy (制度详情)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many regulations', description: 'List travel and ride policies (制度列表)' },
	]),
	...get.description,
	...getMany.description,
];
