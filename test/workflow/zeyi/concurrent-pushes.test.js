// Zeyi pushes run several items at a time (independent codes), yet two items with one code stay in item
// order: the first item's bill is the record Zeyi keeps, the second resolves to it as a duplicate.
const { setup } = require('./helpers');
const { repairBillParameters } = require('../../fixtures/zeyi-bill');
const { PUSH_CONCURRENCY } = require('../../../nodes/Zeyi/shared/exactlyOnce');
const repairPush = require('../../../nodes/Zeyi/actions/repair/pushBill.operation');
const maintenancePush = require('../../../nodes/Zeyi/actions/maintenance/pushBill.operation');
const contractPush = require('../../../nodes/Zeyi/actions/contract/push.operation');

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => env && (await env.close()));
beforeEach(async () => {
	await env.control('POST', '/reset', { vendor: 'zeyi' });
});

// Per-item code and type; no lines (the lines are not what this is about).
const bill = repairBillParameters({ code: '={{ $json.code }}', billType: '={{ $json.type }}', fees: {}, projects: {} });

describe('Zeyi pushes with several items at a time', () => {
	it('the push operations declare a concurrency above 1', () => {
		expect(PUSH_CONCURRENCY).toBeGreaterThan(1);
		expect(repairPush.concurrency).toBe(PUSH_CONCURRENCY);
		expect(maintenancePush.concurrency).toBe(PUSH_CONCURRENCY);
		expect(contractPush.concurrency).toBe(PUSH_CONCURRENCY);
	});

	it('pushes every distinct code once, outputs paired with their items in order', async () => {
		const items = Array.from({ length: 9 }, (_, i) => ({ json: { code: `WBJL-C-${i}`, type: '大修' } }));
		const r = await env.run(bill, items);
		expect(r.error).toBeUndefined();
		expect(r.json('Zeyi').map((j) => j.code)).toEqual(items.map((i) => i.json.code));
		expect(r.items('Zeyi').map((i) => i.pairedItem.item)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
		const stored = await env.state('repairLists');
		expect(stored.records.map((b) => b.code).sort()).toEqual(items.map((i) => i.json.code).sort());
	});

	it('two items with one code, in item order: the first is stored; a changed second is an error naming what differs', async () => {
		// "Exactly once" means the stored record equals what was sent: a second item with another type is not a
		// duplicate of the first, whatever Zeyi's refusal says.
		const items = [
			{ json: { code: 'WBJL-D-1', type: '大修' } },
			{ json: { code: 'WBJL-OTHER', type: '小修' } },
			{ json: { code: 'WBJL-D-1', type: '小修' } },
		];
		const r = await env.run(bill, items, { onError: 'continueRegularOutput' });
		expect(r.status).toBe('success');
		const out = r.json('Zeyi');
		expect(out.map((j) => j.duplicate)).toEqual([false, false, undefined]);
		expect(out[2].error).toMatch(/^Zeyi already holds code WBJL-D-1 as pushed earlier [(][^)]+[)], and this push differs in: type \[item 2\]$/);
		const stored = await env.state('repairLists');
		const record = stored.records.find((b) => b.code === 'WBJL-D-1');
		expect(record.payload.type).toBe('大修');
	});

	it('two identical items with one code: the second answers duplicate — in item order', async () => {
		await env.control('POST', '/config', { vendor: 'zeyi', identicalRepush: 'refuse' });
		const items = [
			{ json: { code: 'WBJL-D-2', type: '大修' } },
			{ json: { code: 'WBJL-OTHER', type: '小修' } },
			{ json: { code: 'WBJL-D-2', type: '大修' } },
		];
		const r = await env.run(bill, items);
		expect(r.error).toBeUndefined();
		expect(r.json('Zeyi').map((j) => j.duplicate)).toEqual([false, false, true]);
		expect((await env.state('repairLists')).records.filter((b) => b.code === 'WBJL-D-2')).toHaveLength(1);
	});
});
