import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../../common/fields';
import type { OperationModule } from '../../../common/router';
import * as approve from './approve.operation';
import * as cancel from './cancel.operation';
import * as complete from './complete.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as reject from './reject.operation';

export const operations: Record<string, OperationModule> = { approve, cancel, complete, create, get, getMany, reject };

export const description: INodeProperties[] = [
	operationSelector('vehicleRequest', 'create', [
		{ name: 'Approve', value: 'approve', action: 'Approve a vehicle request', description: 'Approve and dispatch a vehicle and driver (审批通过并派车)' },
		{ name: 'Cancel', value: 'cancel', action: 'Cancel a vehicle request', description: 'Cancel a pending or approved request (取消)' },
		{ name: 'Complete', value: 'complete', action: 'Complete a vehicle request', description: 'Check the vehicle back in after the trip (还车)' },
		{ name: 'Create', value: 'create', action: 'Create a vehicle request', description: 'Create a request from an OA form; the OA ID makes it exactly-once (发起用车申请)' },
		{ name: 'Get', value: 'get', action: 'Get a vehicle request', description: 'Get a request by ZhiGuanChe ID or OA Request ID (查询)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many vehicle requests', description: 'List requests by status, OA ID, applicant or vehicle' },
		{ name: 'Reject', value: 'reject', action: 'Reject a vehicle request', description: 'Reject a pending request (驳回)' },
	]),
	...approve.description,
	...cancel.description,
	...complete.description,
	...create.description,
	...get.description,
	...getMany.description,
	...reject.description,
];
