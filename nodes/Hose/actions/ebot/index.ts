import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as accept from './accept.operation';
import * as refuse from './refuse.operation';

export const operations: Record<string, OperationModule> = { accept, refuse };

export const description: INodeProperties[] = [
	operationSelector('ebot', 'accept', [
		{ name: 'Accept', value: 'accept', action: `Accept an EBot node`, description: 'Let the document pass the EBot node (外部服务回调: accept)' },
		{ name: 'Refuse', value: 'refuse', action: `Refuse an EBot node`, description: 'Stop the document at the EBot node (外部服务回调: refuse)' },
	]),
	...accept.description,
	...refuse.description,
];
