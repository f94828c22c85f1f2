import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { compact, showFor } from '../../shared/fields';
import { didiRequest } from '../../transport';
import { collectApprovalParams } from './build';
import { approvalExtraFields, approvalLocator, approvalTypeField, passengerField, tripFields } from './fields';
import { approvalKey, outApprovalScopeFields } from './locate';
import { clearTravelBudgetField } from './travelBudget';

const properties: INodeProperties[] = [
	approvalLocator,
	{ ...approvalTypeField, description: 'The type the approval was created with' },
	...outApprovalScopeFields,
	{ displayName: 'Reason (申请原因)', name: 'reason', type: 'string', default: '', description: 'At most 200 characters; empty keeps the current reason' },
	...tripFields,
	passengerField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...approvalExtraFields, clearTravelBudgetField],
	},
];

export const description = showFor('approval', 'update', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const params = await collectApprovalParams.call(this, i, v);
	const { key } = await approvalKey.call(this, i, Number(params.approval_type));
	await didiRequest.call(this, { method: 'POST', path: '/river/Approval/update', body: compact({ ...params, ...key }), itemIndex: i });
	return { ...key, approval_type: params.approval_type, updated: true };
}
