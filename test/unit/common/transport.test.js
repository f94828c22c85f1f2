// nodes/common/transport.ts called directly, with a small n8n stand-in as `this`: getCredentials reads a stored
// credential; helpers.httpRequestWithAuthentication behaves like n8n-core's (the credential data handed in, or a
// fresh read; an empty Access Token runs the credential's preAuthentication — which saves a claim as it is, or
// fetches a token — and n8n saves what it returns; a claim write stops before sending). The vendor answers from a
// script. Waits (n8n's sleep) are recorded and run at once, so retry delays are checked without timing anything.
const { NodeApiError, NodeOperationError } = require('n8n-workflow');
const { createTransport, crossProcessRefresh } = require('../../../nodes/common/transport');
const { Pacer } = require('../../../nodes/common/pacing');
const { ClaimWritten, claimOutput, claimWriteOf, newClaim, parseClaim } = require('../../../credentials/signing/tokenClaim');
const { rejection } = require('../../helpers/rejection');

// Each test takes milliseconds; a mutant that makes the code loop fails fast instead of after jest's 30 s.
jest.setTimeout(5000);

const realSetTimeout = setTimeout;
let delays;
beforeEach(() => {
	delays = [];
	jest.spyOn(global, 'setTimeout').mockImplementation((fn, ms, ...args) => {
		delays.push(ms);
		return realSetTimeout(fn, 0, ...args);
	});
	crossProcessRefresh.settleMs = 0;
});
afterEach(() => {
	jest.restoreAllMocks();
	Object.assign(crossProcessRefresh, { settleMs: 2000, pollMs: 250, claimMs: 20000, rounds: 3 });
});

const SECRET = 'sec-client-secret-42';
const profile = {
	vendor: 'Acme',
	credentialType: 'acmeApi',
	isTokenExpired: (response) => response.statusCode === 401,
	failure: (response, body) => {
		if (body && typeof body === 'object' && body.code) {
			return { code: String(body.code), message: String(body.message), retryable: body.retryable, retryLimit: body.retryLimit, retryDelayMs: body.retryDelayMs };
		}
		if (response.statusCode >= 400) return { code: String(response.statusCode), message: `HTTP ${response.statusCode}`, retryable: response.statusCode === 429 || response.statusCode >= 500 };
		return undefined;
	},
	hints: { E1: 'Check the widget.' },
};

let credentialIds = 0;

/**
 * An n8n execute context over one stored credential, and a vendor answering `script` steps in order (then 200
 * with the token it saw). A step: a response, a function of the request, or an Error to throw.
 * @param {{ script?: any[], stored?: Record<string, unknown>, reference?: boolean, fetchToken?: (data: any, state: any) => Promise<{ accessToken: string }> }} [options]
 * @returns {{ context: any, state: any, node: any, id: string }}
 */
function setup({ script = [], stored = {}, reference = true, fetchToken = undefined } = {}) {
	const id = `cred-${++credentialIds}`;
	const store = { baseUrl: 'https://api.acme.test//', clientSecret: SECRET, accessToken: 'tok-stored', ...stored };
	const state = { store, reads: 0, fetched: 0, saved: [], sends: [], calls: [], script: [...script] };
	const node = {
		id: 'n1',
		name: 'Acme',
		type: 'n8n-nodes-cn-enterprise.acme',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		...(reference ? { credentials: { acmeApi: { id, name: 'Acme account' } } } : {}),
	};
	const context = {
		getNode: () => node,
		getCredentials: async (type, itemIndex) => {
			state.reads++;
			expect(type).toBe('acmeApi');
			state.readItems = [...(state.readItems ?? []), itemIndex];
			return { ...store };
		},
		helpers: {
			async httpRequestWithAuthentication(type, request, additional) {
				expect(this).toBe(context);
				expect(type).toBe('acmeApi');
				state.calls.push({ request, additional });
				const data = additional ? additional.credentialsDecrypted.data : { ...store };
				if (additional) expect(additional.credentialsDecrypted).toMatchObject({ id, name: 'Acme account', type: 'acmeApi' });
				if (data.accessToken === '') {
					const claim = claimOutput(data);
					let output = claim;
					if (!output) {
						state.fetched++;
						output = fetchToken ? await fetchToken(data, state) : { accessToken: `tok-new-${state.fetched}` };
					}
					Object.assign(data, output);
					store.accessToken = output.accessToken;
					state.saved.push(output.accessToken);
				}
				if (claimWriteOf(data) !== undefined) throw new ClaimWritten();
				state.sends.push({ request, token: data.accessToken, data });
				const step = state.script.shift();
				const answer = typeof step === 'function' ? await step(request, data, state) : step;
				if (answer instanceof Error) throw answer;
				return answer ?? { statusCode: 200, headers: { 'x-token': data.accessToken }, body: { ok: true, token: data.accessToken } };
			},
		},
	};
	return { context, state, node, id };
}

