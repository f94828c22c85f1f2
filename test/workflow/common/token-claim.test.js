// One token refresh across n8n processes (nodes/common/transport.ts crossProcessRefresh,
// credentials/signing/tokenClaim.ts): two "processes" — two instances of the transport module (each its own
// token flight and process id, loaded with jest.isolateModules) running real n8n-core executions — share one
// credential store, as n8n's workers share the credential in PostgreSQL. The vendor's token endpoint is slow
// (2.5 s, longer than the old random slot of 0–2.1 s): both processes see the refusal at the same moment and
// would both fetch a token without an agreement. The queue suite (test/queue) repeats this on real workers.
const http = require('node:http');
const { createHarness } = require('../../helpers/workflow-harness');
const { TestTokenApi } = require('../../fixtures/token-api');

const TOKEN_DELAY_MS = 2500;

function startApi() {
	const state = { issued: 0, valid: new Set(), refusedClaims: 0, tokenDown: false };
	const server = http.createServer((req, res) => {
		req.resume();
		req.on('end', async () => {
			const url = new URL(req.url, 'http://x');
			const send = (status, body) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(body));
			};
			if (url.pathname === '/token') {
				if (state.tokenDown) return send(500, { message: 'token service down' });
				await new Promise((r) => setTimeout(r, TOKEN_DELAY_MS));
				const token = `tok-secret-${++state.issued}`;
				state.valid.add(token);
				return send(200, { token });
			}
			const token = (req.headers.authorization || '').replace('Bearer ', '');
			if (token.startsWith('cn-enterprise-refresh-claim:')) state.refusedClaims++;
			if (!state.valid.has(token)) return send(403, { code: 'TOKEN', message: 'expired' });
			return send(200, { code: 0, i: Number(url.searchParams.get('i')), token });
		});
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ state, url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`, close: () => new Promise((r) => server.close(r)) }),
		),
	);
}

/** One "process": its own transport module instance (token flight, process id) and n8n-core harness. */
function startProcess(store) {
	/** @type {any} */
	let loaded;
	jest.isolateModules(() => {
		loaded = {
			TransportProbe: require('../../fixtures/transport-probe').TransportProbe,
			transport: require('../../../nodes/common/transport'),
			claim: require('../../../credentials/signing/tokenClaim'),
		};
	});
	// The agreement as in production, its waits shortened: a claim here is saved at once (an in-memory store).
	Object.assign(loaded.transport.crossProcessRefresh, { settleMs: 300, pollMs: 50 });
	const harness = createHarness({ extraNodes: { 'test.transportProbe': new loaded.TransportProbe() }, extraCredentials: [new TestTokenApi()] });
	if (store) harness.credentials.store = store;
	return { harness, processId: loaded.claim.PROCESS_ID };
}

describe('token refresh across processes (two transport instances, one credential store)', () => {
	let api;
	beforeEach(async () => {
		api = await startApi();
	});
	afterEach(() => api.close());

	test('after each of 5 revocations, 4 items in each of two processes at once: one token fetch, no error', async () => {
		const a = startProcess();
		const b = startProcess(a.harness.credentials.store);
		expect(a.processId).not.toBe(b.processId);
		const ref = a.harness.credentials.set('testTokenApi', { baseUrl: api.url, apiKey: 'k', accessToken: '' });
		const run = (p) =>
			p.harness.runWorkflow(
				// Paced one at a time (like DiDi's member writes): a request waiting for another's refresh must not hold
				// the bucket the refresh needs.
				{ nodes: [{ name: 'Probe', type: 'test.transportProbe', parameters: { path: '/echo', bucket: 'serial' }, credentials: { testTokenApi: ref } }] },
				{ items: Array.from({ length: 4 }, () => ({ json: {} })) },
			);
		expect((await run(a)).status).toBe('success');
		expect(api.state.issued).toBe(1);
		// Valid token: the other process reads it from the shared credential, fetches nothing.
		expect((await run(b)).status).toBe('success');
		expect(api.state.issued).toBe(1);

		const fetches = [];
		for (let round = 0; round < 5; round++) {
			api.state.valid.clear(); // the vendor revokes the token
			const before = api.state.issued;
			const results = await Promise.all([run(a), run(b)]);
			fetches.push(api.state.issued - before);
			expect(results.map((r) => r.status)).toEqual(['success', 'success']);
			const tokens = new Set(results.flatMap((r) => r.json('Probe').map((j) => j.token)));
			expect([...tokens]).toEqual([`tok-secret-${api.state.issued}`]);
			expect(a.harness.credentials.get('testTokenApi').accessToken).toBe(`tok-secret-${api.state.issued}`);
		}
		process.stderr.write(`[token claim] token fetches per revocation, two processes × 4 items: ${fetches.join(', ')}; claim tokens sent to the vendor: ${api.state.refusedClaims}\n`);
		expect(fetches).toEqual([1, 1, 1, 1, 1]);
		// A process that read another's claim waited for its token instead of sending the claim.
		expect(api.state.refusedClaims).toBe(0);
		// The agreement ran: claims were written through preAuthentication (nothing fetched by them).
		expect(a.harness.credentials.count('claims', 'testTokenApi')).toBeGreaterThanOrEqual(5);
	}, 120000);

	test("a refresh that fails releases its claim: the other process's next request fetches at once", async () => {
		const a = startProcess();
		const b = startProcess(a.harness.credentials.store);
		const ref = a.harness.credentials.set('testTokenApi', { baseUrl: api.url, apiKey: 'k', accessToken: '' });
		const run = (p, n = 1) =>
			p.harness.runWorkflow(
				{ nodes: [{ name: 'Probe', type: 'test.transportProbe', parameters: { path: '/echo' }, credentials: { testTokenApi: ref } }] },
				{ items: Array.from({ length: n }, () => ({ json: {} })) },
			);
		expect((await run(a)).status).toBe('success');
		api.state.valid.clear();
		// The token endpoint is down for process a's refresh.
		api.state.tokenDown = true;
		const failed = await run(a);
		expect(failed.status).toBe('error');
		expect(a.harness.credentials.get('testTokenApi').accessToken).toBe('');
		api.state.tokenDown = false;
		const t0 = Date.now();
		expect((await run(b)).status).toBe('success');
		// No claim to wait out (20 s): b fetched the token right away.
		expect(Date.now() - t0).toBeLessThan(TOKEN_DELAY_MS + 5000);
		expect(api.state.issued).toBe(2);
	}, 60000);
});
