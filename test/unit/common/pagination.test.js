const { paginate } = require('../../../nodes/common/pagination');

const source = (n) => Array.from({ length: n }, (_, i) => i);
const pager = (data, calls) => async ({ offset, pageSize }) => {
	calls.push({ offset, pageSize });
	return { records: data.slice(offset, offset + pageSize), total: data.length };
};

describe('paginate', () => {
	test('returnAll reads every page with offsets that are multiples of the page size', async () => {
		const calls = [];
		const out = await paginate(pager(source(250), calls), { returnAll: true, limit: 0, maxPageSize: 100 });
		expect(out).toEqual(source(250));
		expect(calls).toEqual([
			{ offset: 0, pageSize: 100 },
			{ offset: 100, pageSize: 100 },
			{ offset: 200, pageSize: 100 },
		]);
	});

	test('a limit below the page size reads one small page', async () => {
		const calls = [];
		const out = await paginate(pager(source(250), calls), { returnAll: false, limit: 7, maxPageSize: 100 });
		expect(out).toEqual(source(7));
		expect(calls).toEqual([{ offset: 0, pageSize: 7 }]);
	});

	test('a limit above the page size stops as soon as it is reached', async () => {
		const calls = [];
		const out = await paginate(pager(source(1000), calls), { returnAll: false, limit: 150, maxPageSize: 100 });
		expect(out).toHaveLength(150);
		expect(calls.map((c) => c.offset)).toEqual([0, 100]);
	});

	test('stops on a short page when the vendor gives no total', async () => {
		const calls = [];
		const out = await paginate(
			async ({ offset, pageSize }) => {
				calls.push(offset);
				return { records: source(130).slice(offset, offset + pageSize) };
			},
			{ returnAll: true, limit: 0, maxPageSize: 50 },
		);
		expect(out).toHaveLength(130);
		expect(calls).toEqual([0, 50, 100]);
	});

	test('an exact multiple ends on the total without an empty extra request', async () => {
		const calls = [];
		await paginate(pager(source(200), calls), { returnAll: true, limit: 0, maxPageSize: 100 });
		expect(calls).toHaveLength(2);
	});
});

