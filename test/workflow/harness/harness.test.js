// The harness's own tests: it must reproduce n8n's credential semantics, or every workflow test built on it
// proves nothing. The fixture API below is the harness's test double, not a vendor emulation.
const http = require('node:http');
const { createHarness } = require('../../helpers/workflow-harness');
const { TestTokenApi, TestGenericApi, TokenProbe, GenericProbe, HeaderTrigger } = require('../../fixtures/token-api');

function startTokenServer() {
	const state = { issued: [], valid: new Set(), expiry: '401', requests: [] };
	const server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (c) => (raw += c));
		req.on('end', () => {
			const url = new URL(req.url, 'http://x');
			state.requests.push({ path: url.pathname, headers: req.headers, query: Object.fromEntries(url.searchParams) });
			const send = (status, body) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(body));
			};
			if (url.pathname === '/token') {
				const { apiKey } = JSON.parse(raw || '{}');
				if (apiKey !== 'good-key') return send(403, { error: 'bad key' });
				const token = `t${state.issued.length + 1}`;
				state.issued.push(token);
				state.valid.add(token);
				return send(200, { token });
			}
			const token = (req.headers.authorization || '').replace('Bearer ', '');
			if (!state.valid.has(token)) {
				return state.expiry === '401' ? send(401, { error: 'expired' }) : send(200, { expired: true });
			}
			if (url.pathname === '/me') return send(200, { ok: true });
			return send(200, { token, i: Number(url.searchParams.get('i')), key: req.headers['x-key'], tenant: url.searchParams.get('tenant') });
		});
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ state, url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`, close: () => new Promise((r) => server.close(r)) }),
		),
	);
}

describe('workflow harness', () => {
	let api;
	let harness;
	let credRef;

	beforeEach(async () => {
		api = await startTokenServer();
		harness = createHarness({
			extraNodes: {
				'test.tokenProbe': new TokenProbe(),
				'test.genericProbe': new GenericProbe(),
				'test.headerTrigger': new HeaderTrigger(),
			},
			extraCredentials: [new TestTokenApi(), new TestGenericApi()],
		});
		credRef = harness.credentials.set('testTokenApi', { baseUrl: api.url, apiKey: 'good-key', accessToken: '' });
	});

	afterEach(() => api.close());

	const probe = (items) =>
		harness.runWorkflow(
			{ nodes: [{ name: 'Probe', type: 'test.tokenProbe', credentials: { testTokenApi: credRef } }] },
			{ items: items.map((json) => ({ json })) },
		);

	test('fetches the token once for many items and persists it', async () => {
		const result = await probe([{}, {}, {}, {}, {}]);
		expect(result.status).toBe('success');
		expect(result.json('Probe').map((j) => j.i)).toEqual([0, 1, 2, 3, 4]);
		expect(api.state.issued).toEqual(['t1']);
		expect(harness.credentials.count('preAuthentication', 'testTokenApi')).toBe(1);
		expect(harness.credentials.get('testTokenApi').accessToken).toBe('t1');
	});

	test('reuses the persisted token in the next execution', async () => {
		await probe([{}]);
		const second = await probe([{}, {}]);
		expect(second.json('Probe').map((j) => j.token)).toEqual(['t1', 't1']);
		expect(api.state.issued).toEqual(['t1']);
	});

	test('refreshes once on HTTP 401, as n8n-core does, and keeps the new token', async () => {
		await probe([{}]);
		api.state.valid.clear();
		const result = await probe([{}, {}, {}]);
		expect(result.json('Probe').map((j) => j.token)).toEqual(['t2', 't2', 't2']);
		expect(api.state.issued).toEqual(['t1', 't2']);
		expect(harness.credentials.get('testTokenApi').accessToken).toBe('t2');
	});

	test('a node can force one refresh on an expiry signal inside a 200 body', async () => {
		api.state.expiry = 'body';
		await probe([{}]);
		api.state.valid.clear();
		const result = await probe([{}, {}]);
		expect(result.json('Probe').map((j) => j.token)).toEqual(['t2', 't2']);
		expect(api.state.issued).toEqual(['t1', 't2']);
		expect(harness.credentials.get('testTokenApi').accessToken).toBe('t2');
	});

	test('does not run preAuthentication when a token is stored', async () => {
		harness.credentials.set('testTokenApi', { baseUrl: api.url, apiKey: 'good-key', accessToken: 'stale' });
		api.state.valid.add('stale');
		const result = await probe([{}]);
		expect(result.json('Probe')[0].token).toBe('stale');
		expect(api.state.issued).toEqual([]);
	});

	test('node errors surface as the run error unless continueOnFail', async () => {
		harness.credentials.set('testTokenApi', { baseUrl: api.url, apiKey: 'wrong', accessToken: '' });
		const failed = await probe([{}]);
		expect(failed.status).toBe('error');
		expect(failed.error).toBeDefined();
		const tolerant = await harness.runWorkflow(
			{ nodes: [{ name: 'Probe', type: 'test.tokenProbe', onError: 'continueRegularOutput', credentials: { testTokenApi: credRef } }] },
			{ items: [{ json: {} }] },
		);
		expect(tolerant.json('Probe')[0].error).toMatch(/Forbidden/);
	});

	test('applies the credential type defaults to decrypted data', async () => {
		const data = await harness.credentials.getDecrypted({}, credRef, 'testTokenApi', 'internal');
		expect(data.region).toBe('cn-east');
	});

	test('resolves generic authenticate expressions', async () => {
		const result = await harness.runNode({
			type: 'test.genericProbe',
			parameters: { url: `${api.url}/generic` },
			credentials: { testGenericApi: { key: 'k-123' } },
		});
		// The fixture server refuses unauthenticated calls, so answer 401 → assert the headers reached it.
		const last = api.state.requests[api.state.requests.length - 1];
		expect(last.headers['x-key']).toBe('k-123');
		expect(last.query.tenant).toBe('acme');
		expect(result.status).toBe('error');
	});

	test("credential tests fetch a token only when none is stored, or after a 401 — as n8n 2.41.1's tester does — and apply the rules", async () => {
		const data = { baseUrl: api.url, apiKey: 'good-key', accessToken: '' };
		expect(await harness.testCredential('testTokenApi', data)).toMatchObject({ status: 'OK' });
		expect(api.state.issued).toEqual(['t1']);
		// a token the credential holds is used as is (n8n 2.41.1 passed a cached token's test with a wrong secret, #17)
		expect(await harness.testCredential('testTokenApi', { ...data, apiKey: 'nope', accessToken: 't1' })).toMatchObject({ status: 'OK' });
		expect(api.state.issued).toEqual(['t1']);
		// one the API refuses with 401: one token request, one retry
		expect(await harness.testCredential('testTokenApi', { ...data, accessToken: 'revoked' })).toMatchObject({ status: 'OK' });
		expect(api.state.issued).toEqual(['t1', 't2']);
		const bad = await harness.testCredential('testTokenApi', { ...data, apiKey: 'nope' });
		expect(bad.status).toBe('Error');
		expect(api.state.issued).toEqual(['t1', 't2']);
	});

	test('calls a trigger webhook with the raw body and reports whether a run starts', async () => {
		const body = '{"event":"x"}';
		const ok = await harness.callWebhook({
			type: 'test.headerTrigger',
			parameters: { secret: 's3' },
			headers: { 'content-type': 'application/json', 'x-secret': 's3' },
			body,
		});
		expect(ok.started).toBe(true);
		expect(ok.items).toEqual([{ event: 'x' }]);
		expect(ok.response.body).toEqual({ ok: true, bytes: Buffer.byteLength(body) });
		const refused = await harness.callWebhook({
			type: 'test.headerTrigger',
			parameters: { secret: 's3' },
			headers: { 'content-type': 'application/json', 'x-secret': 'nope' },
			body,
		});
		expect(refused.started).toBe(false);
		expect(refused.response.status).toBe(401);
	});

	test('runs webhookMethods with persistent static data', async () => {
		const params = { path: 'abc' };
		const before = await harness.runWebhookMethod({ type: 'test.headerTrigger', parameters: params, method: 'checkExists' });
		expect(before.value).toBe(false);
		await harness.runWebhookMethod({ type: 'test.headerTrigger', parameters: params, method: 'create' });
		const after = await harness.runWebhookMethod({ type: 'test.headerTrigger', parameters: params, method: 'checkExists' });
		expect(after.value).toBe(true);
		expect(JSON.stringify(after.staticData)).toMatch(/registered/);
		expect(Object.values(after.staticData)[0].registered).toMatch(/\/webhook\/.*abc$/);
	});
});
