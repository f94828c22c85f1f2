import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as parse from './parse.operation';

export const operations: Record<string, OperationModule> = { parse };

export const description: INodeProperties[] = [
	operationSelector('event', 'parse', [
		{ name: 'Parse Event', value: 'parse', action: 'Parse an event', description: 'Verify and normalize an event received from RabbitMQ or Kafka (消息队列事件)' },
	]),
	...parse.description,
];
