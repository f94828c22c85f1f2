import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../shared/fields';
import { didiRequest } from '../../transport';
import { approvalLocator, approvalTypeField } from './fields';
import { approvalKey, outApprovalScopeFields } from './locate';

const properties: INodeProperties[] = [
	approvalLocator,
	{ ...approvalTypeField, description: 'The type the approval was created with (scopes an Out Approval ID)' },
	...outApprovalScopeFields,
	{
		displayName: 'Force (强制取消)',
		name: 'force',
		type: 'boolean',
		default: false,
		description: 'Whether to cancel even with open orders (DiDi must have enabled forced cancellation for the company)',
	},
];

export const description = showFor('approval', 'cancel', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	// By Out Approval ID: resolved within approval type + applicant first, then cancelled by DiDi's approval_id.
	const { key } = await approvalKey.call(this, i, Number(this.getNodeParameter('approvalType', i, 1)));
	const force = this.getNodeParameter('force', i, false) as boolean;
	await didiRequest.call(this, {
		method: 'POST',
		path: '/river/Approval/cancel',
		body: { approval_id: key.approval_id, ...(force ? { is_force: 1 } : {}) },
		itemIndex: i,
	});
	return { ...key, cancelled: true };
}
