export interface Page<T> {
	records: T[];
	/** Total number of records, when the vendor says. */
	total?: number;
}

export interface PaginateOptions {
	/** Read every page. */
	returnAll: boolean;
	/** Stop after this many records when not returnAll. */
	limit: number;
	/** The vendor's maximum page size. Pages stay this size so offset-based vendors see aligned offsets. */
	maxPageSize: number;
}

/**
 * Reads pages lazily until the limit is reached, a short page arrives or the total is read. `fetchPage`
 * receives a 0-based offset that is always a multiple of `pageSize` (DiDi requires that) and the page index.
 */
export async function paginate<T>(
	fetchPage: (page: { offset: number; pageSize: number; pageIndex: number }) => Promise<Page<T>>,
	{ returnAll, limit, maxPageSize }: PaginateOptions,
): Promise<T[]> {
	const wanted = returnAll ? Infinity : Math.max(0, limit);
	const pageSize = returnAll ? maxPageSize : Math.min(maxPageSize, Math.max(1, wanted));
	const out: T[] = [];
	for (let pageIndex = 0; out.length < wanted; pageIndex++) {
		const { records, total } = await fetchPage({ offset: pageIndex * pageSize, pageSize, pageIndex });
		out.push(...records);
		const readAll = total !== undefined && (pageIndex + 1) * pageSize >= total;
		if (records.length < pageSize || readAll) break;
	}
	return out.length > wanted ? out.slice(0, wanted) : out;
}
