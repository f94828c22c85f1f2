// Orders: ride orders (date window, filters, Return All / Limit), details, and the all-category order list
// with automatic 30-day windows.
const { startDidi, calls, unwrap } = require('./helpers');

describe('DiDi orders', () => {
	let didi;
	beforeAll(async () => {
		didi = await startDidi();
	});
	afterAll(() => didi && didi.close());
	beforeEach(() => didi.reset());

	const chinaDay = (offsetDays) => new Date(Date.now() + 8 * 3600e3 + offsetDays * 86400e3).toISOString().slice(0, 10);

	it('lists ride orders in a date window with Return All and with a limit; gets one', async () => {
		const window = { startDate: chinaDay(-365), endDate: chinaDay(0) };
		const all = await didi.run({ resource: 'order', operation: 'getMany', ...window, returnAll: true });
		expect(all.error).toBeUndefined();
		const orders = all.json('Node');
		for (const page of calls(await didi.log(), '/river/Order/get')) {
			const q = page.query || page.params || {};
			expect(Number(q.offset) % Number(q.length)).toBe(0);
		}
		const two = await didi.run({ resource: 'order', operation: 'getMany', ...window, returnAll: false, limit: 2 });
		expect(two.json('Node')).toHaveLength(Math.min(2, orders.length));
		if (orders.length) {
			const got = await didi.run({ resource: 'order', operation: 'get', orderId: String(orders[0].order_id) });
			expect(got.error).toBeUndefined();
			expect(String(got.json('Node')[0].order_id)).toBe(String(orders[0].order_id));
		}
	});

	it('validates the ride-order window before any request', async () => {
		const reversed = await didi.run({ resource: 'order', operation: 'getMany', startDate: '2026-05-02', endDate: '2026-05-01', returnAll: true });
		expect(reversed.error.message).toMatch(/end_date.*\[item 0\]/);
		const format = await didi.run({ resource: 'order', operation: 'getMany', startDate: '20260501', endDate: '2026-05-01', returnAll: true });
		expect(format.error.message).toMatch(/start_date.*YYYY-MM-DD/);
		expect(calls(await didi.log(), '/river/Order/get')).toHaveLength(0);
	});

	it('surfaces vendor errors for ride orders', async () => {
		const unknown = await didi.run({ resource: 'order', operation: 'get', orderId: '1' });
		expect(unknown.status).toBe('error');
		expect(unknown.error.message).toMatch(/DiDi Enterprise error/);
		await didi.fault('/river/Order/get', 10001, { errmsg: 'bad window' });
		const list = await didi.run({ resource: 'order', operation: 'getMany', startDate: chinaDay(-3), endDate: chinaDay(0), returnAll: true });
		expect(list.error.message).toMatch(/10001/);
	});

	it('lists all-category order ids, splitting a long window into ≤30-day windows', async () => {
		const start = new Date(Date.now() - 75 * 86400e3).toISOString();
		const end = new Date().toISOString();
		const result = await didi.run({ resource: 'order', operation: 'listAll', orderType: 'all', timeType: 'all', startTime: start, endTime: end, returnAll: true });
		expect(result.error).toBeUndefined();
		const requests = calls(await didi.log(), '/open-apis/v1/order/list');
		const windows = new Set();
		for (const request of requests) {
			const body = request.body || request.params || {};
			const query = JSON.parse(body.param_json);
			const from = Date.parse(query.search_time.start_time.replace(' ', 'T') + '+08:00');
			const to = Date.parse(query.search_time.end_time.replace(' ', 'T') + '+08:00');
			expect(to - from).toBeLessThanOrEqual(30 * 86400e3);
			windows.add(query.search_time.start_time);
		}
		expect(windows.size).toBe(3);
		const ids = result.json('Node').map((o) => `${o.category}:${o.order_id}`);
		expect(new Set(ids).size).toBe(ids.length);
		const seededOrders = unwrap(await didi.state('orders'));
		expect(Array.isArray(seededOrders)).toBe(true);
	});

	it('surfaces vendor errors for the order list', async () => {
		await didi.fault('/open-apis/v1/order/list', 10001, { errmsg: 'time range too long' });
		const result = await didi.run({ resource: 'order', operation: 'listAll', orderType: 'car', timeType: 'all', startTime: new Date(Date.now() - 86400e3).toISOString(), endTime: new Date().toISOString(), returnAll: true });
		expect(result.error.message).toMatch(/10001/);
	});
});
