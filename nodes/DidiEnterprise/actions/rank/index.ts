import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import { operationSelector } from '../../../common/fields';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { create, update, delete: del, getMany };

export const description: INodeProperties[] = [
	operationSelector('rank', 'getMany', [
		{ name: 'Create', value: 'create', action: 'Create a rank', description: 'Add a rank (职级新增); a company has at most 500' },
		{ name: 'Delete', value: 'delete', action: 'Delete a rank', description: 'Remove a rank (职级删除)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many ranks', description: 'List ranks (职级查询)' },
		{ name: 'Update', value: 'update', action: 'Update a rank', description: 'Rename a rank (职级修改)' },
	]),
	...create.description,
	...update.description,
	...del.description,
	...getMany.description,
];
