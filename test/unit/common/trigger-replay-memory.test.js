// The trigger pipeline's replay memory: one atomic check-and-record, expiry with the window, a bound.
const { ReplayMemory } = require('../../../nodes/common/trigger/replayMemory');

describe('ReplayMemory', () => {
	it('claims a key once: the repeat within its time-to-live is refused', () => {
		const memory = new ReplayMemory();
		expect(memory.claim('wf\nnode\nn-1', 1000, 600)).toBe(true);
		expect(memory.claim('wf\nnode\nn-1', 1500, 600)).toBe(false);
		expect(memory.claim('wf\nnode\nn-2', 1500, 600)).toBe(true);
	});

	it('is atomic under concurrency: of 50 simultaneous claims of one key exactly one wins', async () => {
		const memory = new ReplayMemory();
		const results = await Promise.all(
			Array.from({ length: 50 }, async (_, i) => {
				await new Promise((r) => setImmediate(r, i));
				return memory.claim('same-nonce', Date.now(), 60_000);
			}),
		);
		expect(results.filter(Boolean)).toHaveLength(1);
	});

	it('forgets a key once its time-to-live has passed (expiry = the timestamp window)', () => {
		const memory = new ReplayMemory();
		expect(memory.claim('k', 0, 1000)).toBe(true);
		expect(memory.claim('k', 999, 1000)).toBe(false);
		expect(memory.claim('k', 1000, 1000)).toBe(true);
		// expired entries are dropped, not only ignored
		memory.claim('other', 5000, 10);
		expect(memory.size).toBe(1);
	});

	it('drops a short-lived key stored behind a long-lived one (the periodic full sweep)', () => {
		const memory = new ReplayMemory();
		memory.claim('long', 0, 1e9);
		memory.claim('short', 0, 10);
		// 998 more claims: the 1000th claim sweeps every expired entry, not only those at the front
		for (let i = 0; i < 998; i++) memory.claim(`x${i}`, 100, 1e9);
		expect(memory.size).toBe(999);
		expect(memory.claim('long', 200, 1e9)).toBe(false);
	});

	it('is bounded: past maxEntries the oldest entry is evicted first', () => {
		const memory = new ReplayMemory(3);
		for (const key of ['a', 'b', 'c', 'd']) expect(memory.claim(key, 0, 1e6)).toBe(true);
		expect(memory.size).toBe(3);
		expect(memory.claim('b', 1, 1e6)).toBe(false);
		expect(memory.claim('a', 1, 1e6)).toBe(true);
	});
});
