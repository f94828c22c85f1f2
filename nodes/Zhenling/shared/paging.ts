/** Zhenling's paged queries [A]: `pageNo` (from 1) + `pageSize` (≤ 100) in, `{ total, list }` out. */
import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { paginate } from '../../common/pagination';
import { zhenlingData } from '../transport';

export const ZHENLING_MAX_PAGE_SIZE = 100;

export interface PageAnswer {
	total?: number;
	list?: IDataObject[];
}

/** Reads pages of `path` until Return All / Limit is satisfied. */
export async function pagedList(
	context: IExecuteFunctions | ILoadOptionsFunctions,
	path: string,
	body: IDataObject,
	{ returnAll, limit, itemIndex }: { returnAll: boolean; limit: number; itemIndex?: number },
): Promise<IDataObject[]> {
	return await paginate(
		async ({ pageIndex, pageSize }) => {
			const data = (await zhenlingData.call(context, {
				method: 'POST',
				path,
				body: { ...body, pageNo: pageIndex + 1, pageSize },
				itemIndex,
			})) as PageAnswer;
			const records = Array.isArray(data?.list) ? data.list : [];
			return { records, total: typeof data?.total === 'number' ? data.total : undefined };
		},
		{ returnAll, limit, maxPageSize: ZHENLING_MAX_PAGE_SIZE },
	);
}

/** Return All / Limit of item `i`. */
export function pageParameters(context: IExecuteFunctions, i: number): { returnAll: boolean; limit: number; itemIndex: number } {
	const returnAll = context.getNodeParameter('returnAll', i, false) as boolean;
	const limit = returnAll ? 0 : (context.getNodeParameter('limit', i, 50) as number);
	return { returnAll, limit, itemIndex: i };
}
