import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { approvalLocator, approvalTypeField } from './fields';
import { approvalKey, outApprovalScopeFields } from './locate';

export const description = showFor('approval', 'get', [
	approvalLocator,
	{ ...approvalTypeField, description: 'The type the approval was created with (scopes an Out Approval ID)' },
	...outApprovalScopeFields,
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const { key, detail } = await approvalKey.call(this, i, Number(this.getNodeParameter('approvalType', i, 1)));
	if (detail) return detail;
	const data = await didiData.call(this, { method: 'GET', path: '/open-apis/v1/approval/detail', qs: key, itemIndex: i });
	return data ?? {};
}
