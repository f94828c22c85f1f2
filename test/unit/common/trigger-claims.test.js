// claimDelivery's three layers, with a stand-in for n8n's webhook context (workflow, node, static data and,
// where n8n offers it, the database-backed processed-data check): a delivery is refused when ANY layer has
// seen it — this process's memory, n8n's store (another process took it), or the static data n8n saved
// (another process, or before a restart).
const { claimDelivery } = require('../../../nodes/common/trigger/deliveries');

let n = 0;
/**
 * An n8n webhook context as claimDelivery reads it; `store` stands for n8n's processed-data records.
 * @param {{ workflowId?: string, nodeId?: string, staticData?: any, store?: Set<string> | 'down' }} [options]
 */
function context({ workflowId = `wf-claims-${++n}`, nodeId = 'node-1', staticData = {}, store } = {}) {
	const calls = [];
	/** @type {any} */
	const helpers = {};
	if (store) {
		helpers.checkProcessedAndRecord = async function (items, scope, options) {
			calls.push({ items, scope, options, self: this });
			if (store === 'down') throw new Error('database unavailable');
			const records = /** @type {Set<string>} */ (store);
			const processed = items.filter((i) => records.has(i));
			for (const i of items) records.add(i);
			return { new: items.filter((i) => !processed.includes(i)), processed };
		};
	}
	return {
		calls,
		staticData,
		ctx: /** @type {any} */ ({
			getWorkflow: () => ({ id: workflowId }),
			getNode: () => ({ id: nodeId, name: 'Trigger' }),
			getWorkflowStaticData: () => staticData,
			helpers,
		}),
	};
}

describe('claimDelivery', () => {
	it('claims an id once per workflow and node; another workflow or node has its own claims', async () => {
		const a = context({ workflowId: 'wf-claims-x' });
		expect(await claimDelivery(a.ctx, 'delivery', 'id-1', 1000, 60_000)).toBe(true);
		expect(await claimDelivery(a.ctx, 'delivery', 'id-1', 1001, 60_000)).toBe(false);
		expect(await claimDelivery(context({ workflowId: 'wf-claims-y' }).ctx, 'delivery', 'id-1', 1001, 60_000)).toBe(true);
		expect(await claimDelivery(context({ workflowId: 'wf-claims-x', nodeId: 'node-2' }).ctx, 'delivery', 'id-1', 1001, 60_000)).toBe(true);
		expect(await claimDelivery(a.ctx, 'redelivery', 'id-1', 1001, 60_000)).toBe(true);
	});

	it("n8n's processed-data store: an id another process recorded is refused; the check is asked per node, bounded, on n8n's helpers", async () => {
		const store = new Set(['delivery:taken']);
		const c = context({ store });
		expect(await claimDelivery(c.ctx, 'delivery', 'taken', 1000, 60_000)).toBe(false);
		expect(await claimDelivery(c.ctx, 'delivery', 'fresh', 1000, 60_000)).toBe(true);
		expect(c.calls.map(({ items, scope, options }) => [items, scope, options])).toEqual([
			[['delivery:taken'], 'node', { mode: 'entries', maxEntries: 10_000 }],
			[['delivery:fresh'], 'node', { mode: 'entries', maxEntries: 10_000 }],
		]);
		expect(c.calls.every((call) => call.self === c.ctx.helpers)).toBe(true);
	});

	it('when the store is unavailable the in-process answer stands (and static data still counts)', async () => {
		const c = context({ store: 'down' });
		expect(await claimDelivery(c.ctx, 'delivery', 'id-s', 1000, 60_000)).toBe(true);
		expect(await claimDelivery(c.ctx, 'delivery', 'id-s', 1001, 60_000)).toBe(false);
		expect(c.calls).toHaveLength(1);
	});

	it('static data saved by another process refuses the id within the time-to-live, and forgets it after', async () => {
		const ttl = 600_000;
		const now = 10_000_000;
		const recent = context({ staticData: { seenDeliveries: { 'delivery:old-1': now - ttl + 1000 } } });
		expect(await claimDelivery(recent.ctx, 'delivery', 'old-1', now, ttl)).toBe(false);
		const expired = context({ staticData: { seenDeliveries: { 'delivery:old-2': now - ttl - 1000 } } });
		expect(await claimDelivery(expired.ctx, 'delivery', 'old-2', now, ttl)).toBe(true);
		expect(expired.staticData.seenDeliveries).toEqual({ 'delivery:old-2': now });
	});

	it('a context without the store (or with something else under its name) uses memory and static data only', async () => {
		const c = context();
		c.ctx.helpers.checkProcessedAndRecord = 'not a function';
		expect(await claimDelivery(c.ctx, 'delivery', 'id-m', 1000, 60_000)).toBe(true);
		expect(c.staticData.seenDeliveries).toEqual({ 'delivery:id-m': 1000 });
	});
});
