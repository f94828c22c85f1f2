// Shared setup for the Zhenling workflow tests: the sandbox, the harness with the sandbox credential, the
// sandbox control API and its request log.
const path = require('node:path');
const { logEntries } = require('../../helpers/sandbox-log');
const { createHarness } = require('../../helpers/workflow-harness');

const ROOT = path.join(__dirname, '..', '..', '..');
const { createSandbox } = require(path.join(ROOT, 'sandbox', 'index.js'));
const SANDBOX_CREDENTIALS = require(path.join(ROOT, 'sandbox', 'credentials.json'));

/** @param {{ harnessOptions?: any }} [options] */
async function setup({ harnessOptions } = {}) {
	const sandbox = await createSandbox({ port: 0, seed: 1, tokenTtlSeconds: 3600, quiet: true });
	const base = sandbox.url.replace(/\/+$/, '');
	const harness = createHarness(harnessOptions);
	const data = { ...SANDBOX_CREDENTIALS.zhenling, baseUrl: `${base}/zhenling`, grantEncoding: 'form', accessToken: '' };
	const credential = harness.credentials.set('zhenlingApi', data, { id: 'zhenling-sandbox', name: 'Zhenling (sandbox)' });

	const control = async (method, route, body) => {
		const res = await fetch(`${base}/_sandbox${route}`, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		const json = text ? JSON.parse(text) : undefined;
		if (!res.ok) throw new Error(`sandbox ${method} ${route} → ${res.status} ${text}`);
		return json;
	};
	/** Zhenling business calls the sandbox received (token calls excluded), oldest first. */
	const calls = async () => {
		const log = await control('GET', '/log?vendor=zhenling&limit=10000');
		const entries = logEntries(log);
		return entries.filter((e) => !/oauth\/token/.test(e.path || ''));
	};
	const tokenCalls = async () => {
		const log = await control('GET', '/log?vendor=zhenling&limit=10000');
		const entries = logEntries(log);
		return entries.filter((e) => /oauth\/token/.test(e.path || ''));
	};
	const state = async (collection, query = '') => control('GET', `/state/zhenling/${collection}${query}`);
	const reset = async () => {
		await control('POST', '/reset', { vendor: 'zhenling' });
		await control('DELETE', '/log');
		harness.credentials.set('zhenlingApi', { ...data }, { id: credential.id, name: credential.name });
		harness.credentials.resetStats();
	};

	const run = (parameters, items, settings) =>
		harness.runNode({ type: 'zhenling', name: 'Zhenling', parameters, items, credentials: { zhenlingApi: credential }, settings });

	return { sandbox, base, harness, credential, data, control, calls, tokenCalls, state, reset, run, close: () => sandbox.close() };
}

/** Polls until `fn()` is truthy (sandbox callbacks are delivered a moment after the write). */
async function until(fn, { timeoutMs = 3000, stepMs = 20 } = {}) {
	const end = Date.now() + timeoutMs;
	for (;;) {
		const value = await fn();
		if (value) return value;
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, stepMs));
	}
}

module.exports = { setup, until, SANDBOX_CREDENTIALS };

/**
 * A receiver for the sandbox's callbacks: forwards each raw POST (bytes, headers, query) into the Zhenling
 * Trigger's webhook() through the harness and answers what the trigger answered.
 */
async function receiver(env, { parameters = {}, workflowId = 'zhenling-trigger', headers: extraHeaders = {} } = {}) {
	const http = require('node:http');
	const received = [];
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			try {
				const url = new URL(req.url, 'http://x');
				const result = await env.harness.callWebhook({
					type: 'zhenlingTrigger',
					parameters,
					headers: { ...req.headers, ...extraHeaders },
					query: Object.fromEntries(url.searchParams),
					body: Buffer.concat(chunks),
					workflowId,
				});
				received.push(result);
				const body = result.response.body;
				res.writeHead(result.response.status, { 'content-type': 'application/json' });
				res.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
			} catch (error) {
				res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error && error.stack));
			}
		});
	});
	await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
	const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/webhook/8c1f0d2e-0001-4a3b-9d70-0000000000b2/zhenling`;
	return { url, received, close: () => new Promise((r) => server.close(r)) };
}

module.exports.receiver = receiver;
