import type { IDataObject, INode } from 'n8n-workflow';
import { paginate } from '../../common/pagination';
import type { RequestContext } from '../../common/types';
import { Validator } from '../../common/validation';
import { hoseRequest, listOf } from '../transport';

/** hose.md: lists page with `start` (0-based) and `count` ≤ 100. */
export const HOSE_PAGE_SIZE = 100;

export interface ListCall {
	method: 'GET' | 'POST';
	path: string;
	/** Filters: query parameters for GET, body fields for POST (where Hose also expects start/count). */
	filters?: IDataObject;
	itemIndex?: number;
}

/** A Hose list (`{count, items}`) read page by page with Return All / Limit. */
export async function hoseList(
	this: RequestContext,
	call: ListCall,
	{ returnAll, limit }: { returnAll: boolean; limit: number },
): Promise<IDataObject[]> {
	return await paginate(
		async ({ offset, pageSize }) => {
			const page = { ...(call.filters ?? {}), start: offset, count: pageSize };
			return listOf(
				await hoseRequest.call(this, {
					method: call.method,
					path: call.path,
					...(call.method === 'GET' ? { qs: page } : { body: page }),
					itemIndex: call.itemIndex,
				}),
			);
		},
		{ returnAll, limit, maxPageSize: HOSE_PAGE_SIZE },
	);
}

/** Return All / Limit as the operation's parameters say; a Limit that is not a whole number ≥ 1 fails before any request. */
export function readPaging(context: { getNodeParameter(name: string, i: number): unknown; getNode(): INode }, i: number) {
	const returnAll = context.getNodeParameter('returnAll', i) as boolean;
	if (returnAll) return { returnAll, limit: 0 };
	const limit = Number(context.getNodeParameter('limit', i));
	if (!Number.isInteger(limit) || limit < 1) {
		new Validator(context.getNode(), i).fail('Limit (limit)', `must be a whole number of at least 1 (got ${String(limit)})`);
	}
	return { returnAll, limit };
}
