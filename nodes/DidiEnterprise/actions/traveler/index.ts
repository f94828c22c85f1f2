import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import { operationSelector } from '../../../common/fields';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { create, update, delete: del };

export const description: INodeProperties[] = [
	operationSelector('traveler', 'create', [
			{ name: 'Create', value: 'create', action: 'Create an external traveler', description: 'Add an external traveler (外部出行人新增); use its ID as an approval passenger' },
			{ name: 'Delete', value: 'delete', action: 'Delete an external traveler', description: 'Remove an external traveler (外部出行人删除)' },
			{ name: 'Update', value: 'update', action: 'Update an external traveler', description: 'Change an external traveler (外部出行人修改)' },
		]),
	...create.description,
	...update.description,
	...del.description,
];
