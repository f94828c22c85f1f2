import { sleep } from 'n8n-workflow';

export interface BucketRule {
	/** Minimum milliseconds between the starts of two requests in the bucket. */
	minIntervalMs?: number;
	/** Maximum requests in flight at once (1 = strictly serial). */
	concurrency?: number;
	/**
	 * Where the minimum interval is measured from: `start` (default) spaces task starts; `end` also keeps the
	 * next start at least `minIntervalMs` after the previous task finished. Use `end` when the vendor measures
	 * the gap between request arrivals and a task may spend time before its request leaves (a token fetch).
	 */
	intervalFrom?: 'start' | 'end';
	/**
	 * At most `limit` requests within any `windowMs` — the sliding window vendors count "N requests per second"
	 * in. Starts a stall (a busy event loop, a slow answer) left unused are made up afterwards (still
	 * `minIntervalMs` apart), so the achieved rate stays at the limit.
	 *
	 * `holdUntil` says how long a request occupies its place in the window:
	 * - `start` (default): from its planned start for `windowMs`. Give `windowMs` a margin over the vendor's
	 *   window for the spread of transit times; a request that leaves later than the margin can still make
	 *   `limit + 1` arrivals in the vendor's window.
	 * - `answer`: from its start until `windowMs` after its answer (or failure) came back. The vendor counts the
	 *   moment a request *arrives*, which lies between its start and its answer, so at most `limit` requests
	 *   ever arrive within `windowMs` — whatever the transit times and however late a request leaves. Costs
	 *   one round trip per `limit` requests: `limit` per (`windowMs` + round trip).
	 */
	window?: { limit: number; windowMs: number; holdUntil?: 'start' | 'answer' };
	/**
	 * Whether a task's result was refused without counting toward the vendor's limit (a 429 the vendor does not
	 * count): its place is handed back to the window, so the retry does not cost a second one.
	 */
	uncounted?: (result: unknown) => boolean;
}

interface BucketState {
	nextStart: number;
	active: number;
	waiting: Array<() => void>;
	/** `holdUntil: 'start'`: the planned start times of the last `window.limit` tasks, oldest first. */
	starts: number[];
	/** `holdUntil: 'answer'`: requests started and not answered yet. */
	unanswered: number;
	/** `holdUntil: 'answer'`: when each answered request leaves the window (answer + windowMs), oldest first. */
	releases: number[];
	/** `holdUntil: 'answer'`: the queue of window places, one taker at a time in arrival order. */
	gate: Promise<void>;
	/** `holdUntil: 'answer'`: wakes a taker waiting for a place when one is handed back early (uncounted). */
	wake?: () => void;
}

/**
 * Paces requests per bucket (e.g. DiDi member writes ≥150 ms apart, budget-centre adds one at a time).
 * State is per process and keyed by credential + bucket, so concurrent items and executions in one n8n
 * process (or one queue-mode worker) share it.
 */
export class Pacer {
	private readonly buckets = new Map<string, BucketState>();

	constructor(private readonly rules: Record<string, BucketRule>) {}

	has(bucket: string | undefined): boolean {
		return bucket !== undefined && bucket in this.rules;
	}

	async run<T>(key: string, bucket: string, task: () => Promise<T>): Promise<T> {
		const rule = this.rules[bucket];
		if (!rule) return await task();
		const stateKey = `${key}:${bucket}`;
		let state = this.buckets.get(stateKey);
		if (!state) {
			state = { nextStart: 0, active: 0, waiting: [], starts: [], unanswered: 0, releases: [], gate: Promise.resolve() };
			this.buckets.set(stateKey, state);
		}
		const limit = rule.concurrency ?? Infinity;
		while (state.active >= limit) {
			await new Promise<void>((resolve) => state!.waiting.push(resolve));
		}
		state.active++;
		try {
			if (rule.window?.holdUntil === 'answer') return await this.runHeld(state, rule, task);
			const interval = rule.minIntervalMs ?? 0;
			const now = Date.now();
			let start = Math.max(now, state.nextStart);
			const window = rule.window;
			if (window) {
				// Slots are handed out in increasing order, so the oldest of the last `limit` is at the front.
				if (state.starts.length >= window.limit) start = Math.max(start, state.starts[state.starts.length - window.limit] + window.windowMs);
				state.starts.push(start);
				if (state.starts.length > window.limit) state.starts.shift();
			}
			state.nextStart = start + interval;
			if (start > now) await sleep(start - now);
			const result = await task();
			if (window && rule.uncounted?.(result)) {
				const at = state.starts.indexOf(start);
				if (at >= 0) state.starts.splice(at, 1);
			}
			return result;
		} finally {
			if (rule.intervalFrom === 'end') state.nextStart = Math.max(state.nextStart, Date.now() + (rule.minIntervalMs ?? 0));
			state.active--;
			const next = state.waiting.shift();
			if (next) next();
		}
	}

	/** A window whose places are held from a request's start until `windowMs` after its answer. */
	private async runHeld<T>(state: BucketState, rule: BucketRule, task: () => Promise<T>): Promise<T> {
		const window = rule.window!;
		// One taker at a time: places go out in the order the requests asked for them.
		const taken = state.gate.then(() => this.takePlace(state, rule));
		state.gate = taken;
		await taken;
		let counted = true;
		try {
			const result = await task();
			counted = !rule.uncounted?.(result);
			return result;
		} finally {
			state.unanswered--;
			// Answers come back in time order, so releases stay sorted; an uncounted one frees its place now.
			if (counted) state.releases.push(Date.now() + window.windowMs);
			else state.wake?.();
		}
	}

	private async takePlace(state: BucketState, rule: BucketRule): Promise<void> {
		const { limit, windowMs } = rule.window!;
		for (;;) {
			const now = Date.now();
			while (state.releases.length && state.releases[0] <= now) state.releases.shift();
			const full = state.unanswered + state.releases.length >= limit;
			// Full with every place held by a request still in flight: its answer starts a full window, so wait
			// at least that long (or until an uncounted answer hands its place back).
			const until = Math.max(state.nextStart, full ? (state.releases.length ? state.releases[0] : now + windowMs) : now);
			if (until <= now) break;
			await new Promise<void>((resolve) => {
				state.wake = resolve;
				void sleep(until - now).then(resolve);
			});
			state.wake = undefined;
		}
		state.unanswered++;
		state.nextStart = Date.now() + (rule.minIntervalMs ?? 0);
	}
}
