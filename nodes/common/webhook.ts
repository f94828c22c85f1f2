import type { IDataObject } from 'n8n-workflow';

import { safeEqual } from '../../credentials/signing/common';

/** The one constant-time comparison, re-exported for the triggers. */
export { safeEqual };

/** A received secret (path segment, token) matches: constant-time, never matching an empty configured secret. */
export function secretMatches(given: unknown, expected: string): boolean {
	return expected !== '' && typeof given === 'string' && given !== '' && safeEqual(given, expected);
}

/** Whether a timestamp (ms) lies within ±windowMs of now. */
export function isFresh(timestampMs: number, nowMs: number, windowMs: number): boolean {
	return Number.isFinite(timestampMs) && Math.abs(nowMs - timestampMs) <= windowMs;
}

/**
 * Remembers delivery ids (nonces, notification ids) in the workflow's static data so a replayed callback
 * is refused. Entries older than the freshness window are pruned: a replay older than that is refused
 * as stale anyway. Returns true when `id` was already seen.
 */
export function seenBefore(
	staticData: IDataObject,
	id: string,
	nowMs: number,
	windowMs: number,
	maxEntries = 5000,
): boolean {
	const store = ((staticData.seenDeliveries as Record<string, number>) ??= {});
	for (const [key, at] of Object.entries(store)) {
		if (nowMs - at > windowMs * 2) delete store[key];
	}
	if (id in store) return true;
	store[id] = nowMs;
	const keys = Object.keys(store);
	if (keys.length > maxEntries) {
		for (const key of keys.slice(0, keys.length - maxEntries)) delete store[key];
	}
	return false;
}
