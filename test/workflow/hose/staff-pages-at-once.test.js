// Hose Staff → Get Many reads the pages after the first a few at a time (Pages at Once, default 4) as real
// workflows against the Hose sandbox: records in order and exactly once, Limit, a total that changes during
// the read, a vendor error in the middle of the read, and the bound on requests at once seen in the sandbox's
// request log (each entry's start and duration) while every call takes 40 ms.
const { startHose } = require('./helpers');

const STAFFS = '/api/openapi/v1.1/staffs';

/** The most requests the sandbox was handling at the same moment, from its log (start time + duration). */
function mostAtOnce(entries) {
	const spans = entries.map((e) => [Date.parse(e.time), Date.parse(e.time) + e.durationMs]);
	let most = 0;
	for (const [start] of spans) most = Math.max(most, spans.filter(([s, end]) => s <= start && start < end).length);
	return most;
}

describe('Hose staff Get Many, pages at once', () => {
	let hose;
	beforeAll(async () => {
		hose = await startHose();
	});
	afterAll(() => hose && hose.close());
	beforeEach(() => hose.reset());

	const pages = () => hose.calls(STAFFS);
	const ids = (result) => result.json('Node').map((s) => s.id);
	const slowCalls = () => hose.control('POST', '/faults', { vendor: 'hose', slowMs: 40, slowRate: 1, includeAuth: false });
	/** The next call for the page at `start` answers `body` as it is. */
	const pageAnswer = (start, body) => hose.control('POST', '/faults', { vendor: 'hose', path: STAFFS, method: 'GET', query: { start: String(start) }, body });

	it('Return All: every staff member once, in Hose\'s order, each page asked once, at most 4 requests at once', async () => {
		const all = await hose.state('staffs');
		expect(all.length).toBeGreaterThan(900);
		await slowCalls();
		const result = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(ids(result)).toEqual(all.map((s) => s.id));
		const log = await pages();
		expect(log.map((p) => Number(p.query.start)).sort((a, b) => a - b)).toEqual(Array.from({ length: Math.ceil(all.length / 100) }, (_, k) => k * 100));
		const most = mostAtOnce(log);
		expect(most).toBeLessThanOrEqual(4);
		expect(most).toBeGreaterThanOrEqual(2);
	});

	it('Pages at Once 1 reads one page after the other; 0 or 11 fail before any request', async () => {
		const all = await hose.state('staffs');
		await slowCalls();
		const one = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: true, options: { pagesAtOnce: 1 } });
		expect(ids(one)).toEqual(all.map((s) => s.id));
		expect(mostAtOnce(await pages())).toBe(1);
		await hose.reset();
		for (const pagesAtOnce of [0, 11, 2.5]) {
			const bad = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: true, options: { pagesAtOnce } });
			expect(bad.status).toBe('error');
			expect(bad.error.message).toContain('(pagesAtOnce)');
		}
		expect(await pages()).toHaveLength(0);
	});

	it('Limit 350: exactly the first 350, pages 0–300 asked once each', async () => {
		const all = await hose.state('staffs');
		const result = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: false, limit: 350 });
		expect(ids(result)).toEqual(all.slice(0, 350).map((s) => s.id));
		expect((await pages()).map((p) => Number(p.query.start)).sort((a, b) => a - b)).toEqual([0, 100, 200, 300]);
	});

	it('a total that shrinks during the read: the short page ends it, nothing after it, nothing twice', async () => {
		const all = await hose.state('staffs');
		await pageAnswer(300, { count: 340, items: all.slice(300, 340) });
		await slowCalls();
		const result = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(ids(result)).toEqual(all.slice(0, 340).map((s) => s.id));
	});

	it('a total that grows during the read: a full page telling a larger total adds its pages, nothing twice', async () => {
		const all = await hose.state('staffs');
		await pageAnswer(0, { count: 150, items: all.slice(0, 100) });
		await slowCalls();
		const result = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(ids(result)).toEqual(all.map((s) => s.id));
		const starts = (await pages()).map((p) => Number(p.query.start));
		expect(new Set(starts).size).toBe(starts.length);
	});

	it('a vendor error on a page in the middle of the read is the node\'s NodeApiError', async () => {
		await hose.control('POST', '/faults', { vendor: 'hose', path: STAFFS, method: 'GET', query: { start: '500' }, status: 400, errorCode: 400, message: 'start参数错误', times: 10 });
		await slowCalls();
		const result = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: true });
		expect(result.status).toBe('error');
		expect(result.error.name).toBe('NodeApiError');
		expect(result.error.message).toMatch(/^Hose error 400: start参数错误/);
		expect(result.error.httpCode).toBe('400');
		// the pages asked for ahead were awaited: nothing of the run is still at the vendor
		const log = await pages();
		expect(log.some((p) => p.query.start === '500')).toBe(true);
	});
});
