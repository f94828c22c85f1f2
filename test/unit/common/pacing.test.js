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

	test('a sliding window: at most `limit` starts in any `windowMs`; after an idle stretch old starts do not hold back new ones', async () => {
		jest.useFakeTimers();
		try {
			const pacer = new Pacer({ api: { window: { limit: 3, windowMs: 1000 }, minIntervalMs: 100, concurrency: 10 } });
			const t0 = Date.now();
			const starts = [];
			const task = async () => starts.push(Date.now() - t0);
			const first = Promise.all(Array.from({ length: 5 }, () => pacer.run('cred', 'api', task)));
			await jest.advanceTimersByTimeAsync(2500);
			await first;
			// 3 at the minimum interval, then each waits for the start 3 before it + 1000 ms.
			expect(starts).toEqual([0, 100, 200, 1000, 1100]);
			const second = Promise.all(Array.from({ length: 4 }, () => pacer.run('cred', 'api', task)));
			await jest.advanceTimersByTimeAsync(2000);
			await second;
			expect(starts.slice(5)).toEqual([2500, 2600, 2700, 3500]);
		} finally {
			jest.useRealTimers();
		}
	});

	test('a sliding window: after a stall, the starts it missed go out at the short minimum interval, never more than the limit per window', async () => {
		jest.useFakeTimers();
		try {
			const pacer = new Pacer({ api: { window: { limit: 4, windowMs: 1000 }, minIntervalMs: 10, concurrency: 10 } });
			const t0 = Date.now();
			const starts = [];
			// Requests arrive one by one at 250 ms, the steady rate; then nothing for 1 s (a stall), then 6 at once.
			for (let k = 0; k < 4; k++) {
				await pacer.run('cred', 'api', async () => starts.push(Date.now() - t0));
				await jest.advanceTimersByTimeAsync(250);
			}
			await jest.advanceTimersByTimeAsync(1000);
			const burst = Promise.all(Array.from({ length: 6 }, () => pacer.run('cred', 'api', async () => starts.push(Date.now() - t0))));
			await jest.advanceTimersByTimeAsync(2000);
			await burst;
			expect(starts).toEqual([0, 250, 500, 750, 2000, 2010, 2020, 2030, 3000, 3010]);
			// Never more than 4 in any 1000 ms.
			for (let k = 4; k < starts.length; k++) expect(starts[k] - starts[k - 4]).toBeGreaterThanOrEqual(1000);
		} finally {
			jest.useRealTimers();
		}
	});

	test('a start whose result the vendor does not count (uncounted, e.g. its 429) is handed back to the window', async () => {
		jest.useFakeTimers();
		try {
			const pacer = new Pacer({ api: { window: { limit: 2, windowMs: 1000 }, minIntervalMs: 10, concurrency: 10, uncounted: (r) => r === 429 } });
			const t0 = Date.now();
			const starts = [];
			const task = (answer) => async () => {
				starts.push(Date.now() - t0);
				return answer;
			};
			expect(await pacer.run('cred', 'api', task(429))).toBe(429);
			const rest = Promise.all([pacer.run('cred', 'api', task(200)), pacer.run('cred', 'api', task(200)), pacer.run('cred', 'api', task(200))]);
			await jest.advanceTimersByTimeAsync(2000);
			await rest;
			// The refused first start does not count: the next two go at once, the fourth waits for the window.
			expect(starts).toEqual([0, 10, 20, 1010]);
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

describe('Pacer window held until the answer (holdUntil: answer)', () => {
	// A small deterministic generator, so the "random" transit times are the same every run.
	const lcg = (seed) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

	test('however late a request arrives between its start and its answer, no windowMs ever holds more than limit arrivals', async () => {
		jest.useFakeTimers();
		try {
			const pacer = new Pacer({ api: { window: { limit: 5, windowMs: 1000, holdUntil: 'answer' }, concurrency: 50 } });
			const random = lcg(7);
			const arrivals = [];
			// 60 requests asked for at once; each takes 1–300 ms and "arrives" at the vendor anywhere in that time —
			// here: at the very end for every third one (a request that left late), elsewhere at a random point.
			const task = (k) => async () => {
				const duration = 1 + Math.floor(random() * 300);
				const at = k % 3 === 0 ? duration : Math.floor(random() * duration);
				setTimeout(() => arrivals.push(Date.now()), at);
				await new Promise((r) => setTimeout(r, duration));
			};
			const all = Promise.all(Array.from({ length: 60 }, (_, k) => pacer.run('cred', 'api', task(k))));
			await jest.advanceTimersByTimeAsync(60_000);
			await all;
			expect(arrivals).toHaveLength(60);
			arrivals.sort((a, b) => a - b);
			// The vendor's rule: an arrival is refused when `limit` others arrived within the 1000 ms before it.
			for (let k = 5; k < arrivals.length; k++) expect(arrivals[k] - arrivals[k - 5]).toBeGreaterThanOrEqual(1000);
		} finally {
			jest.useRealTimers();
		}
	});

	test('a place comes free windowMs after its answer; free places go out at once (no fixed gap)', async () => {
		jest.useFakeTimers();
		try {
			const pacer = new Pacer({ api: { window: { limit: 3, windowMs: 1000, holdUntil: 'answer' }, concurrency: 10 } });
			const t0 = Date.now();
			const starts = [];
			// Each answer takes 40 ms: the first three start at once, answered at 40; the next three at 1040.
			const task = async () => {
				starts.push(Date.now() - t0);
				await new Promise((r) => setTimeout(r, 40));
			};
			const all = Promise.all(Array.from({ length: 7 }, () => pacer.run('cred', 'api', task)));
			await jest.advanceTimersByTimeAsync(5000);
			await all;
			expect(starts).toEqual([0, 0, 0, 1040, 1040, 1040, 2080]);
		} finally {
			jest.useRealTimers();
		}
	});

	test('an uncounted answer (a 429) hands its place back at once, also to a request already waiting', async () => {
		jest.useFakeTimers();
		try {
			const pacer = new Pacer({ api: { window: { limit: 2, windowMs: 1000, holdUntil: 'answer' }, concurrency: 10, uncounted: (r) => r === 429 } });
			const t0 = Date.now();
			const starts = [];
			const task = (answer, ms) => async () => {
				starts.push(Date.now() - t0);
				await new Promise((r) => setTimeout(r, ms));
				return answer;
			};
			const all = Promise.all([
				pacer.run('cred', 'api', task(200, 10)),
				pacer.run('cred', 'api', task(429, 50)),
				pacer.run('cred', 'api', task(200, 10)),
				pacer.run('cred', 'api', task(200, 10)),
			]);
			await jest.advanceTimersByTimeAsync(3000);
			expect(await all).toEqual([200, 429, 200, 200]);
			// The third waits for a place: the 429's comes back at 50; the fourth waits for the first's (10 + 1000).
			expect(starts).toEqual([0, 0, 50, 1010]);
		} finally {
			jest.useRealTimers();
		}
	});

	test('a failed request (no answer) still holds its place for windowMs after the failure', async () => {
		jest.useFakeTimers();
		try {
			const pacer = new Pacer({ api: { window: { limit: 1, windowMs: 1000, holdUntil: 'answer' }, concurrency: 10 } });
			const t0 = Date.now();
			const starts = [];
			const failing = pacer.run('cred', 'api', async () => {
				starts.push(Date.now() - t0);
				await new Promise((r) => setTimeout(r, 20));
				throw new Error('ECONNRESET');
			});
			const next = pacer.run('cred', 'api', async () => starts.push(Date.now() - t0));
			const settled = Promise.allSettled([failing, next]);
			await jest.advanceTimersByTimeAsync(2000);
			expect((await settled).map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
			expect(starts).toEqual([0, 1020]);
		} finally {
			jest.useRealTimers();
		}
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
