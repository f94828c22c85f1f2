import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';
import { paginate } from '../../common/pagination';
import type { RequestContext } from '../../common/types';
import { Validator } from '../../common/validation';
import { hoseRequest, listOf } from '../transport';

/** hose.md: lists page with `start` (0-based) and `count` ≤ 100. */
export const HOSE_PAGE_SIZE = 100;

/**
 * Pages of one list read at once once the first page told the total (`count`). hose.md names no rate or
 * concurrency rule for the list endpoints ("some APIs QPS 1–5", none named): 4 is an assumption
 * (docs/vendors/hose.md), the option `Pages at Once` sets it; 1 reads one page after the other.
 */
export const HOSE_PAGES_AT_ONCE = 4;

/** The `Pages at Once` option of a Hose Get Many (in its Options collection). */
export const pagesAtOnceOption: INodeProperties = {
	displayName: 'Pages at Once',
	name: 'pagesAtOnce',
	type: 'number',
	default: HOSE_PAGES_AT_ONCE,
	typeOptions: { minValue: 1, maxValue: 10, numberPrecision: 0 },
	description:
		'How many pages of 100 to ask Hose for at the same time once the first page has told the total. Records stay in order. Set 1 if Hose answers your tenant with rate-limit errors.',
};

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
	{ returnAll, limit, concurrency = HOSE_PAGES_AT_ONCE }: { returnAll: boolean; limit: number; concurrency?: number },
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
		{ returnAll, limit, maxPageSize: HOSE_PAGE_SIZE, concurrency },
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

/** The `Pages at Once` option as the operation's parameters say (a whole number 1–10, else it fails before any request). */
export function readPagesAtOnce(context: { getNodeParameter(name: string, i: number, fallback?: unknown): unknown; getNode(): INode }, i: number): number {
	const options = context.getNodeParameter('options', i, {}) as IDataObject;
	if (options.pagesAtOnce === undefined || options.pagesAtOnce === '') return HOSE_PAGES_AT_ONCE;
	const value = Number(options.pagesAtOnce);
	if (!Number.isInteger(value) || value < 1 || value > 10) {
		new Validator(context.getNode(), i).fail('Pages at Once (pagesAtOnce)', `must be a whole number from 1 to 10 (got ${String(options.pagesAtOnce)})`);
	}
	return value;
}
