import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { paginate } from '../../../common/pagination';
import { recordsOf, returnAllAndLimit, showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { approvalLocator } from './fields';
import { approvalKey } from './locate';

const properties: INodeProperties[] = [
	{ ...approvalLocator, default: { mode: 'id', value: '' }, hint: "DiDi's approval ID (from Create or a notification). An Out Approval ID is looked up first." },
	...returnAllAndLimit(),
];

export const description = showFor('approval', 'getOrders', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const key = approvalKey.call(this, i);
	let approvalId = key.approval_id as string | undefined;
	if (!approvalId) {
		const detail = await didiData.call(this, { method: 'GET', path: '/open-apis/v1/approval/detail', qs: key, itemIndex: i });
		approvalId = detail?.approval_id ? String(detail.approval_id) : undefined;
		if (!approvalId) {
			throw new NodeOperationError(this.getNode(), `DiDi has no approval with out_approval_id ${String(key.out_approval_id)} [item ${i}]`, { itemIndex: i });
		}
	}
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	return await paginate(
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
}
