'use strict';
// Sends one callback the way a vendor would (POST, exact bytes) and reports what the receiver answered.

/**
 * @param {string} url @param {{ headers?: Record<string, string>, body?: string | Buffer, method?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ status: number, headers: Record<string, string>, body: any, sent: unknown, error?: string }>}
 */
async function deliver(url, { headers = {}, body = '', method = 'POST', timeoutMs = 60000 } = {}) {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	const sent = { url, method, headers, body };
	try {
		const response = await fetch(url, { method, headers, body, signal: controller.signal });
		const text = await response.text();
		let parsed = text;
		try {
			parsed = text ? JSON.parse(text) : '';
		} catch {
			parsed = text;
		}
		return { status: response.status, headers: Object.fromEntries(response.headers), body: parsed, sent };
	} catch (error) {
		return { status: 0, error: String(error && error.message ? error.message : error), headers: {}, body: '', sent };
	} finally {
		clearTimeout(timer);
	}
}

/** Runs `send` for one variant: replay sends the same valid delivery twice and reports both answers. */
async function runVariant(variant, send) {
	if (variant === 'replay') {
		const first = await send('valid', undefined);
		const second = await deliver(first.sent.url, first.sent);
		// The top level mirrors the repeat, which a correct receiver refuses.
		return { variant, ...second, first, second };
	}
	const report = await send(variant);
	return { variant, ...report };
}

/**
 * Sends `distinct` different deliveries, each `copies` times, all at once (copies interleaved), and reports
 * every answer: a receiver with replay protection that holds accepts each distinct delivery exactly once.
 */
async function runBurst(build, { copies = 5, distinct = 1 } = {}) {
	const n = (v, max) => Math.min(max, Math.max(1, Math.floor(Number(v) || 1)));
	const copyCount = n(copies, 50);
	const distinctCount = n(distinct, 20);
	const deliveries = [];
	for (let i = 0; i < distinctCount; i++) deliveries.push(await build(i));
	const sends = [];
	for (let c = 0; c < copyCount; c++) for (const d of deliveries) sends.push(deliver(d.url, d));
	const answers = (await Promise.all(sends)).map(({ status, body }) => ({ status, body }));
	const accepted = answers.filter((a) => a.status >= 200 && a.status < 300).length;
	return {
		variant: 'burst',
		distinct: distinctCount,
		copies: copyCount,
		sent: answers.length,
		accepted,
		refused: answers.filter((a) => a.status === 401).length,
		answers,
	};
}

module.exports = { deliver, runVariant, runBurst };
