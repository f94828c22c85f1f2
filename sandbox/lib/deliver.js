'use strict';
// Sends one callback the way a vendor would (POST, exact bytes) and reports what the receiver answered.

async function deliver(url, { headers = {}, body = '', method = 'POST', timeoutMs = 15000 } = {}) {
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

module.exports = { deliver, runVariant };
