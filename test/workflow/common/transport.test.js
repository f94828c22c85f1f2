// The shared transport, exercised through a fixture node in real workflows against a scripted API.
const http = require('node:http');
const { createHarness } = require('../../helpers/workflow-harness');
const { TestTokenApi } = require('../../fixtures/token-api');
const { TransportProbe } = require('../../fixtures/transport-probe');

function startApi() {
	/** @type {any} */
	const state = { issued: 0, valid: new Set(), script: [], requests: [], inFlight: 0, peak: 0 };
	const server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (c) => (raw += c));
		req.on('end', async () => {
			const url = new URL(req.url, 'http://x');
			const send = (status, body, headers = {}) => {
				res.writeHead(status, { 'content-type': 'application/json', ...headers });
				res.end(JSON.stringify(body));
			};
			if (url.pathname === '/token') {
				const token = `tok-secret-${++state.issued}`;
				state.valid.add(token);
				return send(200, { token });
			}
			state.requests.push({ path: url.pathname, i: url.searchParams.get('i'), at: Date.now() });
			const token = (req.headers.authorization || '').replace('Bearer ', '');
			if (!state.valid.has(token)) return send(403, { code: 'TOKEN', message: 'expired' });
			const step = state.script.shift();
			if (step === 'drop') return req.socket.destroy();
			if (step === '429') return send(429, {}, { 'retry-after': '0' });
			if (step === '500') return send(500, {});
			if (url.pathname === '/slow') {
				state.inFlight++;
				state.peak = Math.max(state.peak, state.inFlight);
				await new Promise((r) => setTimeout(r, 30));
				state.inFlight--;
			}
			if (url.pathname === '/fail') {
				state.failTokens = [...(state.failTokens || []), token];
				if (state.onFail) state.onFail();
				return send(200, { code: 4001, message: `widget missing (token ${token})`, requestId: 'req-77', detail: 'widget=42' });
			}
			return send(200, { code: 0, i: Number(url.searchParams.get('i')), token });
		});
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ state, url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`, close: () => new Promise((r) => server.close(r)) }),
		),
	);
}

describe('nodes/common/transport', () => {
	let api;
	let harness;
	let ref;
	beforeEach(async () => {
		api = await startApi();
		harness = createHarness({ extraNodes: { 'test.transportProbe': new TransportProbe() }, extraCredentials: [new TestTokenApi()] });
		ref = harness.credentials.set('testTokenApi', { baseUrl: api.url, apiKey: 'k', accessToken: '' });
	});
	afterEach(() => api.close());

	const run = (parameters, n = 1, settings = {}) =>
		harness.runWorkflow(
			{ nodes: [{ name: 'Probe', type: 'test.transportProbe', parameters, credentials: { testTokenApi: ref }, ...settings }] },
			{ items: Array.from({ length: n }, () => ({ json: {} })) },
		);

	test('one token for many concurrent items, outputs paired in order', async () => {
		const result = await run({ path: '/echo' }, 10);
		expect(result.json('Probe').map((j) => j.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(result.items('Probe').map((i) => i.pairedItem.item)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(api.state.issued).toBe(1);
	});

	test('reads the credential once per node run itself; n8n reads it for each signed request', async () => {
		await run({ path: '/echo' });
		const getDecrypted = harness.credentials.getDecrypted.bind(harness.credentials);
		let reads = 0;
		harness.credentials.getDecrypted = (...args) => {
			reads++;
			return getDecrypted(...args);
		};
		const result = await run({ path: '/echo' }, 6);
		expect(result.json('Probe').map((j) => j.i)).toEqual([0, 1, 2, 3, 4, 5]);
		// 6 reads by httpRequestWithAuthentication (one per request) + 1 by the transport for the whole run.
		expect(reads).toBe(7);
		// A refresh still reads the new token: the expired one is not reused from memory.
		api.state.valid.clear();
		reads = 0;
		const refreshed = await run({ path: '/echo' }, 3);
		expect(refreshed.status).toBe('success');
		expect(refreshed.json('Probe').map((j) => j.token)).toEqual(['tok-secret-2', 'tok-secret-2', 'tok-secret-2']);
		expect(api.state.issued).toBe(2);
	});

	test('a vendor-specific expiry signal (403) refreshes once and persists the token', async () => {
		await run({ path: '/echo' });
		api.state.valid.clear();
		const result = await run({ path: '/echo' }, 3);
		expect(result.status).toBe('success');
		expect(api.state.issued).toBe(2);
		expect(harness.credentials.get('testTokenApi').accessToken).toBe('tok-secret-2');
	});

	test('retries rate limits, 5xx and dropped connections', async () => {
		api.state.script = ['429', '500', 'drop'];
		const result = await run({ path: '/echo' });
		expect(result.status).toBe('success');
		expect(api.state.requests).toHaveLength(4);
	});

	test('vendor failures become NodeApiError with code, hint and request id, without secrets', async () => {
		const result = await run({ path: '/fail' });
		expect(result.status).toBe('error');
		const error = result.error;
		expect(error.message).toBe('Probe Vendor error 4001: widget missing (token ***)');
		expect(error.description).toContain('Check the widget id.');
		expect(error.description).toContain('widget=42');
		expect(error.description).toContain('Request ID: req-77');
		expect(JSON.stringify(result.run)).not.toContain('tok-secret-1');
	});

	test('an error quoting the token sent is redacted with that token — not only the one read before or after (another run refreshed in between)', async () => {
		// The stored token changes twice around this request: after the transport's own read (A → B: n8n reads and
		// signs with B) and while the vendor answers (B → C). The vendor's error quotes B, the token that was sent.
		for (const t of ['tok-secret-A', 'tok-secret-B', 'tok-secret-C']) api.state.valid.add(t);
		harness.credentials.set('testTokenApi', { baseUrl: api.url, apiKey: 'k', accessToken: 'tok-secret-A' });
		const setToken = (accessToken) => harness.credentials.set('testTokenApi', { ...harness.credentials.get('testTokenApi'), accessToken });
		const getDecrypted = harness.credentials.getDecrypted.bind(harness.credentials);
		let reads = 0;
		harness.credentials.getDecrypted = async (...args) => {
			const data = await getDecrypted(...args);
			if (++reads === 1) setToken('tok-secret-B');
			return data;
		};
		api.state.onFail = () => setToken('tok-secret-C');
		const result = await run({ path: '/fail' });
		expect(result.status).toBe('error');
		expect(api.state.failTokens).toEqual(['tok-secret-B']);
		expect(result.error.message).toBe('Probe Vendor error 4001: widget missing (token ***)');
		expect(JSON.stringify(result.run)).not.toContain('tok-secret-B');
	});

	test('continueOnFail turns a failure into an error item for that item only', async () => {
		const result = await run({ path: '/fail' }, 2, { onError: 'continueRegularOutput' });
		const out = result.json('Probe');
		expect(out).toHaveLength(2);
		expect(out[0].error).toMatch(/4001/);
	});

	test('a serial bucket keeps requests one at a time even for concurrent items', async () => {
		await run({ path: '/slow', bucket: 'serial' }, 5);
		expect(api.state.peak).toBe(1);
		api.state.peak = 0;
		await run({ path: '/slow' }, 5);
		expect(api.state.peak).toBeGreaterThan(1);
	});

	test('an unreachable vendor gives a clear error without the URL query', async () => {
		harness.credentials.set('testTokenApi', { baseUrl: 'http://127.0.0.1:1', apiKey: 'k', accessToken: 'tok-secret-x' });
		const result = await run({ path: '/echo' });
		expect(result.status).toBe('error');
		expect(result.error.message).toBe('Could not reach Probe Vendor (connection refused)');
		expect(result.error.description).toMatch(/ECONNREFUSED/);
		expect(JSON.stringify(result.error)).not.toContain('tok-secret-x');
	});
});

describe('nodes/common/router', () => {
	test('without continueOnFail, items after a failing one are never sent', async () => {
		const api = await startApi();
		try {
			const harness = createHarness({ extraNodes: { 'test.transportProbe': new TransportProbe() }, extraCredentials: [new TestTokenApi()] });
			const ref = harness.credentials.set('testTokenApi', { baseUrl: api.url, apiKey: 'k', accessToken: '' });
			const items = [{ path: '/echo' }, { path: '/fail' }, { path: '/echo' }, { path: '/echo' }, { path: '/echo' }, { path: '/echo' }];
			const result = await harness.runWorkflow(
				{ nodes: [{ name: 'Probe', type: 'test.transportProbe', parameters: { path: '={{ $json.path }}', bucket: 'serial' }, credentials: { testTokenApi: ref } }] },
				{ items: items.map((json) => ({ json })) },
			);
			expect(result.status).toBe('error');
			// Serial bucket + 4 concurrent workers: items 0 and 1 run, the failure stops the rest from being sent.
			const sent = api.state.requests.map((r) => Number(r.i));
			expect(sent).toContain(1);
			expect(sent.filter((i) => i >= 2).length).toBeLessThan(4);
		} finally {
			await api.close();
		}
	});
});
