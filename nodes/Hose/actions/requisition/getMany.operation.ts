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
		options: [{ displayName: 'Owner Staff ID (staffId)', name: 'staffId', type: 'string', default: '' }],
	},
];

export const description = showFor('requisition', 'getMany', properties);

/** 获取申请事项列表 (`POST /api/openapi/v1/requisition/getData`, paging in the body). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const extra: IDataObject = filters.staffId ? { staffId: String(filters.staffId).trim() } : {};
	return await paginate(
		async ({ offset, pageSize }) =>
			listOf(await hoseRequest.call(this, { method: 'POST', path: '/api/openapi/v1/requisition/getData', body: { ...extra, start: offset, count: pageSize }, itemIndex: i })),
		{ returnAll, limit, maxPageSize: HOSE_PAGE_SIZE },
	);
}
