// Requisitions (申请事项), travel orders and accounting write-back as real workflows against the Hose sandbox:
// list / get / close requisitions, sync and search orders, voucher write-back on paid documents and payment
// results judged by Hose's per-document result code; validation, vendor errors, token expiry.
const { startHose } = require('./helpers');
const { ORDER_ENTITIES } = require('../../../sandbox/vendors/hose/state');

describe('Hose requisitions, travel and accounting', () => {
	let hose;
	beforeAll(async () => {
		hose = await startHose();
	});
	afterAll(() => hose && hose.close());
	beforeEach(() => hose.reset());

	it('lists requisitions (paging in the body), filters by owner, gets one, closes some', async () => {
		const all = await hose.state('requisitions');
		const listed = await hose.run({ resource: 'requisition', operation: 'getMany', returnAll: true });
		expect(listed.json('Node').map((r) => r.id)).toEqual(all.map((r) => r.id));
		expect((await hose.calls('/requisition/getData'))[0].body).toEqual({ start: 0, count: 100 });
		const mine = await hose.run({ resource: 'requisition', operation: 'getMany', returnAll: false, limit: 5, filters: { staffId: all[0].ownerId } });
		expect(mine.json('Node').every((r) => r.ownerId === all[0].ownerId)).toBe(true);
		const got = await hose.run({ resource: 'requisition', operation: 'get', requisitionId: all[1].id });
		expect(got.json('Node')[0]).toMatchObject({ id: all[1].id, state: 'ACTIVE' });
		const closed = await hose.run({ resource: 'requisition', operation: 'close', requisitionIds: `${all[1].id},${all[2].id}` });
		expect(closed.json('Node')[0]).toEqual({ ids: [all[1].id, all[2].id], closed: true });
		expect((await hose.state('requisitions')).filter((r) => r.state === 'CLOSED').map((r) => r.id)).toEqual([all[1].id, all[2].id]);
		const unknown = await hose.run({ resource: 'requisition', operation: 'close', requisitionIds: 'nope' });
		expect(unknown.error.message).toBe('Hose error 412: 申请事项不存在: nope');
	});

	const order = (extra = {}) => ({
		resource: 'travel',
		operation: 'syncOrder',
		orderNo: 'DD-20260501-1',
		orderType: 'taxi',
		orderSummary: '望京-国贸',
		orderDate: '2026-05-01T09:30:00+08:00',
		orderStatus: '确认订单',
		orderCategory: '主订单',
		travelType: '因公',
		realAmount: '35.20',
		bookingPlatform: '滴滴企业版',
		...extra,
	});

	it('syncs an order with the document\'s required fields; a re-sync updates the same record', async () => {
		const first = await hose.run(order({ additionalFields: { travelPeople: 'S1, S2', orderJson: '{"carNumber":"京A12345"}' } }));
		expect(first.error).toBeUndefined();
		const [sent] = (await hose.calls('/synTravelOrder'))[0].body.data;
		expect(sent).toMatchObject({ orderNo: 'DD-20260501-1', initialOrderNo: 'DD-20260501-1', parentOrderNo: 'DD-20260501-1', orderDate: String(Date.parse('2026-05-01T09:30:00+08:00')), realAmount: '35.20', travelPeople: ['S1', 'S2'], carNumber: '京A12345' });
		await hose.run(order({ realAmount: '36' }));
		const stored = await hose.state('syncedOrders');
		expect(stored).toHaveLength(1);
		expect(stored[0].realAmount).toBe('36');
	});

	it('bad order input fails before any request; Hose refuses what it does not know', async () => {
		for (const [change, message] of /** @type {Array<[object, RegExp]>} */ ([
			[{ realAmount: '35.201' }, /Paid Amount \(realAmount\) must have at most 2 decimal places/],
			[{ orderDate: 'soon' }, /Order Date \(orderDate\) must be a date/],
			[{ orderNo: 'DD 1' }, /Order No. \(orderNo\) must not contain spaces/],
		])) {
			expect((await hose.run(order(change))).error.message).toMatch(message);
		}
		expect(await hose.log()).toHaveLength(0);
		await hose.fault('/synTravelOrder', 400, 'bookingPlatform不能为空');
		expect((await hose.run(order())).error.message).toBe('Hose error 400: bookingPlatform不能为空');
	});

	it('searches the orders of one business object (entityId; Return All / Limit; created window) and refuses an end before the start', async () => {
		const entityId = ORDER_ENTITIES.flight;
		const all = await hose.run({ resource: 'travel', operation: 'searchOrders', entityId, returnAll: true });
		expect(all.error).toBeUndefined();
		const orders = all.json('Node');
		const flights = (await hose.state('travelOrders')).filter((o) => /flight$/.test(o.category));
		expect(orders.map((o) => o.订单号).sort()).toEqual(flights.map((o) => o.order_id).sort());
		// Simplify (default): the E_<entityId>_ prefix is gone; the order's main fields, at most 10 (n8n's guideline).
		expect(Object.keys(orders[0])).toEqual(['id', 'code', 'name', '订单号', '订单状态', '订单金额', '出行人', '出发地', '到达地', 'createTime']);
		expect(orders[0]).toEqual(expect.objectContaining({ code: expect.any(String), 订单金额: expect.objectContaining({ standard: expect.any(String) }), createTime: expect.any(Number) }));
		const pages = await hose.calls('/TRAVEL_MANAGEMENT/searchOrders');
		expect(pages.map((p) => [p.body.entityId, p.body.start, p.body.count])).toEqual(pages.map((_, k) => [entityId, k * 100, 100]));
		const raw = await hose.run({ resource: 'travel', operation: 'searchOrders', entityId, returnAll: false, limit: 7, simplify: false });
		expect(raw.json('Node')).toHaveLength(7);
		expect(raw.json('Node')[0]).toEqual({ dataLink: expect.objectContaining({ [`E_${entityId}_订单号`]: expect.any(String) }), ledger: {}, planned: {}, plans: [], ledgers: [] });
		expect((await hose.calls('/TRAVEL_MANAGEMENT/searchOrders')).pop().body).toEqual({ entityId, start: 0, count: 7 });
		const since = await hose.run({ resource: 'travel', operation: 'searchOrders', entityId, returnAll: true, filters: { startDate: '2026-05-01T08:00:00+08:00' } });
		expect(since.error).toBeUndefined();
		expect((await hose.calls('/TRAVEL_MANAGEMENT/searchOrders')).pop().body).toMatchObject({ startDate: '2026-05-01 08:00:00' });
		await hose.control('DELETE', '/log');
		const reversed = await hose.run({ resource: 'travel', operation: 'searchOrders', entityId, returnAll: true, filters: { startDate: '2026-05-02', endDate: '2026-05-01' } });
		expect(reversed.error.message).toMatch(/Created Before \(endDate\) must be on or after .*\[item 0\]/);
		const blank = await hose.run({ resource: 'travel', operation: 'searchOrders', entityId: '={{ "" }}', returnAll: true });
		expect(blank.error.message).toMatch(/Business Object ID \(业务对象ID\) \(entityId\) is required \[item 0\]/);
		expect(await hose.log()).toEqual([]);
	});

	it('posts a payment result (R00000) and then writes back the voucher of the paid document', async () => {
		const paying = (await hose.state('flows')).find((f) => f.state === 'paying');
		const early = await hose.run({ resource: 'accounting', operation: 'writeVoucher', flowId: paying.id, voucherNo: 'PZ-1', voucherCreateTime: '2026-05-03T10:00:00+08:00' });
		expect(early.error.message).toMatch(/^Hose error 400: .*不是已支付状态/);
		const paid = await hose.run({ resource: 'accounting', operation: 'postPaymentResult', flowId: paying.id, result: 'P00001' });
		expect(paid.json('Node')[0]).toEqual({ flowId: paying.id, code: 'P00001', result: 'R00000', posted: true });
		const voucher = await hose.run({ resource: 'accounting', operation: 'writeVoucher', flowId: paying.id, voucherNo: 'PZ-2026-0001', voucherCreateTime: '2026-05-03T10:00:00+08:00', fiscalPeriod: '2026-05' });
		expect(voucher.error).toBeUndefined();
		expect((await hose.calls('/erpVoucher')).pop().body).toEqual({ voucher: [{ flowId: paying.id, voucherNo: 'PZ-2026-0001', voucherCreateTime: String(Date.parse('2026-05-03T10:00:00+08:00')), fiscalPeriod: '2026-05' }] });
		const stored = (await hose.state('flows')).find((f) => f.id === paying.id);
		expect(stored).toMatchObject({ state: 'paid', voucher: { voucherNo: 'PZ-2026-0001', fiscalPeriod: '2026-05' } });
		const twice = await hose.run({ resource: 'accounting', operation: 'postPaymentResult', flowId: paying.id, result: 'P00001' });
		expect(twice.error.message).toBe('Hose payment result R00002: the document is already paid');
	});

	it('a failed payment is posted with its message; a missing date fails before any request; token expiry refreshes', async () => {
		const paying = (await hose.state('flows')).find((f) => f.state === 'paying');
		const failed = await hose.run({ resource: 'accounting', operation: 'postPaymentResult', flowId: paying.id, result: 'P00002', errorMsg: '账户冻结' });
		expect(failed.error).toBeUndefined();
		expect((await hose.calls('/paymentResults'))[0].body).toEqual({ items: [{ id: paying.id, code: 'P00002', errorMsg: '账户冻结' }] });
		const noDate = await hose.run({ resource: 'accounting', operation: 'writeVoucher', flowId: paying.id, voucherNo: 'x', voucherCreateTime: '={{ "" }}' });
		expect(noDate.error.message).toMatch(/Voucher Created At \(voucherCreateTime\) is required \[item 0\]/);
		await hose.revokeTokens();
		const unknown = await hose.run({ resource: 'accounting', operation: 'postPaymentResult', flowId: 'nope', result: 'P00001' });
		expect(unknown.error.message).toBe('Hose payment result R00001: the document does not exist');
		expect(hose.harness.credentials.count('preAuthentication', 'hoseApi')).toBeGreaterThanOrEqual(1);
		expect((await hose.calls('/paymentResults')).map((c) => c.status)).toEqual([200, 403, 200]);
	});
});
