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
