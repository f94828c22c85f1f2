'use strict';
// The "raw" side of the comparisons: what a hand-written integration does with node:http — one keep-alive
// agent, JSON in and out, at a fixed concurrency.
const http = require('node:http');

function rawClient(baseUrl, { concurrency = 1 } = {}) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
	const base = new URL(baseUrl);
	// A kept-alive socket the server closed while idle (the sandbox's keep-alive timeout passes while the other side
	// of a comparison runs) fails the next request with ECONNRESET before anything was sent: sent again once, on a
	// new socket, as Node's documentation advises (`req.reusedSocket`).
	function request(options, retried = false) {
		return send(options).catch((error) => {
			if (!retried && error.reusedSocket && error.code === 'ECONNRESET') return request(options, true);
			throw error;
		});
	}
	function send({ method = 'GET', path, headers = {}, body }) {
		return new Promise((resolve, reject) => {
			const req = http.request(
				{ agent, host: base.hostname, port: base.port, method, path: base.pathname.replace(/\/+$/, '') + path, headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) } },
				(res) => {
					const chunks = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () => {
						const text = Buffer.concat(chunks).toString('utf8');
						let json;
						try {
							json = JSON.parse(text);
						} catch {
							json = undefined;
						}
						resolve({ status: res.statusCode, headers: res.headers, text, json });
					});
					res.on('error', reject);
				},
			);
			req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
			if (body !== undefined) req.write(body);
			req.end();
		});
	}
	return { request, close: () => agent.destroy() };
}

/** Calls `fn(i)` for i in [0, n) with at most `concurrency` in flight. */
async function loop(n, concurrency, fn) {
	let next = 0;
	const workers = Array.from({ length: Math.max(1, Math.min(concurrency, n)) }, async () => {
		while (next < n) await fn(next++);
	});
	await Promise.all(workers);
}

module.exports = { rawClient, loop };

/**
 * The same client interface as rawClient, but every request goes through n8n-core's `httpRequest` helper
 * (what `this.helpers.httpRequest*` run in a node): axios, a new agent per request, no keep-alive.
 */
function n8nCoreClient(baseUrl) {
	const {
		httpRequest,
	} = require('n8n-core/dist/execution-engine/node-execution-context/utils/request-helper-functions');
	const base = baseUrl.replace(/\/+$/, '');
	return {
		async request({ method = 'GET', path, headers = {}, body }) {
			const res = await httpRequest({ method, url: `${base}${path}`, headers, body, returnFullResponse: true, ignoreHttpStatusErrors: true, json: false, encoding: 'text' });
			const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
			let json;
			try {
				json = JSON.parse(text);
			} catch {
				json = undefined;
			}
			return { status: res.statusCode, headers: res.headers, text, json };
		},
		close() {},
	};
}

module.exports.n8nCoreClient = n8nCoreClient;
