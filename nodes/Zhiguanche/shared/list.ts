import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { mapConcurrent } from '../../common/concurrency';
import { paginate } from '../../common/pagination';
import type { RequestContext } from '../../common/types';
import { Validator } from '../../common/validation';
import { zgcData } from '../transport';

/** The contract's page size limit. */
export const ZGC_MAX_PAGE = 100;

interface ZgcPage {
	list?: IDataObject[];
	total?: number | string;
}

/** Reads one list page `{list, total}` (a bare array is one complete page). */
export function pageOf(data: unknown): { records: IDataObject[]; total?: number } {
	if (Array.isArray(data)) return { records: data as IDataObject[], total: data.length };
	const page = (data ?? {}) as ZgcPage;
	const total = page.total === undefined ? undefined : Number(page.total);
	return { records: Array.isArray(page.list) ? page.list : [], total: Number.isFinite(total) ? total : undefined };
}

export interface ListCall {
	path: string;
	qs?: IDataObject;
	itemIndex?: number;
	returnAll: boolean;
	limit: number;
	/** Page size ceiling for this endpoint (default 100). */
	maxPageSize?: number;
}

/** Pages requested at once when the total is known (the transport's pacing keeps them within the rate limit). */
const PARALLEL_PAGES = 16;

/**
 * GET a paged list: `pageNo` (1-based) and `pageSize` in the query, pages read until the limit or the total.
 * With Return All, the first page's `total` says how many pages follow; they are read 16 at a time, in order.
 */
export async function listRecords(this: RequestContext, call: ListCall): Promise<IDataObject[]> {
	if (call.returnAll) return ((await mapAllPages.call(this, call, PARALLEL_PAGES, async (records) => records)) as IDataObject[][]).flat();
	return await paginate(
		async ({ pageIndex, pageSize }) =>
			pageOf(
				await zgcData.call(this, {
					method: 'GET',
					path: call.path,
					qs: { ...(call.qs ?? {}), pageNo: pageIndex + 1, pageSize },
					itemIndex: call.itemIndex,
				}),
			),
		{ returnAll: call.returnAll, limit: call.limit, maxPageSize: call.maxPageSize ?? ZGC_MAX_PAGE },
	);
}

/**
 * Return All, with each page handed to `onPage` as soon as it arrives (`parallel` pages and their follow-up
 * work in flight): the first page's `total` says how many pages follow. Answers onPage's results in page
 * order. Lets a caller pipeline per-page requests (locations of a page's vehicles) behind the listing.
 */
export async function mapAllPages<R>(
	this: RequestContext,
	call: Omit<ListCall, 'returnAll' | 'limit'>,
	parallel: number,
	onPage: (records: IDataObject[]) => Promise<R>,
): Promise<R[]> {
	const pageSize = call.maxPageSize ?? ZGC_MAX_PAGE;
	const fetchPage = async (pageNo: number) =>
		pageOf(await zgcData.call(this, { method: 'GET', path: call.path, qs: { ...(call.qs ?? {}), pageNo, pageSize }, itemIndex: call.itemIndex }));
	const first = await fetchPage(1);
	const count = first.total === undefined || first.records.length < pageSize ? 1 : Math.max(1, Math.ceil(first.total / pageSize));
	return await mapConcurrent(Array.from({ length: count }, (_, k) => k + 1), parallel, async (pageNo) =>
		await onPage(pageNo === 1 ? first.records : (await fetchPage(pageNo)).records),
	);
}

/** Items of a run from which Upsert Many considers reading the whole list instead of one lookup per item. */
const INDEX_FROM_ITEMS = 10;

/** Per node run (the context all its items share) and list path: records by Outer ID, or none (lookups). */
const outerIdIndexes = new WeakMap<object, Map<string, Promise<Map<string, IDataObject> | undefined>>>();

/**
 * For an Upsert Many of many items: every record of `path` by its Outer ID, read once per node run when the
 * list's pages are fewer calls than one lookup per item (a one-record page tells the total first); otherwise
 * undefined, and the caller looks each item up. The caller keeps the index current with what it writes.
 */
export async function outerIdIndex(this: IExecuteFunctions, path: string, itemIndex: number): Promise<Map<string, IDataObject> | undefined> {
	const items = this.getInputData().length;
	if (items < INDEX_FROM_ITEMS) return undefined;
	let perRun = outerIdIndexes.get(this);
	if (!perRun) {
		perRun = new Map();
		outerIdIndexes.set(this, perRun);
	}
	let index = perRun.get(path);
	if (!index) {
		index = (async () => {
			const { total } = pageOf(await zgcData.call(this, { method: 'GET', path, qs: { pageNo: 1, pageSize: 1 }, itemIndex }));
			if (total === undefined || Math.ceil(total / ZGC_MAX_PAGE) >= items) return undefined;
			const records = await listRecords.call(this, { path, itemIndex, returnAll: true, limit: 0 });
			return new Map(records.filter((r) => r.outerId !== undefined && r.outerId !== '').map((r) => [String(r.outerId), r]));
		})();
		perRun.set(path, index);
	}
	return await index;
}

/** Return All / Limit of the current item. */
export function readPaging(context: IExecuteFunctions, i: number): { returnAll: boolean; limit: number } {
	const returnAll = context.getNodeParameter('returnAll', i) as boolean;
	if (returnAll) return { returnAll, limit: 0 };
	const limit = Number(context.getNodeParameter('limit', i));
	if (!Number.isInteger(limit) || limit < 1) new Validator(context.getNode(), i).fail('Limit (limit)', `must be a whole number ≥ 1 (got ${String(limit)})`);
	return { returnAll, limit };
}

/** The one record whose `field` equals `value` (exact list filter), or undefined. */
export async function findBy(
	this: RequestContext,
	path: string,
	field: string,
	value: string,
	itemIndex?: number,
): Promise<IDataObject | undefined> {
	const { records } = pageOf(
		await zgcData.call(this, { method: 'GET', path, qs: { [field]: value, pageNo: 1, pageSize: 2 }, itemIndex }),
	);
	return records.find((r) => String(r[field]) === value);
}