/** @param {any} [body] */
const ok = (body = { ok: true }) => ({ statusCode: 200, headers: {}, body });
const status = (statusCode, headers = {}, body = {}) => ({ statusCode, headers, body });
const network = (code, where = 'code') => {
	const error = /** @type {any} */ (new Error(`request failed ${code}`));
	if (where === 'code') error.code = code;
	if (where === 'httpCode') error.httpCode = code;
	if (where === 'cause') error.cause = { code };
	if (where === 'errorResponse') error.errorResponse = { code };
	return error;
};


const request = createTransport(profile);

describe('the request', () => {
	test('is built from the options below the credential\'s base URL; the decoded body is the answer', async () => {
		const { context, state } = setup({ script: [ok({ value: 1 })] });
		const answer = await request.call(context, {
			method: 'POST',
			path: '/v1/things',
			qs: { a: 1 },
			body: { b: 2 },
			headers: { 'x-h': 'v' },
			itemIndex: 2,
		});
		expect(answer).toEqual({ value: 1 });
		expect(state.calls).toHaveLength(1);
		const { request: sent, additional } = state.calls[0];
		expect(sent).toEqual({
			method: 'POST',
			url: 'https://api.acme.test/v1/things',
			qs: { a: 1 },
			body: { b: 2 },
			headers: { 'x-h': 'v' },
			json: true,
			encoding: undefined,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 60000,
		});
		expect(additional.credentialsDecrypted.data).toEqual({ ...state.store });
		expect(state.readItems[0]).toBe(2);
	});

	test('each send gets its own copy of the headers; a download is not JSON; the timeout is the option\'s', async () => {
		const headers = { 'x-h': 'v' };
		const { context, state } = setup({
			script: [
				(req) => {
					req.headers['x-added'] = 'by n8n';
					return status(500);
				},
				ok(Buffer.from('file')),
			],
		});
		const answer = await request.call(context, { method: 'GET', path: '/file', headers, encoding: 'arraybuffer', timeout: 5 });
		expect(answer).toEqual(Buffer.from('file'));
		expect(headers).toEqual({ 'x-h': 'v' });
		expect(state.calls[1].request.headers).toEqual({ 'x-h': 'v' });
		expect(state.calls[1].request).toMatchObject({ json: false, encoding: 'arraybuffer', timeout: 5 });
		expect((await (async () => {
			const s = setup();
			await request.call(s.context, { method: 'GET', path: '/x' });
			return s.state.calls[0].request.headers;
		})())).toEqual({});
	});

	test('raw: the whole response with the decoded body', async () => {
		const decoding = createTransport({ ...profile, decode: (body, credentials) => ({ decoded: body, secret: credentials.clientSecret }) });
		const { context } = setup({ script: [{ statusCode: 201, headers: { h: '1' }, body: 'raw' }] });
		expect(await decoding.call(context, { method: 'GET', path: '/x', raw: true })).toEqual({
			statusCode: 201,
			headers: { h: '1' },
			body: { decoded: 'raw', secret: SECRET },
		});
	});

	test('a base URL without a trailing slash, or none at all', async () => {
		const a = setup({ stored: { baseUrl: 'http://h' } });
		await request.call(a.context, { method: 'GET', path: '/p' });
		expect(a.state.calls[0].request.url).toBe('http://h/p');
		const b = setup({ stored: { baseUrl: undefined } });
		await request.call(b.context, { method: 'GET', path: '/p' });
		expect(b.state.calls[0].request.url).toBe('/p');
	});

	test('onSend is told every attempt', async () => {
		const attempts = [];
		const { context } = setup({ script: [status(503), status(503)] });
		await request.call(context, { method: 'GET', path: '/x', onSend: (n) => attempts.push(n) });
		expect(attempts).toEqual([0, 1, 2]);
	});

	test('without a credential reference on the node: n8n reads the credential itself, no token flight', async () => {
		const { context, state } = setup({ reference: false, stored: { accessToken: '' } });
		const answers = await Promise.all([1, 2].map(() => request.call(context, { method: 'GET', path: '/x' })));
		expect(state.calls.map((c) => c.additional)).toEqual([undefined, undefined]);
		expect(answers[0].token).toBe('tok-new-1');
		expect(state.sends).toHaveLength(2);
	});
});

