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
}

interface BucketState {
	nextStart: number;
	active: number;
	waiting: Array<() => void>;
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
			state = { nextStart: 0, active: 0, waiting: [] };
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
			const start = Math.max(now, state.nextStart);
			state.nextStart = start + interval;
			if (start > now) await sleep(start - now);
			return await task();
		} finally {
			if (rule.intervalFrom === 'end') state.nextStart = Math.max(state.nextStart, Date.now() + (rule.minIntervalMs ?? 0));
			state.active--;
			const next = state.waiting.shift();
			if (next) next();
		}
	}
}
