const { Pacer } = require('../../../nodes/common/pacing');
const { mapConcurrent } = require('../../../nodes/common/concurrency');

describe('Pacer', () => {
	test('serial buckets never run two tasks at once', async () => {
		const pacer = new Pacer({ add: { concurrency: 1 } });
		let active = 0;
		let peak = 0;
		const task = async () => {
			active++;
			peak = Math.max(peak, active);
			await new Promise((r) => setTimeout(r, 5));
			active--;
		};
		await Promise.all(Array.from({ length: 6 }, () => pacer.run('cred', 'add', task)));
		expect(peak).toBe(1);
	});

	test('minimum interval spaces task starts (fake clock, so the result is exact)', async () => {
		jest.useFakeTimers();
		try {
			const pacer = new Pacer({ write: { minIntervalMs: 150, concurrency: 1 } });
			const t0 = Date.now();
			const starts = [];
			const all = Promise.all(
				Array.from({ length: 4 }, () => pacer.run('cred', 'write', async () => starts.push(Date.now() - t0))),
			);
			await jest.advanceTimersByTimeAsync(1000);
			await all;
			expect(starts).toEqual([0, 150, 300, 450]);
		} finally {
			jest.useRealTimers();
		}
	});

	test('buckets are independent per credential key and unknown buckets pass through', async () => {
		const pacer = new Pacer({ add: { concurrency: 1 } });
		let active = 0;
		let peak = 0;
		const task = async () => {
			active++;
			peak = Math.max(peak, active);
			await new Promise((r) => setTimeout(r, 5));
			active--;
		};
		await Promise.all([pacer.run('a', 'add', task), pacer.run('b', 'add', task), pacer.run('a', 'other', task)]);
		expect(peak).toBe(3);
		expect(pacer.has('add')).toBe(true);
		expect(pacer.has('other')).toBe(false);
	});
});

describe('mapConcurrent', () => {
	test('keeps order and respects the limit', async () => {
		let active = 0;
		let peak = 0;
		const out = await mapConcurrent([5, 1, 4, 2, 3], 2, async (n) => {
			active++;
			peak = Math.max(peak, active);
			await new Promise((r) => setTimeout(r, n));
			active--;
			return n * 10;
		});
		expect(out).toEqual([50, 10, 40, 20, 30]);
		expect(peak).toBe(2);
	});
});