describe('paginate with pages at once (concurrency)', () => {
	/** A page source that answers after `delayMs` and records how many pages were in flight at once. */
	/**
	 * @param {number[]} data
	 * @param {{ delayMs?: number, totals?: (pageIndex: number) => number | undefined, pages?: (pageIndex: number) => any }} [options]
	 */
	const slowPager = (data, { delayMs = 5, totals = () => data.length, pages = () => undefined } = {}) => {
		const seen = { calls: [], inFlight: 0, maxInFlight: 0 };
		const fetch = async ({ offset, pageSize, pageIndex }) => {
			seen.calls.push(offset);
			seen.inFlight += 1;
			seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
			// later pages answer sooner, so answers arrive out of order
			await new Promise((resolve) => setTimeout(resolve, delayMs + (pageIndex % 4 === 1 ? 3 * delayMs : 0)));
			seen.inFlight -= 1;
			const own = pages(pageIndex);
			if (own instanceof Error) throw own;
			return own ?? { records: data.slice(offset, offset + pageSize), total: totals(pageIndex) };
		};
		return { fetch, seen };
	};

	test('keeps page order and the exact count with at most `concurrency` pages in flight', async () => {
		const { fetch, seen } = slowPager(source(1050));
		const out = await paginate(fetch, { returnAll: true, limit: 0, maxPageSize: 100, concurrency: 4 });
		expect(out).toEqual(source(1050));
		expect([...seen.calls].sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, k) => k * 100));
		expect(seen.maxInFlight).toBe(4);
	});

	test('without a total it reads one page at a time whatever the concurrency', async () => {
		const { fetch, seen } = slowPager(source(330), { totals: () => undefined });
		const out = await paginate(fetch, { returnAll: true, limit: 0, maxPageSize: 100, concurrency: 4 });
		expect(out).toEqual(source(330));
		expect(seen.maxInFlight).toBe(1);
		expect(seen.calls).toEqual([0, 100, 200, 300]);
	});

	test('a limit asks only for the pages it needs', async () => {
		const { fetch, seen } = slowPager(source(2000));
		const out = await paginate(fetch, { returnAll: false, limit: 350, maxPageSize: 100, concurrency: 4 });
		expect(out).toEqual(source(350));
		expect([...seen.calls].sort((a, b) => a - b)).toEqual([0, 100, 200, 300]);
	});

	test('a total that shrinks during the read: a short page ends it, pages asked ahead are dropped', async () => {
		const data = source(1000);
		const { fetch } = slowPager(data, { pages: (k) => (k === 3 ? { records: data.slice(300, 340), total: 340 } : undefined) });
		const out = await paginate(fetch, { returnAll: true, limit: 0, maxPageSize: 100, concurrency: 4 });
		expect(out).toEqual(source(340));
	});

	test('a total that grows during the read: a full page with a larger total adds the pages it implies', async () => {
		const data = source(730);
		const { fetch, seen } = slowPager(data, { totals: (k) => (k === 0 ? 150 : data.length) });
		const out = await paginate(fetch, { returnAll: true, limit: 0, maxPageSize: 100, concurrency: 4 });
		expect(out).toEqual(data);
		expect(new Set(seen.calls).size).toBe(seen.calls.length);
	});

	test('a failed page fails the read after the pages in flight settled', async () => {
		const { fetch, seen } = slowPager(source(1000), { pages: (k) => (k === 2 ? new Error('page 2 refused') : undefined) });
		await expect(paginate(fetch, { returnAll: true, limit: 0, maxPageSize: 100, concurrency: 4 })).rejects.toThrow('page 2 refused');
		expect(seen.inFlight).toBe(0);
	});
});

describe('paginate edges', () => {
	test('a limit of 0 or below reads nothing', async () => {
		const calls = [];
		expect(await paginate(pager(source(10), calls), { returnAll: false, limit: 0, maxPageSize: 5 })).toEqual([]);
		expect(await paginate(pager(source(10), calls), { returnAll: false, limit: -3, maxPageSize: 5 })).toEqual([]);
		expect(calls).toEqual([]);
	});

	test('page index and offset per page; a page larger than asked is cut at the limit', async () => {
		const pages = [];
		const out = await paginate(
			async (page) => {
				pages.push(page);
				return { records: source(8).map((n) => n + page.offset) };
			},
			{ returnAll: false, limit: 6, maxPageSize: 10 },
		);
		expect(out).toEqual([0, 1, 2, 3, 4, 5]);
		expect(pages).toEqual([{ offset: 0, pageSize: 6, pageIndex: 0 }]);
	});

	test('a total that is not a page multiple stops after the page holding its last record; a total of 0 after the first', async () => {
		const calls = [];
		const full = async ({ offset, pageSize, pageIndex }) => {
			calls.push(pageIndex);
			return { records: source(pageSize).map((n) => n + offset), total: 25 };
		};
		expect(await paginate(full, { returnAll: true, limit: 0, maxPageSize: 10 })).toHaveLength(30);
		expect(calls).toEqual([0, 1, 2]);
		const none = [];
		await paginate(
			async ({ pageSize }) => {
				none.push(pageSize);
				return { records: source(pageSize), total: 0 };
			},
			{ returnAll: true, limit: 0, maxPageSize: 4 },
		);
		expect(none).toEqual([4]);
	});

	test('full pages without a total go on until a short one; exactly the limit stops', async () => {
		const calls = [];
		const out = await paginate(
			async ({ offset, pageSize }) => {
				calls.push(offset);
				return { records: source(pageSize).map((n) => n + offset) };
			},
			{ returnAll: false, limit: 20, maxPageSize: 10 },
		);
		expect(out).toEqual(source(20));
		expect(calls).toEqual([0, 10]);
	});
});
