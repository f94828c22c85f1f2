// The five credentials in real workflows (n8n-core's engine, the harness's faithful credentials helper),
// against the vendor sandbox (sandbox/, written from the vendor documents independently of credentials/):
// per vendor, one token fetch serves many items, one refresh on the vendor's own expiry signal,
// authenticate applied twice still signs the unchanged body validly, and n8n's credential test passes (and
// fails on a wrong secret without showing it). The sandbox's request log shows what each vendor received.
const path = require('node:path');
const { createHarness } = require('../../helpers/workflow-harness');
const { sandboxControl } = require('../../helpers/vendor-sandbox');
const { probeNodes } = require('./credential-probe');
const { DidiEnterpriseApi } = require('../../../credentials/DidiEnterpriseApi.credentials');
const { HoseApi } = require('../../../credentials/HoseApi.credentials');
const { ZhenlingApi } = require('../../../credentials/ZhenlingApi.credentials');
const { ZhiguancheApi } = require('../../../credentials/ZhiguancheApi.credentials');
const { ZeyiApi } = require('../../../credentials/ZeyiApi.credentials');

const SANDBOX_DIR = path.join(__dirname, '..', '..', '..', 'sandbox');
const { createSandbox } = require(SANDBOX_DIR);
const CREDS = require(path.join(SANDBOX_DIR, 'credentials.json'));
/** The credential fields without the sandbox's default-port baseUrl (each spec sets its own). */
const fields = (vendor) => {
	const { baseUrl: _ignored, ...rest } = CREDS[vendor];
	return rest;
};

const VENDORS = {
	didi: {
		signed: true, // the sandbox checks a request signature
		type: 'didiEnterpriseApi',
		credential: new DidiEnterpriseApi(),
		data: (url) => ({ environment: 'production', ...fields('didi'), baseUrl: `${url}/didi`, signMethod: 'sha256', encryption: 'none', encryptKey: '', accessToken: '' }),
		secret: 'clientSecret',
		tokenFailure: 'DiDi token request failed',
		tokenPaths: ['/river/Auth/authorize'],
		// a harmless upsert (OutApproval/Status); the nested object checks that raw values are signed as DiDi does
		call: { method: 'POST', path: '/river/OutApproval/Status', body: { out_id: 'n8n-credential-test', status: 1, travel_detail: { trips: [{ city: '北京' }] } } },
		get: { method: 'GET', path: '/river/Member/get', qs: { offset: 0, length: 100, name: '张 三' } },
		expiry: 'HTTP 200 + errno 401',
		direct401: false,
	},
	hose: {
		signed: false, // the sandbox checks a request signature
		type: 'hoseApi',
		credential: new HoseApi(),
		data: (url) => ({ edition: 'standalone', ...fields('hose'), baseUrl: `${url}/hose`, accessToken: '' }),
		secret: 'appSecurity',
		tokenFailure: 'Hose token request failed',
		tokenPaths: ['/api/openapi/v1/auth/getAccessToken', '/api/openapi/v2/auth/refreshToken'],
		call: { method: 'GET', path: '/api/openapi/v1/departments', qs: { start: 0, count: 100 } },
		expiry: 'HTTP 403',
		direct401: false,
	},
	zhenling: {
		signed: false, // the sandbox checks a request signature
		type: 'zhenlingApi',
		credential: new ZhenlingApi(),
		data: (url) => ({ ...fields('zhenling'), baseUrl: `${url}/zhenling`, tokenUrl: '/oauth/token', grantEncoding: 'form', accessToken: '' }),
		secret: 'clientSecret',
		tokenFailure: 'Zhenling token request failed',
		tokenPaths: ['/oauth/token'],
		call: { method: 'POST', path: '/api/v1/contract/list', body: { pageNum: 1, pageSize: 10 } },
		expiry: 'HTTP 401',
		direct401: true,
	},
	zhiguanche: {
		signed: true, // the sandbox checks a request signature
		type: 'zhiguancheApi',
		credential: new ZhiguancheApi(),
		data: (url) => ({ ...fields('zhiguanche'), baseUrl: `${url}/zhiguanche`, pathPrefix: '/openapi/v1', accessToken: '' }),
		secret: 'appSecret',
		tokenFailure: 'ZhiGuanChe token request failed',
		tokenPaths: ['/openapi/v1/auth/token'],
		call: { method: 'POST', path: '/vehicles/list', qs: { pageSize: 20, pageNo: 1 }, body: { plateNo: '沪A12345' } },
		expiry: 'HTTP 401',
		direct401: true,
	},
	zeyi: {
		signed: true, // the sandbox checks a request signature
		type: 'zeyiApi',
		credential: new ZeyiApi(),
		data: (url) => ({ environment: 'test', ...fields('zeyi'), baseUrl: `${url}/zeyi`, signData: 'body', encryptionMode: 'prefixed', accessToken: '' }),
		secret: 'password',
		tokenFailure: 'Zeyi login failed',
		tokenPaths: ['/auth-service-api/login/password'],
		call: { method: 'POST', path: '/vehicle-service-api/maintenance/repairConfirm', body: { code: 'WBJL21071000044', repairFlag: true, reason: '站点 A' } },
		expiry: 'HTTP 401',
		direct401: true,
	},
};