describe('credential reads', () => {
	test('one node run reads the credential once for its requests (n8n is handed a fresh read per send)', async () => {
		const { context, state } = setup();
		await request.call(context, { method: 'GET', path: '/a' });
		const afterFirst = state.reads;
		await request.call(context, { method: 'GET', path: '/b' });
		// The second request reuses the context's read and reads once more for its send.
		expect(state.reads).toBe(afterFirst + 1);
		expect(afterFirst).toBe(2);
	});

	test('a credential that could not be read is read again by the next request', async () => {
		const { context, state } = setup();
		const read = context.getCredentials;
		context.getCredentials = async () => {
			state.reads++;
			throw new Error('database down');
		};
		expect((await rejection(request.call(context, { method: 'GET', path: '/a' }))).message).toBe('database down');
		context.getCredentials = read;
		expect(await request.call(context, { method: 'GET', path: '/a' })).toEqual({ ok: true, token: 'tok-stored' });
	});

	test('without a token yet, each request reads again (another one may have fetched it)', async () => {
		const { context, state } = setup({ stored: { accessToken: '' } });
		await request.call(context, { method: 'GET', path: '/a' });
		expect(state.fetched).toBe(1);
		const reads = state.reads;
		expect(await request.call(context, { method: 'GET', path: '/b' })).toEqual({ ok: true, token: 'tok-new-1' });
		expect(state.fetched).toBe(1);
		expect(state.reads).toBeGreaterThan(reads + 1);
	});
});

