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
	/**
	 * Pages in flight at once (default 1). Only pages a page's `total` says exist are asked for ahead, so a
	 * vendor that tells no total is read one page at a time whatever this says.
	 */
	concurrency?: number;
}

/**
 * Reads pages until the limit is reached, a short page arrives or the total is read. `fetchPage` receives a
 * 0-based offset that is always a multiple of `pageSize` (DiDi requires that) and the page index.
 *
 * With `concurrency` > 1, once a page has told the total, up to that many of the pages the total implies are
 * asked for at once; records are still appended strictly in page order and the stop rules are those of the
 * one-at-a-time read, applied to each page in order with the total that page told: a short (or empty) page
 * ends the read, a later full page whose total grew adds the pages it implies. Pages asked for ahead of a
 * stop are awaited and dropped (never appended), so no request is left running and nothing is counted twice.
 * At most `concurrency` pages are held beyond the output.
 */
export async function paginate<T>(
	fetchPage: (page: { offset: number; pageSize: number; pageIndex: number }) => Promise<Page<T>>,
	{ returnAll, limit, maxPageSize, concurrency = 1 }: PaginateOptions,
): Promise<T[]> {
	const wanted = returnAll ? Infinity : Math.max(0, limit);
	const pageSize = returnAll ? maxPageSize : Math.min(maxPageSize, Math.max(1, wanted));
	const width = Math.max(1, Math.floor(Number(concurrency) || 1));
	const lastWanted = wanted === Infinity ? Infinity : Math.ceil(wanted / pageSize);
	const ahead = new Map<number, Promise<Page<T>>>();
	let asked = 0;
	let known = 1; // pages known to exist (page 0 always)
	const ask = (pageIndex: number) => {
		const page = fetchPage({ offset: pageIndex * pageSize, pageSize, pageIndex });
		page.catch(() => undefined); // a page dropped after a stop or an earlier failure must not go unhandled
		ahead.set(pageIndex, page);
	};
	const out: T[] = [];
	try {
		for (let pageIndex = 0; out.length < wanted; pageIndex++) {
			while (asked < Math.min(known, lastWanted, pageIndex + width)) ask(asked++);
			const page = ahead.get(pageIndex) as Promise<Page<T>>;
			ahead.delete(pageIndex);
			const { records, total } = await page;
			for (const record of records) out.push(record);
			const readAll = total !== undefined && (pageIndex + 1) * pageSize >= total;
			if (records.length < pageSize || readAll) break;
			known = Math.max(known, pageIndex + 2, width > 1 && total !== undefined ? Math.ceil(total / pageSize) : 0);
		}
	} finally {
		if (ahead.size) await Promise.allSettled(ahead.values());
	}
	return out.length > wanted ? out.slice(0, wanted) : out;
}