let sandbox;
beforeAll(async () => {
	sandbox = await createSandbox({ port: 0, seed: 1, size: 'small', tokenTtlSeconds: 3600, quiet: true });
});
afterAll(() => sandbox && sandbox.close());

const control = (method, route, body) => sandboxControl(sandbox.url)(method, route, body);

describe.each(Object.entries(VENDORS))('%s credential in workflows', (vendor, spec) => {
	let harness;
	let ref;
	const api = {
		/** The sandbox's request log for this vendor: token requests ("token") or the others ("call"). */
		calls: async (kind) => {
			const entries = await control('GET', `/log?vendor=${vendor}`);
			const isToken = (e) => spec.tokenPaths.some((p) => e.path.startsWith(p));
			return entries.filter((e) => !kind || (kind === 'token' ? isToken(e) : !isToken(e)));
		},
		clearLog: () => control('DELETE', `/log?vendor=${vendor}`),
		revokeAll: () => control('POST', '/tokens/revoke', { vendor }),
	};
	/** A call the vendor accepted: HTTP 200 and, for DiDi, errno 0 (DiDi answers token expiry as HTTP 200 + errno 401). */
	const accepted = (e) => e.status === 200 && (e.errno === undefined || Number(e.errno) === 0);

	beforeEach(async () => {
		await control('POST', '/reset', { vendor });
		harness = createHarness({ extraNodes: probeNodes() });
		ref = harness.credentials.set(spec.type, spec.data(sandbox.url));
	});

	const run = (n, call = spec.call, mode = 'transport') =>
		harness.runWorkflow(
			{
				nodes: [
					{
						name: 'Probe',
						type: `test.credentialProbe_${spec.type}`,
						parameters: {
							mode,
							method: call.method,
							path: call.path,
							body: call.body ? JSON.stringify(call.body) : '',
							qs: call.qs ? JSON.stringify(call.qs) : '',
						},
						credentials: { [spec.type]: ref },
					},
				],
			},
			{ items: Array.from({ length: n }, (_, i) => ({ json: { i } })) },
		);

	test('one token fetch serves many items', async () => {
		const result = await run(12);
		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		expect(result.items('Probe')).toHaveLength(12);
		expect(await api.calls('token')).toHaveLength(1);
		const calls = await api.calls('call');
		expect(calls).toHaveLength(12);
		expect(calls.filter((c) => !accepted(c))).toEqual([]);
		expect(new Set(calls.map((c) => c.signature))).toEqual(new Set([spec.signed ? 'ok' : 'n/a']));
		expect(harness.credentials.count('preAuthentication', spec.type)).toBe(1);
		// the next execution reuses the persisted token
		await run(3);
		expect(await api.calls('token')).toHaveLength(1);
		expect((await api.calls('call')).filter(accepted)).toHaveLength(15);
	});

	test(`one refresh on the vendor's expiry signal (${spec.expiry})`, async () => {
		await run(1);
		const firstToken = harness.credentials.get(spec.type).accessToken;
		expect(firstToken).toBeTruthy();
		await api.revokeAll();
		await api.clearLog();
		const result = await run(6);
		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		expect(await api.calls('token')).toHaveLength(1);
		const calls = await api.calls('call');
		const rejected = calls.filter((c) => !accepted(c));
		expect(rejected.length).toBeGreaterThanOrEqual(1);
		// every refusal is the vendor's expiry signal, nothing else
		for (const c of rejected) expect(vendor === 'didi' ? [c.status, Number(c.errno)] : [c.status]).toEqual(vendor === 'didi' ? [200, 401] : [spec.expiry === 'HTTP 403' ? 403 : 401]);
		expect(calls.filter(accepted)).toHaveLength(6);
		const newToken = harness.credentials.get(spec.type).accessToken;
		expect(newToken).toBeTruthy();
		expect(newToken).not.toBe(firstToken);
	});

	test('authenticate applied twice still sends a valid signature over the unchanged body', async () => {
		await run(1);
		await api.clearLog();
		// as n8n hands it to authenticate: the stored token (and its fingerprint), the type's defaults applied
		const data = await harness.credentials.getDecrypted({}, ref, spec.type, 'internal');
		const call = spec.call;
		const first = await spec.credential.authenticate(data, { method: /** @type {import('n8n-workflow').IHttpRequestMethods} */ (call.method), url: `${data.baseUrl}${call.path}`, qs: call.qs, body: call.body, headers: {}, json: true });
		const second = await spec.credential.authenticate(data, first);
		expect(second.body).toStrictEqual(first.body);
		const url = new URL(second.url);
		for (const [k, v] of Object.entries(second.qs || {})) url.searchParams.set(k, String(v));
		const body = second.body === undefined ? undefined : typeof second.body === 'string' ? second.body : JSON.stringify(second.body);
		const headers = /** @type {Record<string, string>} */ ({ ...second.headers });
		if (body && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
		const response = await fetch(url, { method: second.method, headers, body });
		const answer = await response.json();
		expect(response.status).toBe(200);
		expect(answer.errno === undefined || answer.errno === 0).toBe(true);
		expect(answer.success === undefined || answer.success === true).toBe(true);
		const [entry] = await api.calls('call');
		expect(accepted(entry)).toBe(true);
		expect(entry.signature).toBe(spec.signed ? 'ok' : 'n/a');
		if (typeof first.body === 'string') expect(entry.rawBody).toBe(first.body);
	});

	if (spec.get) {
		test('GET: params and sign in the query string, raw values signed', async () => {
			const result = await run(2, spec.get);
			expect(result.error).toBeUndefined();
			expect(result.json('Probe')[0].data.records.length).toBeGreaterThan(0);
			const calls = await api.calls('call');
			expect(calls).toHaveLength(2);
			for (const c of calls) {
				expect(c.method).toBe('GET');
				expect(c.rawBody).toBe('');
				expect(c.signature).toBe('ok');
				expect(c.query).toMatchObject({ name: '张 三', offset: '0', length: '100', sign: expect.any(String) });
			}
		});
	}

	if (spec.direct401) {
		test("n8n-core's own 401 retry re-applies authenticate to its output: same body bytes, new token, valid signature", async () => {
			await run(1, spec.call, 'direct');
			const firstToken = harness.credentials.get(spec.type).accessToken;
			await api.revokeAll();
			await api.clearLog();
			const result = await run(1, spec.call, 'direct');
			expect(result.error).toBeUndefined();
			expect(result.status).toBe('success');
			const calls = await api.calls('call');
			expect(calls.map((c) => c.status)).toEqual([401, 200]);
			expect(calls[1].rawBody).toBe(calls[0].rawBody);
			expect(calls[1].signature).toBe(spec.signed ? 'ok' : 'n/a');
			expect(harness.credentials.get(spec.type).accessToken).not.toBe(firstToken);
			expect(await api.calls('token')).toHaveLength(1);
		});
	}

	test("n8n's credential test passes, and fails on a wrong secret without showing it", async () => {
		expect(await harness.testCredential(spec.type, spec.data(sandbox.url))).toMatchObject({ status: 'OK' });
		const wrong = `wrong-${spec.secret}-value-123`;
		const bad = await harness.testCredential(spec.type, { ...spec.data(sandbox.url), [spec.secret]: wrong });
		expect(bad.status).toBe('Error');
		expect(bad.message).not.toContain(wrong);
		expect(bad.message).not.toContain(CREDS[vendor][spec.secret]);
	});

	test('a token fetched before the secret was edited is not used: a wrong secret fails at the token request (run and credential test), the right one works again (#17)', async () => {
		await run(1);
		const cached = harness.credentials.get(spec.type);
		expect(cached.accessToken).toBeTruthy();
		const wrong = `wrong-${spec.secret}-value-123`;
		// the user edits the secret; n8n keeps the hidden token fields as they were
		harness.credentials.set(spec.type, { ...cached, [spec.secret]: wrong });
		await api.clearLog();
		const failed = await run(1);
		expect(failed.status).not.toBe('success');
		expect(failed.error && failed.error.message).toContain(spec.tokenFailure);
		expect(JSON.stringify({ message: failed.error.message, description: failed.error.description })).not.toContain(wrong);
		expect(await api.calls('call')).toEqual([]); // nothing went out with the old token
		expect(await api.calls('token')).not.toEqual([]);
		expect(harness.credentials.get(spec.type).accessToken).toBe(cached.accessToken);

		// n8n's credential test of the edited credential, the old token still stored
		const tested = await harness.testCredential(spec.type, { ...cached, [spec.secret]: wrong });
		expect(tested).toMatchObject({ status: 'Error' });
		expect(tested.message).toContain(spec.tokenFailure);
		expect(tested.message).not.toContain(wrong);
		expect(await harness.testCredential(spec.type, cached)).toMatchObject({ status: 'OK' });

		// the right secret typed back: one new token, and the run succeeds
		harness.credentials.set(spec.type, { ...harness.credentials.get(spec.type), [spec.secret]: CREDS[vendor][spec.secret] });
		await api.clearLog();
		expect(await run(2)).toMatchObject({ status: 'success' });
		expect(await api.calls('token')).toHaveLength(0); // the stored token belongs to these values again
		expect((await api.calls('call')).filter(accepted)).toHaveLength(2);
	});

	test('secrets never appear in an execution error', async () => {
		harness.credentials.set(spec.type, { ...spec.data('http://127.0.0.1:1'), accessToken: 'leaky-token-value-1' });
		const result = await run(1);
		expect(result.status).not.toBe('success');
		const text = JSON.stringify({ message: result.error && result.error.message, description: result.error && result.error.description });
		for (const value of Object.values(fields(vendor))) if (String(value).length > 12) expect(text).not.toContain(value);
		expect(text).not.toContain('leaky-token-value-1');
	});
});
