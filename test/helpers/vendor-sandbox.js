// One factory for the per-vendor workflow-test set-up: a sandbox, the harness with the sandbox credential,
// the sandbox control client, its request log, and a relay that forwards the sandbox's callbacks (raw bytes,
// headers, query, path) into a trigger's webhook() through the harness. The vendor helpers in
// test/workflow/<vendor>/helpers.js configure it with their vendor name, credential and token path.
const http = require('node:http');
const path = require('node:path');
const { logEntries } = require('./sandbox-log');
const { createHarness } = require('./workflow-harness');

const ROOT = path.join(__dirname, '..', '..');

/**
 * A client for the sandbox control API (`/_sandbox/...`): answers parsed JSON (text when not JSON).
 * `strict` (default) throws on a non-2xx answer; otherwise the answer is returned as it is.
 * @param {string} base the sandbox URL
 * @param {{ strict?: boolean }} [options]
 * @returns {(method: string, route: string, body?: unknown) => Promise<any>}
 */
function sandboxControl(base, { strict = true } = {}) {
	const send = (method, route, body) =>
		fetch(`${base.replace(/\/+$/, '')}/_sandbox${route}`, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
	return async (method, route, body) => {
		// A keep-alive socket the sandbox closed while idle (after a long run) fails the next call with
		// ECONNRESET before the request was read: send it again on a new connection, twice at most.
		let res;
		for (let attempt = 0; ; attempt++) {
			try {
				res = await send(method, route, body);
				break;
			} catch (error) {
				const code = error && error.cause && error.cause.code;
				if (attempt >= 2 || !['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'].includes(code)) throw error;
			}
		}
		const text = await res.text();
		if (strict && !res.ok) throw new Error(`sandbox ${method} ${route} → ${res.status} ${text}`);
		if (!text) return undefined;
		try {
			return JSON.parse(text);
		} catch {
			return text;
		}
	};
}

/**
 * @typedef {object} VendorSandboxOptions
 * @property {string} vendor sandbox vendor name (`zhenling`), also the credential's `baseUrl` path
 * @property {string} credentialType e.g. `zhenlingApi`
 * @property {{ id: string, name: string }} credentialRef the id/name the credential is saved under
 * @property {string} nodeType the node `run()` runs, e.g. `zhenling`
 * @property {string} [nodeName] its name in the run (default: none)
 * @property {RegExp} tokenPath request-log paths of token calls (left out of `calls()`)
 * @property {object} [credentialExtra] fields added to the sandbox credential
 * @property {object} [sandboxOptions] createSandbox options (port 0 always)
 * @property {object} [harnessOptions] createHarness options
 * @property {string} [sandboxDir] another sandbox build (default: this repository's)
 * @property {number} [logLimit] request-log entries read (default 10,000)
 * @property {boolean} [vendorDefaults] the sandbox's own seed and token lifetimes (default: seed 1, tokens 1 h)
 * @property {boolean} [strict] the control client throws on a non-2xx answer (default true)
 */

/** @param {VendorSandboxOptions} options */
async function startVendorSandbox(options) {
	const { vendor, credentialType, credentialRef, nodeType, nodeName, tokenPath } = options;
	const sandboxDir = options.sandboxDir || path.join(ROOT, 'sandbox');
	const { createSandbox } = require(path.join(sandboxDir, 'index.js'));
	const sandboxCredentials = require(path.join(sandboxDir, 'credentials.json'));
	const defaults = options.vendorDefaults ? {} : { seed: 1, tokenTtlSeconds: 3600 };
	const sandbox = await createSandbox({ ...defaults, ...(options.sandboxOptions || {}), port: 0 });
	const base = sandbox.url.replace(/\/+$/, '');
	const harness = createHarness(options.harnessOptions);
	const data = { ...sandboxCredentials[vendor], baseUrl: `${base}/${vendor}`, ...(options.credentialExtra || {}), accessToken: '' };
	const credential = harness.credentials.set(credentialType, data, credentialRef);
	const control = sandboxControl(base, { strict: options.strict !== false });

	/** Every request the sandbox logged for this vendor, oldest first. */
	const log = async () => logEntries(await control('GET', `/log?vendor=${vendor}&limit=${options.logLimit || 10000}`));
	/** Business calls the sandbox received (token calls left out), oldest first. */
	const calls = async () => (await log()).filter((e) => (e.vendor === undefined || e.vendor === vendor) && !tokenPath.test(e.path || e.url || ''));
	/** Token calls the sandbox received, oldest first. */
	const tokenCalls = async () => (await log()).filter((e) => tokenPath.test(e.path || e.url || ''));
	const state = async (collection, query = '') => control('GET', `/state/${vendor}/${collection}${query}`);
	/** Fresh sandbox state and log, the credential without a token, the harness counters at zero. */
	const reset = async () => {
		await control('POST', '/reset', { vendor });
		await control('DELETE', '/log');
		harness.credentials.set(credentialType, { ...data }, { id: credential.id, name: credential.name });
		harness.credentials.resetStats();
	};
	const run = (parameters, items, settings) =>
		harness.runNode({ type: nodeType, ...(nodeName ? { name: nodeName } : {}), parameters, items, credentials: { [credentialType]: credential }, settings });

	return { sandbox, base, harness, credential, data, control, log, calls, tokenCalls, state, reset, run, sandboxCredentials, close: () => sandbox.close() };
}

/** Control answers may wrap their payload: take the list/object inside. */
function unwrap(answer) {
	if (answer && typeof answer === 'object' && !Array.isArray(answer)) {
		for (const key of ['records', 'items', 'entries', 'log', 'state', 'data']) if (key in answer) return answer[key];
	}
	return answer;
}

/**
 * The DiDi and Hose test context: `startVendorSandbox` with the sandbox's own seed and token lifetimes and the
 * lenient control client (non-2xx answers returned), control answers unwrapped (`state`, `log`), `reset`,
 * token revocation and the vendor's emit.
 * @param {VendorSandboxOptions} options
 * @param {{ clearLogOnReset?: boolean, logLimit?: number }} [context] `reset` also clears the request log; entries `log` asks for
 */
async function startLenientSandbox(options, { clearLogOnReset = false, logLimit } = {}) {
	const { vendor, credentialType } = options;
	const { sandbox, harness, credential, data: credentialData, control, run } = await startVendorSandbox({ ...options, vendorDefaults: true, strict: false });
	return {
		sandbox,
		harness,
		credential,
		credentialData,
		control,
		async reset() {
			await control('POST', '/reset', { vendor });
			if (clearLogOnReset) await control('DELETE', '/log');
			harness.credentials.set(credentialType, { ...credentialData, accessToken: '' }, { id: credential.id, name: credential.name });
			harness.credentials.resetStats();
		},
		state: async (collection, query = '') => unwrap(await control('GET', `/state/${vendor}/${collection}${query}`)),
		log: async () => unwrap(await control('GET', `/log?vendor=${vendor}${logLimit ? `&limit=${logLimit}` : ''}`)),
		/** Runs the vendor's node once on `items` (default one empty item). */
		run,
		revokeTokens: () => control('POST', '/tokens/revoke', { vendor }),
		emit: (body) => control('POST', '/emit', { vendor, ...body }),
		close: () => sandbox.close(),
	};
}

/**
 * An HTTP server the sandbox can call back: each POST is handed, as received, to `toCall(request)` which
 * returns the harness callWebhook arguments (or undefined for a 404); the trigger's answer goes back.
 * @param {any} harness
 * @param {(request: { url: URL, headers: import('node:http').IncomingHttpHeaders, body: Buffer, remoteAddress?: string }) => any} toCall
 * @param {{ path?: string, onResult?: (result: any, url: URL) => any }} [options] `path` is appended to the relay's URL
 */
async function webhookRelay(harness, toCall, { path: urlPath = '', onResult = (result) => result } = {}) {
	const received = [];
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			try {
				const url = new URL(req.url, 'http://relay');
				const call = toCall({ url, headers: req.headers, body: Buffer.concat(chunks), remoteAddress: req.socket.remoteAddress });
				if (!call) {
					res.writeHead(404).end();
					return;
				}
				const result = await harness.callWebhook(call);
				received.push(onResult(result, url));
				const { status, body, headers } = result.response;
				res.writeHead(status, { ...(headers || {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) });
				res.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
			} catch (error) {
				res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error && error.stack));
			}
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}${urlPath}`;
	return { url, received, server, close: () => new Promise((resolve) => server.close(resolve)) };
}

module.exports = { sandboxControl, startLenientSandbox, startVendorSandbox, unwrap, webhookRelay };
