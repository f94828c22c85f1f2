import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { paginate } from '../../../common/pagination';
import { HOSE_PAGE_SIZE } from '../../shared/paging';
import { hoseRequest, listOf } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [{ displayName: 'Approver ID (审批人ID)', name: 'approverId', type: 'string', default: '' }],
	},
];

export const description = showFor('document', 'getBacklog', properties);

/** 获取企业下所有待审批单据: documents waiting for approval. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const qs: IDataObject = filters.approverId ? { approverId: String(filters.approverId).trim() } : {};
	return await paginate(
		async ({ offset, pageSize }) =>
			listOf(await hoseRequest.call(this, { method: 'GET', path: '/api/openapi/v1/docs/backlog', qs: { ...qs, start: offset, count: pageSize }, itemIndex: i })),
		{ returnAll, limit, maxPageSize: HOSE_PAGE_SIZE },
	);
}
