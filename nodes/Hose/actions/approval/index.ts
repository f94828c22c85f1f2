import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as approve from './approve.operation';
import * as nullify from './nullify.operation';
import * as reject from './reject.operation';

export const operations: Record<string, OperationModule> = { approve, nullify, reject };

export const description: INodeProperties[] = [
	operationSelector('approval', 'approve', [
		{ name: 'Approve', value: 'approve', action: 'Approve documents', description: 'Agree as the current approver (freeflow.agree)' },
		{ name: 'Nullify', value: 'nullify', action: 'Nullify documents', description: 'Void documents in approval (freeflow.nullify)' },
		{ name: 'Reject', value: 'reject', action: 'Reject documents', description: 'Send documents back with a comment (freeflow.reject)' },
	]),
	...approve.description,
	...reject.description,
	...nullify.description,
];
