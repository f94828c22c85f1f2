// Bills (账单): list, summary, issued-bill lines by DiDi's cursor, confirm, and the file download as n8n binary
// data (file name and MIME type from DiDi's headers, the exact bytes the sandbox holds) — workflows against the sandbox.
const { startDidi, calls, unwrap } = require('./helpers');
const { runAfterRevoke } = require('./fixtures');

describe('DiDi bills', () => {
	let didi;
	let bills;
	beforeAll(async () => {
		didi = await startDidi();
	});
	afterAll(() => didi && didi.close());
	beforeEach(async () => {
		await didi.reset();
		bills = unwrap(await didi.control('GET', '/state/didi/bills?_limit=100'));
	});
	const billOf = (line, status) => bills.find((b) => b.business_line === line && (status === undefined || b.bill_status === status));
	const fileOf = async (billId) => unwrap(await didi.control('GET', `/state/didi/billFiles?bill_id=${billId}`))[0];

	it('lists bills with filters, Return All and Limit; summarises one', async () => {
		const ride = await didi.run({ resource: 'bill', operation: 'getMany', returnAll: true, filters: { business_line: 1 } });
		expect(ride.error).toBeUndefined();
		expect(ride.json('Node').map((b) => b.bill_id)).toEqual(bills.filter((b) => b.business_line === 1).map((b) => b.bill_id));
		const confirmed = await didi.run({ resource: 'bill', operation: 'getMany', returnAll: true, filters: { bill_status: 3 } });
		expect(confirmed.json('Node').map((b) => b.bill_status)).toEqual(bills.filter((b) => b.bill_status === 3).map(() => 3));
		const two = await didi.run({ resource: 'bill', operation: 'getMany', returnAll: false, limit: 2 });
		expect(two.json('Node')).toHaveLength(2);
		expect(calls(await didi.log(), '/river/Bill/get').pop().query).toMatchObject({ offset: '0', length: '2' });
		const bill = billOf(2);
		const summary = await didi.run({ resource: 'bill', operation: 'getSummary', billId: bill.bill_id, businessLine: 2 });
		expect(summary.json('Node')[0]).toMatchObject({ bill_id: bill.bill_id, amount_money: bill.bill_amount });
	});

	it('reads every line of an issued bill by following last_id, and stops at the Limit', async () => {
		const bill = bills.filter((b) => b.business_line === 1).sort((a, b) => b.rows.length - a.rows.length)[0];
		expect(bill.rows.length).toBeGreaterThan(100);
		const all = await didi.run({ resource: 'bill', operation: 'getDetails', billId: bill.bill_id, businessLine: 1, returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.json('Node').map((r) => r.order_id)).toEqual(bill.rows.map((r) => r.order_id));
		const pages = calls(await didi.log(), '/river/Bill/detail');
		expect(pages).toHaveLength(Math.ceil(bill.rows.length / 100));
		expect(pages[0].query.last_id).toBeUndefined();
		expect(pages[1].query.last_id).toBe(bill.rows[99].order_id);
		await didi.control('DELETE', '/log');
		const some = await didi.run({ resource: 'bill', operation: 'getDetails', billId: bill.bill_id, businessLine: 1, returnAll: false, limit: 130 });
		expect(some.json('Node').map((r) => r.order_id)).toEqual(bill.rows.slice(0, 130).map((r) => r.order_id));
		expect(calls(await didi.log(), '/river/Bill/detail').map((p) => p.query.length)).toEqual(['100', '30']);
	});

	it('downloads a bill file as binary data: the exact bytes, file name and MIME type DiDi sends', async () => {
		const bill = billOf(1);
		const result = await didi.run({ resource: 'bill', operation: 'download', billId: bill.bill_id, businessLine: 1, binaryPropertyName: 'bill' });
		expect(result.error).toBeUndefined();
		const [item] = result.items('Node');
		const file = await fileOf(bill.bill_id);
		expect(item.json).toEqual({ bill_id: bill.bill_id, business_type: 1, file_name: file.file_name, mime_type: 'text/csv', size: file.size });
		expect(item.binary.bill).toMatchObject({ fileName: file.file_name, mimeType: 'text/csv' });
		const bytes = Buffer.from(item.binary.bill.data, 'base64');
		expect(bytes.equals(Buffer.from(file.base64, 'base64'))).toBe(true);
		expect(file.file_name).toMatch(/^滴滴账单_网约车_\d{4}-\d{2}\.csv$/);
		expect(bytes.toString('utf8')).toContain(bill.rows[0].member_name);
	});

	it('a refusal inside the download (JSON envelope instead of a file) is a DiDi error; an expired token is refreshed once', async () => {
		const unknown = await didi.run({ resource: 'bill', operation: 'download', billId: '42', businessLine: 1, binaryPropertyName: 'data' });
		expect(unknown.status).toBe('error');
		expect(unknown.error.message).toBe('DiDi Enterprise error 10001: 参数错误(账单不存在)');
		const bill = billOf(1);
		const { result, expired, authorized } = await runAfterRevoke(didi, () =>
			didi.run({ resource: 'bill', operation: 'download', billId: bill.bill_id, businessLine: 1, binaryPropertyName: 'data' }),
		);
		expect(result.error).toBeUndefined();
		expect([expired, authorized]).toEqual([1, 1]);
		const file = await fileOf(bill.bill_id);
		expect(Buffer.from(result.items('Node')[0].binary.data.data, 'base64').equals(Buffer.from(file.base64, 'base64'))).toBe(true);
	});

	it('confirms a pending bill with Confirm\'s own numbering (0 网约车, 1 商旅)', async () => {
		const bill = billOf(2, 1);
		const result = await didi.run({ resource: 'bill', operation: 'confirm', billId: bill.bill_id, businessLine: 2 });
		expect(result.json('Node')[0]).toEqual({ bill_id: bill.bill_id, business_type: 1, confirmed: true });
		expect(calls(await didi.log(), '/river/Bill/confirm')[0].body).toMatchObject({ bill_id: bill.bill_id, business_type: 1 });
		expect(unwrap(await didi.control('GET', `/state/didi/bills?bill_id=${bill.bill_id}`))[0].bill_status).toBe(3);
		const again = await didi.run({ resource: 'bill', operation: 'confirm', billId: bill.bill_id, businessLine: 2 });
		expect(again.error.message).toBe('DiDi Enterprise error 10001: 参数错误(账单已确认)');
	});

	it('validates before any request', async () => {
		for (const operation of ['getSummary', 'getDetails', 'download', 'confirm']) {
			const result = await didi.run({ resource: 'bill', operation, billId: '  ', businessLine: 1, returnAll: true, binaryPropertyName: 'data' });
			expect(result.error.message).toBe('Bill ID (bill_id) is required [item 0]');
		}
		const wrongLine = await didi.run({ resource: 'bill', operation: 'download', billId: '1', businessLine: 2, binaryPropertyName: 'data' });
		expect(wrongLine.error.message).toBe('Business Line (business_type) must be one of 1, 100 (got "2") [item 0]');
		expect(calls(await didi.log(), '/river/Bill/')).toHaveLength(0);
	});
	it('lists unbilled orders (未出账单) and a bill\'s transactions (交易明细) by DiDi\'s cursor', async () => {
		const unbilled = unwrap(await didi.control('GET', '/state/didi/unbilled?business_line=1&_limit=1000'));
		expect(unbilled.length).toBeGreaterThan(0);
		const all = await didi.run({ resource: 'bill', operation: 'getUnbilledDetails', businessLine: 1, returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.json('Node').map((r) => r.order_id)).toEqual(unbilled.map((r) => r.order_id));
		const pages = calls(await didi.log(), '/river/Bill/getNotGeneratedBillDetail');
		expect(pages).toHaveLength(Math.max(1, Math.ceil(unbilled.length / 50)));
		expect(pages.every((p) => p.query.business_type === '1')).toBe(true);
		const firstDay = unbilled[0].create_time.slice(0, 10);
		const sameDay = await didi.run({ resource: 'bill', operation: 'getUnbilledDetails', businessLine: 1, startDate: firstDay, endDate: firstDay, returnAll: true });
		expect(sameDay.json('Node').map((r) => r.order_id)).toEqual(unbilled.filter((r) => r.create_time.startsWith(firstDay)).map((r) => r.order_id));

		const bill = bills.filter((b) => b.business_line === 1).sort((a, b) => b.rows.length - a.rows.length)[0];
		await didi.control('DELETE', '/log');
		const transactions = await didi.run({ resource: 'bill', operation: 'getTransactions', billId: bill.bill_id, businessLine: 1, returnAll: false, limit: 150 });
		expect(transactions.json('Node').map((t) => t.order_id)).toEqual(bill.rows.slice(0, 150).map((r) => r.order_id));
		const calls2 = calls(await didi.log(), '/river/Bill/transactionDetail');
		expect(calls2.map((c) => [c.query.length, c.query.last_id])).toEqual([
			['100', undefined],
			['50', transactions.json('Node')[99].transaction_id],
		]);
		const travel = await didi.run({ resource: 'bill', operation: 'getTransactions', billId: billOf(2).bill_id, businessLine: 2, returnAll: true });
		expect(travel.error.message).toBe('Business Line (business_type) must be one of 1, 100 (got "2") [item 0]');
	});

	it('reads the tree of a bill (账单树): the company bill, then one child per budget centre', async () => {
		const bill = billOf(1, 3);
		const result = await didi.run({ resource: 'bill', operation: 'getStructure', paymentPeriod: bill.bill_period, businessLine: 1 });
		expect(result.error).toBeUndefined();
		const [root, ...children] = result.json('Node');
		expect(root).toMatchObject({ bill_id: bill.bill_id, pid: '0', bill_amount: bill.bill_amount });
		expect(root.cid).toEqual(children.map((c) => c.bill_id));
		expect(new Set(children.map((c) => c.budget_center_id))).toEqual(new Set(bill.rows.map((r) => r.budget_center_id)));
		const total = children.reduce((sum, c) => sum + c.bill_amount, 0);
		expect(Math.abs(total - bill.bill_amount)).toBeLessThan(0.01 * children.length);
		expect(calls(await didi.log(), '/river/Bill/getBillStructure')[0].query).toMatchObject({ business_type: '1', payment_period: bill.bill_period });
		const none = await didi.run({ resource: 'bill', operation: 'getStructure', paymentPeriod: '1999-01-01~1999-01-31', businessLine: 1 });
		expect(none.json('Node')).toEqual([]);
		const blank = await didi.run({ resource: 'bill', operation: 'getStructure', paymentPeriod: ' ', businessLine: 1 });
		expect(blank.error.message).toBe('Payment Period (payment_period) is required [item 0]');
	});
});
