/**
 * Replay memory: "was this delivery seen before?" answered and recorded in ONE synchronous step, so two
 * identical callbacks handled at the same time by this process can never both pass.
 *
 * Workflow static data cannot do this: n8n loads it per request and saves it after webhook() returns, so
 * concurrent requests each read their own copy (and the last save wins). This store lives in the process
 * (module state, shared by every workflow of this package's triggers), is bounded, and forgets an entry when
 * its time-to-live (the trigger's timestamp window) has passed — a replay older than that is refused as stale.
 */
export class ReplayMemory {
	private readonly entries = new Map<string, number>();
	private claimsSinceSweep = 0;

	constructor(readonly maxEntries = 50_000) {}

	/**
	 * Records `key` and returns true when it was not seen within its time-to-live; false for a repeat.
	 * Never awaits: check and record happen in the same tick.
	 */
	claim(key: string, nowMs: number, ttlMs: number): boolean {
		this.forgetExpired(nowMs);
		const expiresAt = this.entries.get(key);
		if (expiresAt !== undefined && expiresAt > nowMs) return false;
		// Re-inserting moves the key to the end: Map order stays oldest-first for eviction.
		this.entries.delete(key);
		this.entries.set(key, nowMs + Math.max(1, ttlMs));
		if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
		return true;
	}

	get size(): number {
		return this.entries.size;
	}

	private forgetExpired(nowMs: number): void {
		// Oldest first: drop expired entries at the front; a full sweep now and then catches entries whose
		// shorter time-to-live expired behind a longer-lived one.
		for (const [key, expiresAt] of this.entries) {
			if (expiresAt > nowMs) break;
			this.entries.delete(key);
		}
		if (++this.claimsSinceSweep < 1000) return;
		this.claimsSinceSweep = 0;
		for (const [key, expiresAt] of this.entries) if (expiresAt <= nowMs) this.entries.delete(key);
	}
}

/** The process-wide memory every trigger of this package uses. */
export const replayMemory = new ReplayMemory();
