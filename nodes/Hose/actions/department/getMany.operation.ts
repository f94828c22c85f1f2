import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { paginate } from '../../../common/pagination';
import { HOSE_PAGE_SIZE } from '../../shared/paging';
import { hoseRequest, listOf } from '../../transport';

const properties: INodeProperties[] = [...returnAllAndLimit()];

export const description = showFor('department', 'getMany', properties);

/** 获取部门列表(包含停用部门): disabled departments are included (`active: false`). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	return await paginate(
		async ({ offset, pageSize }) =>
			listOf(
				await hoseRequest.call(this, {
					method: 'GET',
					path: '/api/openapi/v1/departments',
					qs: { start: offset, count: pageSize },
					itemIndex: i,
				}),
			),
		{ returnAll, limit, maxPageSize: HOSE_PAGE_SIZE },
	);
}