describe('tokens', () => {
	test('concurrent requests without a token share one fetch', async () => {
		const { context, state } = setup({ stored: { accessToken: '' } });
		const answers = await Promise.all([0, 1, 2, 3].map((i) => request.call(context, { method: 'GET', path: `/x${i}`, itemIndex: i })));
		expect(state.fetched).toBe(1);
		expect(answers.map((a) => a.token)).toEqual(['tok-new-1', 'tok-new-1', 'tok-new-1', 'tok-new-1']);
		expect(state.sends.map((s) => s.token)).toEqual(['tok-new-1', 'tok-new-1', 'tok-new-1', 'tok-new-1']);
	});

	test('a token fetch that fails is not waited for forever: the next request fetches', async () => {
		let fail = true;
		const { context, state } = setup({
			stored: { accessToken: '' },
			fetchToken: async () => {
				if (fail) throw new NodeApiError({ name: 'Acme', type: 'x', typeVersion: 1, position: [0, 0], parameters: {}, id: '1' }, { message: 'token endpoint down' }, { message: 'token endpoint down' });
				return { accessToken: 'tok-late' };
			},
		});
		const results = await Promise.allSettled([1, 2].map(() => request.call(context, { method: 'GET', path: '/x' })));
		expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
		expect(/** @type {PromiseRejectedResult} */ (results[0]).reason.message).toBe('token endpoint down');
		fail = false;
		expect(await request.call(context, { method: 'GET', path: '/x' })).toEqual({ ok: true, token: 'tok-late' });
		expect(state.fetched).toBe(3);
	});

	test('an expiry answer refreshes once, retries once, and the new token is saved', async () => {
		const { context, state } = setup({ script: [status(401)] });
		expect(await request.call(context, { method: 'GET', path: '/x' })).toEqual({ ok: true, token: 'tok-new-1' });
		expect(state.sends.map((s) => s.token)).toEqual(['tok-stored', 'tok-new-1']);
		expect(state.store.accessToken).toBe('tok-new-1');
		expect(state.fetched).toBe(1);
		// settleMs 0 (one process): no wait at all.
		expect(delays).toEqual([]);
	});

	test('a second expiry answer after the refresh is the failure (no endless refresh)', async () => {
		const { context, state } = setup({ script: [status(401), status(401), status(401)] });
		const error = await rejection(request.call(context, { method: 'GET', path: '/x', retries: 0, itemIndex: 1 }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Acme error 401: HTTP 401');
		expect(error.httpCode).toBe('401');
		expect(state.sends).toHaveLength(2);
		expect(state.fetched).toBe(1);
	});

	test('the retries start again after a refresh', async () => {
		const { context, state } = setup({ script: [status(503), status(401), status(503)] });
		expect(await request.call(context, { method: 'GET', path: '/x', retries: 1 })).toEqual({ ok: true, token: 'tok-new-1' });
		expect(state.sends).toHaveLength(4);
	});

	test('concurrent expiry answers: one refresh, the others use its token', async () => {
		const expired = new Set(['tok-stored']);
		const vendor = (req, data) => (expired.has(data.accessToken) ? status(401) : ok({ token: data.accessToken }));
		const { context, state } = setup({ script: Array(12).fill(vendor) });
		const answers = await Promise.all([0, 1, 2, 3].map(() => request.call(context, { method: 'GET', path: '/x' })));
		expect(answers).toEqual(Array(4).fill({ token: 'tok-new-1' }));
		expect(state.fetched).toBe(1);
	});

	test('a request that read the old token after another refreshed it uses the new one without refreshing', async () => {
		const { context, state } = setup({
			script: [
				(req, data, s) => {
					// Another process refreshed meanwhile: its token is in the credential.
					s.store.accessToken = 'tok-other';
					return status(401);
				},
			],
		});
		expect(await request.call(context, { method: 'GET', path: '/x' })).toEqual({ ok: true, token: 'tok-other' });
		expect(state.fetched).toBe(0);
		expect(state.sends.map((s) => s.token)).toEqual(['tok-stored', 'tok-other']);
	});

	test('renewal: a token due for renewal is refreshed with the profile\'s fields before it is used', async () => {
		const renewing = createTransport({
			...profile,
			renewal: (credentials, now) => {
				expect(typeof now).toBe('number');
				return credentials.accessToken === 'tok-stored' ? { refreshToken: 'rt-1' } : undefined;
			},
		});
		const { context, state } = setup({
			fetchToken: async (data) => {
				expect(data.refreshToken).toBe('rt-1');
				return { accessToken: 'tok-renewed' };
			},
		});
		expect(await renewing.call(context, { method: 'GET', path: '/x' })).toEqual({ ok: true, token: 'tok-renewed' });
		expect(state.sends.map((s) => s.token)).toEqual(['tok-renewed']);
		expect(state.fetched).toBe(1);
		// The renewed credential is read back: a later request of this run sends the new token, renews nothing.
		expect(await renewing.call(context, { method: 'GET', path: '/y' })).toEqual({ ok: true, token: 'tok-renewed' });
		expect(state.fetched).toBe(1);
	});
});

describe('retries', () => {
	test('429 and 5xx are retried with backoff 250, 500, 1000 ms, then the failure is raised', async () => {
		const { context, state } = setup({ script: [status(429), status(500), status(503), status(502)] });
		const error = await rejection(request.call(context, { method: 'GET', path: '/x', itemIndex: 3 }));
		expect(error.message).toBe('Acme error 502: HTTP 502');
		expect(error.context.itemIndex).toBe(3);
		expect(state.sends).toHaveLength(4);
		expect(delays).toEqual([250, 500, 1000]);
	});

	test('the backoff is capped at 8 s', async () => {
		const { context } = setup({ script: Array(7).fill(status(500)) });
		await request.call(context, { method: 'GET', path: '/x', retries: 7 });
		expect(delays).toEqual([250, 500, 1000, 2000, 4000, 8000, 8000]);
	});

	test('Retry-After in seconds (or its first value) is the wait, capped at 8 s; a bad one is ignored', async () => {
		const { context } = setup({
			script: [
				status(429, { 'retry-after': '2' }),
				status(429, { 'retry-after': ['0', '5'] }),
				status(429, { 'retry-after': '30' }),
				status(429, { 'retry-after': 'soon' }),
				status(429, { 'retry-after': '-1' }),
				status(429, { 'retry-after': '' }),
			],
		});
		await request.call(context, { method: 'GET', path: '/x', retries: 6 });
		expect(delays).toEqual([2000, 0, 8000, 2000, 4000, 0]);
	});

	test('retries: 0 raises the first retryable failure; a failure that is not retryable is raised at once', async () => {
		const a = setup({ script: [status(500)] });
		expect((await rejection(request.call(a.context, { method: 'GET', path: '/x', retries: 0 }))).message).toBe('Acme error 500: HTTP 500');
		expect(a.state.sends).toHaveLength(1);
		const b = setup({ script: [status(400)] });
		expect((await rejection(request.call(b.context, { method: 'GET', path: '/x' }))).message).toBe('Acme error 400: HTTP 400');
		expect(b.state.sends).toHaveLength(1);
		expect(delays).toEqual([]);
	});

	test('a failure\'s own retry limit and delay: retried even with retries 0, the delay doubled up to 16× and capped', async () => {
		const tooFast = ok({ code: 'FAST', message: 'too frequent', retryable: true, retryLimit: 6, retryDelayMs: 100 });
		const { context, state } = setup({ script: Array(6).fill(tooFast) });
		expect(await request.call(context, { method: 'GET', path: '/x', retries: 0 })).toEqual({ ok: true, token: 'tok-stored' });
		expect(state.sends).toHaveLength(7);
		expect(delays).toEqual([100, 200, 400, 800, 1600, 1600]);
		const capped = setup({ script: [ok({ code: 'FAST', message: 'x', retryable: true, retryDelayMs: 5000 }), ok({ code: 'FAST', message: 'x', retryable: true, retryDelayMs: 5000 })] });
		delays = [];
		await request.call(capped.context, { method: 'GET', path: '/x', retries: 2 });
		expect(delays).toEqual([5000, 8000]);
	});

	test('the retry limit is the larger of the request\'s and the failure\'s', async () => {
		const busy = ok({ code: 'BUSY', message: 'busy', retryable: true, retryLimit: 1 });
		const { context, state } = setup({ script: Array(4).fill(busy) });
		expect((await rejection(request.call(context, { method: 'GET', path: '/x', retries: 3 }))).message).toBe('Acme error BUSY: busy');
		expect(state.sends).toHaveLength(4);
	});

	test.each(['code', 'httpCode', 'cause', 'errorResponse'])('a dropped connection (code in %s) is retried', async (where) => {
		const { context, state } = setup({ script: [network('ECONNRESET', where), network('ETIMEDOUT', where)] });
		expect(await request.call(context, { method: 'GET', path: '/x' })).toEqual({ ok: true, token: 'tok-stored' });
		expect(state.sends).toHaveLength(3);
		expect(delays).toEqual([250, 500]);
	});

	test.each(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'EAI_AGAIN', 'ESOCKETTIMEDOUT'])('%s is retried', async (code) => {
		const { context, state } = setup({ script: [network(code)] });
		await request.call(context, { method: 'GET', path: '/x' });
		expect(state.sends).toHaveLength(2);
	});

	test.each([
		['ECONNREFUSED', 'connection refused'],
		['ENOTFOUND', 'host not found'],
	])('%s is not retried: "Could not reach" with the reason, the item and no secret', async (code, reason) => {
		const { context, state } = setup({ script: [network(code, 'cause')] });
		const error = await rejection(request.call(context, { method: 'GET', path: '/x', itemIndex: 4 }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(`Could not reach Acme (${reason})`);
		expect(error.description).toContain(`Network error ${code}.`);
		expect(error.context.itemIndex).toBe(4);
		expect(state.sends).toHaveLength(1);
	});

	test('dropped connections past the retries: "Could not reach" (timed out)', async () => {
		const { context, state } = setup({ script: [network('ETIMEDOUT'), network('ETIMEDOUT')] });
		const error = await rejection(request.call(context, { method: 'GET', path: '/x', retries: 1 }));
		expect(error.message).toBe('Could not reach Acme (timed out)');
		expect(state.sends).toHaveLength(2);
	});

	test('an unknown error code is not a network code: not retried, "no answer", redacted', async () => {
		const { context, state } = setup({ script: [Object.assign(new Error(`boom ${SECRET}`), { code: 'EWEIRD', httpCode: 7, cause: { code: 42 } })] });
		const error = await rejection(request.call(context, { method: 'GET', path: '/x' }));
		expect(error.message).toBe('Could not reach Acme (no answer)');
		expect(error.description).toContain('Network error EWEIRD.');
		expect(state.sends).toHaveLength(1);
		const plain = setup({ script: [new Error(`boom ${SECRET}`)] });
		const raised = await rejection(request.call(plain.context, { method: 'GET', path: '/x' }));
		expect(raised.description).toContain('Network error boom ***.');
		expect(JSON.stringify(raised)).not.toContain(SECRET);
	});

	test('a NodeApiError without a network code is raised as it is', async () => {
		const thrown = new NodeOperationError({ name: 'Acme', type: 'x', typeVersion: 1, position: [0, 0], parameters: {}, id: '1' }, 'not api');
		const apiError = new NodeApiError({ name: 'Acme', type: 'x', typeVersion: 1, position: [0, 0], parameters: {}, id: '1' }, { message: 'as is' }, { message: 'as is' });
		const a = setup({ script: [apiError] });
		expect(await rejection(request.call(a.context, { method: 'GET', path: '/x' }))).toBe(apiError);
		const b = setup({ script: [thrown] });
		const wrapped = await rejection(request.call(b.context, { method: 'GET', path: '/x' }));
		expect(wrapped).toBeInstanceOf(NodeApiError);
		expect(wrapped.message).toBe('Could not reach Acme (no answer)');
	});
});

describe('failures', () => {
	test('a vendor refusal: code, message, hint, item, HTTP status; the token sent redacted', async () => {
		const { context } = setup({ script: [(req, data) => ok({ code: 'E1', message: `no widget for ${data.accessToken} / ${SECRET}` })] });
		const error = await rejection(request.call(context, { method: 'GET', path: '/x', itemIndex: 6 }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Acme error E1: no widget for *** / ***');
		expect(error.description).toBe('Check the widget.');
		expect(error.httpCode).toBe('200');
		expect(error.context.itemIndex).toBe(6);
	});

	test('the token a retry sent after a refresh is redacted, and the one refused before it', async () => {
		const { context } = setup({
			script: [
				status(401),
				(req, data, s) => {
					// Another run refreshes right after this answer: the credential then holds a third token.
					s.store.accessToken = 'tok-third-run';
					return ok({ code: 'E2', message: `refused ${data.accessToken}, was tok-stored, now tok-third-run` });
				},
			],
		});
		const error = await rejection(request.call(context, { method: 'GET', path: '/x' }));
		expect(error.message).toBe('Acme error E2: refused ***, was ***, now ***');
	});

	test('an accepted refusal is answered like a success, redacted', async () => {
		const { context } = setup({ script: [(req, data) => ok({ code: 'DUP', message: `already there (${data.accessToken})`, list: [SECRET] })] });
		expect(await request.call(context, { method: 'GET', path: '/x', accept: ['DUP'] })).toEqual({ code: 'DUP', message: 'already there (***)', list: ['***'] });
		const other = setup({ script: [ok({ code: 'E1', message: 'x' })] });
		expect((await rejection(request.call(other.context, { method: 'GET', path: '/x', accept: ['DUP'] }))).message).toBe('Acme error E1: x');
	});

	test('a success is not redacted', async () => {
		const { context } = setup({ script: [ok({ echo: SECRET })] });
		expect(await request.call(context, { method: 'GET', path: '/x', accept: ['DUP'] })).toEqual({ echo: SECRET });
	});
});

describe('pacing', () => {
	test('a request in a paced bucket runs through the pacer under the credential id; others do not', async () => {
		const runs = [];
		const pacer = new Pacer({ writes: { concurrency: 1 } });
		const run = pacer.run.bind(pacer);
		pacer.run = (key, bucket, task) => {
			runs.push([key, bucket]);
			return run(key, bucket, task);
		};
		const paced = createTransport(profile, pacer);
		const { context, id } = setup();
		await paced.call(context, { method: 'GET', path: '/x', bucket: 'writes' });
		await paced.call(context, { method: 'GET', path: '/x', bucket: 'reads' });
		await paced.call(context, { method: 'GET', path: '/x' });
		expect(runs).toEqual([[id, 'writes']]);
		const anonymous = setup({ reference: false });
		await paced.call(anonymous.context, { method: 'GET', path: '/x', bucket: 'writes' });
		expect(runs[1]).toEqual(['default', 'writes']);
	});

	test('a serial bucket sends concurrent requests one at a time', async () => {
		let active = 0;
		let peak = 0;
		const slow = async () => {
			active++;
			peak = Math.max(peak, active);
			await new Promise((resolve) => realSetTimeout(resolve, 5));
			active--;
			return ok();
		};
		const paced = createTransport(profile, new Pacer({ serial: { concurrency: 1 } }));
		const { context } = setup({ script: Array(4).fill(slow) });
		await Promise.all([0, 1, 2, 3].map(() => paced.call(context, { method: 'GET', path: '/x', bucket: 'serial' })));
		expect(peak).toBe(1);
	});
});

describe('one refresh across processes (claims in the stored credential)', () => {
	test('the refreshing process writes its claim, finds it still there, refreshes and saves the token', async () => {
		crossProcessRefresh.settleMs = 1;
		const { context, state } = setup({ script: [status(401)] });
		expect(await request.call(context, { method: 'GET', path: '/x' })).toEqual({ ok: true, token: 'tok-new-1' });
		const claim = state.saved[0];
		expect(parseClaim(claim)).toBeDefined();
		expect(state.saved).toEqual([claim, 'tok-new-1']);
		expect(delays).toContain(1);
		// The claim write is sent with the credential's own data plus the claim, to the base URL; nothing reaches the vendor.
		const write = state.calls.find((c) => claimWriteOf(c.additional.credentialsDecrypted.data) !== undefined);
		expect(write.request).toEqual({ method: 'GET', url: 'https://api.acme.test' });
		expect(state.sends.map((s) => s.token)).toEqual(['tok-stored', 'tok-new-1']);
	});

	test('a claim write to a credential without a base URL goes to the loopback address (stopped before sending)', async () => {
		const { context, state } = setup({ script: [status(401)], stored: { baseUrl: '' } });
		await request.call(context, { method: 'GET', path: '/x' });
		const write = state.calls.find((c) => claimWriteOf(c.additional.credentialsDecrypted.data) !== undefined);
		expect(write.request.url).toBe('http://127.0.0.1');
	});

	test('another process\'s live claim is waited out; its token is used, nothing refreshed here', async () => {
		const other = newClaim(Date.now(), 'otherprocess');
		let polls = 0;
		const { context, state } = setup({
			script: [
				(req, data, s) => {
					s.store.accessToken = other;
					return status(401);
				},
			],
		});
		const read = context.getCredentials;
		context.getCredentials = async (...args) => {
			const data = await read(...args);
			if (data.accessToken === other && ++polls === 3) state.store.accessToken = 'tok-from-other';
			return data;
		};
		expect(await request.call(context, { method: 'GET', path: '/x' })).toEqual({ ok: true, token: 'tok-from-other' });
		expect(state.fetched).toBe(0);
		expect(delays.filter((d) => d === 250).length).toBeGreaterThanOrEqual(2);
	});

	test('a claim older than claimMs is taken over', async () => {
		const stale = newClaim(Date.now() - 60000, 'deadprocess');
		const { context, state } = setup({ script: [(req, data, s) => ((s.store.accessToken = stale), status(401))] });
		expect(await request.call(context, { method: 'GET', path: '/x' })).toEqual({ ok: true, token: 'tok-new-1' });
		expect(state.fetched).toBe(1);
		expect(delays.filter((d) => d === 250)).toEqual([]);
	});

	test('losing the agreement: another process\'s claim replaced ours, then its token arrives', async () => {
		const { context, state } = setup({ script: [status(401)] });
		const read = context.getCredentials;
		let overwritten = false;
		context.getCredentials = async (...args) => {
			const current = state.store.accessToken;
			if (!overwritten && parseClaim(current)?.owner && !current.includes('otherprocess')) {
				// Our claim was just saved; another process saves its own over it, and later its token.
				overwritten = true;
				state.store.accessToken = newClaim(Date.now(), 'otherprocess');
				realSetTimeout(() => (state.store.accessToken = 'tok-winner'), 0);
			}
			return await read(...args);
		};
		expect(await request.call(context, { method: 'GET', path: '/x' })).toEqual({ ok: true, token: 'tok-winner' });
		expect(state.fetched).toBe(0);
	});

	test('without agreement after all rounds a process refreshes anyway', async () => {
		crossProcessRefresh.rounds = 2;
		const { context, state } = setup({ script: [status(401)] });
		const read = context.getCredentials;
		let rounds = 0;
		context.getCredentials = async (...args) => {
			const data = await read(...args);
			const claim = parseClaim(data.accessToken);
			// Every claim of ours is gone again when read back (a stale claim from elsewhere each time).
			if (claim && claim.owner !== 'elsewhere') {
				rounds++;
				state.store.accessToken = newClaim(0, 'elsewhere');
				return { ...data, accessToken: state.store.accessToken };
			}
			return data;
		};
		expect(await request.call(context, { method: 'GET', path: '/x' })).toEqual({ ok: true, token: 'tok-new-1' });
		expect(rounds).toBe(2);
		expect(state.fetched).toBe(1);
	});

	test('a refresh this process claimed that fails releases the claim', async () => {
		const { context, state } = setup({
			script: [status(401)],
			fetchToken: async () => {
				throw Object.assign(new Error('token endpoint refused'), { code: 'ECONNREFUSED' });
			},
		});
		const error = await rejection(request.call(context, { method: 'GET', path: '/x', retries: 0 }));
		expect(error.message).toBe('Could not reach Acme (connection refused)');
		const claim = state.saved[0];
		expect(parseClaim(claim)).toBeDefined();
		expect(state.saved).toEqual([claim, '']);
		expect(state.store.accessToken).toBe('');
	});

	test('a failed refresh leaves a claim that is no longer ours alone', async () => {
		const { context, state } = setup({
			script: [status(401)],
			fetchToken: async (data, s) => {
				s.store.accessToken = 'tok-someone-else';
				throw Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
			},
		});
		await rejection(request.call(context, { method: 'GET', path: '/x', retries: 0 }));
		expect(state.store.accessToken).toBe('tok-someone-else');
		expect(state.saved.filter((t) => t === '')).toEqual([]);
	});

	test('a send that reads another refresh\'s live claim waits outside its pacing slot, then sends the new token', async () => {
		const other = newClaim(Date.now(), 'otherprocess');
		const { context, state } = setup();
		const read = context.getCredentials;
		let reads = 0;
		context.getCredentials = async (...args) => {
			reads++;
			if (reads === 2) state.store.accessToken = other;
			if (reads === 4) state.store.accessToken = 'tok-after-claim';
			return await read(...args);
		};
		const paced = createTransport(profile, new Pacer({ serial: { concurrency: 1 } }));
		expect(await paced.call(context, { method: 'GET', path: '/x', bucket: 'serial' })).toEqual({ ok: true, token: 'tok-after-claim' });
		expect(state.sends.map((s) => s.token)).toEqual(['tok-after-claim']);
	});
});
