// Order → Get Details: the flight, hotel, train (and car) ids List All Categories returns, fetched from
// /api-gateway/g/{flight,hotel,train}/orderDetail — "最多支持查询100个订单" per call, so ids of all items are
// batched per category — and /river/Order/detail for cars. Real workflows against the sandbox.
const { startDidi, calls, unwrap } = require('./helpers');
const { didiChain, runAfterRevoke } = require('./fixtures');

describe('DiDi order details by category', () => {
	let didi;
	let travel;
	beforeAll(async () => {
		didi = await startDidi();
	});
	afterAll(() => didi && didi.close());
	beforeEach(async () => {
		await didi.reset();
		travel = unwrap(await didi.control('GET', '/state/didi/travelOrders?_limit=1000'));
	});
	const ofCategory = (category) => travel.filter((o) => o.category === category).map((o) => o.order_id);
	const details = (category, orderIds, extra = {}) => ({ resource: 'order', operation: 'getDetails', category, orderIds, ...extra });

	it('List All Categories → Get Details: every flight id of the list comes back with its details, in one call', async () => {
		const year = { startTime: new Date(Date.now() - 360 * 86400e3).toISOString(), endTime: new Date().toISOString() };
		const workflow = didiChain(didi, [
			['List', { resource: 'order', operation: 'listAll', orderType: 'domesticflight', timeType: 'all', ...year, returnAll: true }],
			['Details', details('={{ $json.category }}', '={{ $json.order_id }}')],
		]);
		const run = await didi.harness.runWorkflow(workflow);
		expect(run.error).toBeUndefined();
		const listed = run.json('List').map((r) => r.order_id);
		expect(listed.length).toBeGreaterThan(5);
		const got = run.json('Details');
		expect(got.map((r) => r.order_id)).toEqual(listed);
		for (const record of got) {
			expect(record.category).toBe('domesticflight');
			expect(record.order_info.order_id).toBe(record.order_id);
		}
		// pairedItem: each detail belongs to the list item that carried its id.
		expect(run.items('Details').map((item) => item.pairedItem.item)).toEqual(listed.map((_, k) => k));
		const requests = calls(await didi.log(), '/api-gateway/g/flight/orderDetail');
		expect(requests).toHaveLength(1);
		expect(Number(requests[0].body.product_type)).toBe(1);
		expect(requests[0].body.order_ids.split(',')).toEqual(listed);
	});

	it('batches ids of many items ≤ 100 per call; unknown ids are skipped, or fail when asked', async () => {
		const real = ofCategory('domestichotel');
		const fake = Array.from({ length: 150 - real.length }, (_, k) => String(39000000000 + k));
		const items = [...real, ...fake].map((id) => ({ json: { id } }));
		const result = await didi.run(details('domestichotel', '={{ $json.id }}'), items);
		expect(result.error).toBeUndefined();
		expect(result.json('Node').map((r) => r.order_id)).toEqual(real);
		const requests = calls(await didi.log(), '/api-gateway/g/hotel/orderDetail');
		expect(requests.map((r) => r.body.order_ids.split(',').length)).toEqual([100, 50]);
		expect(requests.every((r) => Number(r.body.product_type) === 1)).toBe(true);

		const strict = await didi.run(details('domestichotel', `${real[0]},${fake[0]}`, { ifNotFound: 'error' }));
		expect(strict.status).toBe('error');
		expect(strict.error.message).toContain(`Order IDs (order_ids) : DiDi returned no domestichotel order for ${fake[0]} [item 0]`);
	});

	it('international hotels, international flights, trains and cars each reach their own endpoint', async () => {
		for (const [category, path, productType] of [
			['internationalhotel', '/api-gateway/g/hotel/orderDetail', 2],
			['internationalflight', '/api-gateway/g/flight/orderDetail', 2],
			['train', '/api-gateway/g/train/orderDetail', undefined],
		]) {
			const ids = ofCategory(category).slice(0, 2);
			expect(ids).toHaveLength(2);
			await didi.control('DELETE', '/log');
			const result = await didi.run(details(category, ids.join(', ')));
			expect(result.error).toBeUndefined();
			expect(result.json('Node').map((r) => r.order_id)).toEqual(ids);
			const [request] = calls(await didi.log(), path);
			expect(request.body.product_type).toBe(productType);
		}
		const rides = unwrap(await didi.control('GET', '/state/didi/orders?_limit=2'));
		const car = await didi.run(details('car', rides.map((o) => o.order_id)));
		expect(car.error).toBeUndefined();
		expect(car.json('Node').map((r) => [r.order_id, r.category])).toEqual(rides.map((o) => [o.order_id, 'car']));
		expect(calls(await didi.log(), '/river/Order/detail')).toHaveLength(2);
	});

	it('DiDi refusals become errors with errno and message; continueOnFail gives every item its error', async () => {
		await didi.fault('/api-gateway/g/train/orderDetail', 10001, { errmsg: 'order_ids格式错误' });
		const failed = await didi.run(details('train', ofCategory('train')[0]));
		expect(failed.status).toBe('error');
		expect(failed.error.message).toBe('DiDi Enterprise error 10001: order_ids格式错误');
		await didi.fault('/api-gateway/g/train/orderDetail', 10001, { errmsg: 'order_ids格式错误' });
		const items = ofCategory('train').slice(0, 2).map((id) => ({ json: { id } }));
		const soft = await didi.run(details('train', '={{ $json.id }}'), items, { onError: 'continueRegularOutput' });
		expect(soft.items('Node').map((item) => [item.json.error, item.pairedItem.item])).toEqual([
			['DiDi Enterprise error 10001: order_ids格式错误 [item 0]', 0],
			['DiDi Enterprise error 10001: order_ids格式错误 [item 1]', 1],
		]);
	});

	it('validates before any request', async () => {
		const empty = await didi.run(details('domesticflight', ' , '));
		expect(empty.error.message).toBe('Order IDs (order_ids) is required [item 0]');
		const wrong = await didi.run(details('bus', '1'));
		expect(wrong.error.message).toMatch(/^Category \(order_type\) must be one of .* \(got "bus"\) \[item 0\]$/);
		const log = await didi.log();
		expect(calls(log, '/orderDetail')).toHaveLength(0);
		expect(calls(log, '/river/Order/detail')).toHaveLength(0);
	});

	it('an expired token is refreshed once', async () => {
		const ids = ofCategory('train').slice(0, 3);
		const { result, expired, authorized, preAuthentications } = await runAfterRevoke(didi, () => didi.run(details('train', ids.join(','))));
		expect(result.error).toBeUndefined();
		expect(result.json('Node').map((r) => r.order_id)).toEqual(ids);
		expect([expired, authorized, preAuthentications]).toEqual([1, 1, 1]);
	});
});
