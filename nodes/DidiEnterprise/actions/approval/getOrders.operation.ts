import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { paginate } from '../../../common/pagination';
import { recordsOf, returnAllAndLimit, showFor } from '../../shared/fields';
import { outputProperties, shapeOutput } from '../../../common/output';
import { RIDE_ORDER } from '../../shared/rideOrder';
import { didiData } from '../../transport';
import { approvalLocator, approvalTypeField } from './fields';
import { approvalKey, outApprovalScopeFields } from './locate';

const properties: INodeProperties[] = [
	{ ...approvalLocator, default: { mode: 'id', value: '' }, hint: "DiDi's approval ID (from Create or a notification). An Out Approval ID is looked up first, within its approval type and applicant." },
	{ ...approvalTypeField, description: 'The type the approval was created with (scopes an Out Approval ID)' },
	...outApprovalScopeFields,
	...returnAllAndLimit(),
	...outputProperties(RIDE_ORDER),
];

export const description = showFor('approval', 'getOrders', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { key } = await approvalKey.call(this, i, Number(this.getNodeParameter('approvalType', i, 1)));
	const approvalId = String(key.approval_id);
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	const shape = shapeOutput(this, i, RIDE_ORDER);
	const orders = await paginate(
		async ({ offset, pageSize }) =>
			recordsOf(
				await didiData.call(this, {
					method: 'GET',
					path: '/river/Approval/getOrder',
					qs: { approval_id: approvalId, offset, length: pageSize },
					itemIndex: i,
				}),
			),
		{ returnAll, limit, maxPageSize: 100 },
	);
	return orders.map(shape);
}
