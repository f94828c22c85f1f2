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
	 * At most `limit` task starts within any `windowMs` — the sliding window vendors count "N requests per
	 * second" in. Unlike an interval alone, starts a stall (a busy event loop, a slow answer) left unused are
	 * made up afterwards (still `minIntervalMs` apart), so the achieved rate stays at the limit. Give
	 * `windowMs` a margin over the vendor's window for the spread of network transit times.
	 */
	window?: { limit: number; windowMs: number };
	/**
	 * Whether a task's result was refused without counting toward the vendor's limit (a 429 the vendor does not
	 * count): its start is handed back to the window, so the retry does not cost a second slot.
	 */
	uncounted?: (result: unknown) => boolean;
}

interface BucketState {
	nextStart: number;
	active: number;
	waiting: Array<() => void>;
	/** The planned start times of the last `window.limit` tasks, oldest first. */
	starts: number[];
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
			state = { nextStart: 0, active: 0, waiting: [], starts: [] };
			this.buckets.set(stateKey, state);
		}
		const limit = rule.concurrency ?? Infinity;
		while (state.active >= limit) {
			await new Promise<void>((resolve) => state!.waiting.push(resolve));
		}
		state.active++;
		try {
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
}
