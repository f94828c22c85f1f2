// The five credentials in real workflows (n8n-core's engine, the harness's faithful credentials helper),
// against an emulator that checks every vendor rule independently: per vendor, one token fetch serves
// many items, one refresh on the vendor's own expiry signal, authenticate applied twice still signs the
// unchanged body validly, and n8n's credential test passes (and fails on a wrong secret).
const { createHarness } = require('../../helpers/workflow-harness');
const { startEmulator, CREDS } = require('./vendor-emulator');
const { probeNodes } = require('./credential-probe');
const { DidiEnterpriseApi } = require('../../../credentials/DidiEnterpriseApi.credentials');
const { HoseApi } = require('../../../credentials/HoseApi.credentials');
const { ZhenlingApi } = require('../../../credentials/ZhenlingApi.credentials');
const { ZhiguancheApi } = require('../../../credentials/ZhiguancheApi.credentials');
const { ZeyiApi } = require('../../../credentials/ZeyiApi.credentials');

const VENDORS = {
	didi: {
		type: 'didiEnterpriseApi',
		credential: new DidiEnterpriseApi(),
		data: (url) => ({ environment: 'production', baseUrl: `${url}/didi`, ...CREDS.didi, signMethod: 'sha256', encryption: 'none', encryptKey: '', accessToken: '' }),
		secret: 'clientSecret',
		call: { method: 'POST', path: '/river/Approval/create', body: { approval_type: 1, travel_detail: { trips: [{ city: '北京' }] } } },
		get: { method: 'GET', path: '/river/Member/get', qs: { offset: 0, length: 100, name: '张 三' } },
		expiry: 'HTTP 200 + errno 401',
		direct401: false,
	},
	hose: {
		type: 'hoseApi',
		credential: new HoseApi(),
		data: (url) => ({ edition: 'standalone', baseUrl: `${url}/hose`, ...CREDS.hose, accessToken: '' }),
		secret: 'appSecurity',
		call: { method: 'GET', path: '/api/openapi/v1/departments', qs: { start: 0, count: 100 } },
		expiry: 'HTTP 403',
		direct401: false,
	},
	zhenling: {
		type: 'zhenlingApi',
		credential: new ZhenlingApi(),
		data: (url) => ({ baseUrl: `${url}/zhenling`, tokenUrl: '/oauth/token', ...CREDS.zhenling, grantEncoding: 'form', accessToken: '' }),
		secret: 'clientSecret',
		call: { method: 'POST', path: '/api/v1/contract/list', body: { pageNum: 1, pageSize: 10 } },
		expiry: 'HTTP 401',
		direct401: true,
	},
	zhiguanche: {
		type: 'zhiguancheApi',
		credential: new ZhiguancheApi(),
		data: (url) => ({ baseUrl: `${url}/zhiguanche`, pathPrefix: '/openapi/v1', ...CREDS.zhiguanche, accessToken: '' }),
		secret: 'appSecret',
		call: { method: 'POST', path: '/vehicles/list', qs: { pageSize: 20, pageNo: 1 }, body: { plateNo: '沪A12345' } },
		expiry: 'HTTP 401',
		direct401: true,
	},
	zeyi: {
		type: 'zeyiApi',
		credential: new ZeyiApi(),
		data: (url) => ({ environment: 'test', baseUrl: `${url}/zeyi`, ...CREDS.zeyi, aesIv: '', signData: 'body', encryptionMode: 'prefixed', accessToken: '' }),
		secret: 'password',
		call: { method: 'POST', path: '/vehicle-service-api/maintenance/repairConfirm', body: { code: 'WBJL21071000044', repairFlag: true, reason: '站点 A' } },
		expiry: 'HTTP 401',
		direct401: true,
	},
};

let api;
beforeAll(async () => {
	api = await startEmulator();
});
afterAll(() => api.close());

describe.each(Object.entries(VENDORS))('%s credential in workflows', (vendor, spec) => {
	let harness;
	let ref;
	beforeEach(() => {
		api.state.log.length = 0;
		harness = createHarness({ extraNodes: probeNodes() });
		ref = harness.credentials.set(spec.type, spec.data(api.url));
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
		expect(api.calls(vendor, 'token')).toHaveLength(1);
		const calls = api.calls(vendor, 'call');
		expect(calls).toHaveLength(12);
		expect(calls.every((c) => c.status === 200)).toBe(true);
		expect(harness.credentials.count('preAuthentication', spec.type)).toBe(1);
		// the next execution reuses the persisted token
		await run(3);
		expect(api.calls(vendor, 'token')).toHaveLength(1);
	});

	test(`one refresh on the vendor's expiry signal (${spec.expiry})`, async () => {
		await run(1);
		const firstToken = harness.credentials.get(spec.type).accessToken;
		expect(firstToken).toBeTruthy();
		api.revokeAll();
		api.state.log.length = 0;
		const result = await run(6);
		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		expect(api.calls(vendor, 'token')).toHaveLength(1);
		const rejected = api.calls(vendor, 'call').filter((c) => c.status !== 200 || (c.answer && c.answer.errno === 401));
		expect(rejected.length).toBeGreaterThanOrEqual(1);
		expect(api.calls(vendor, 'call').filter((c) => c.status === 200 && !(c.answer && c.answer.errno === 401))).toHaveLength(6);
		const newToken = harness.credentials.get(spec.type).accessToken;
		expect(newToken).toBeTruthy();
		expect(newToken).not.toBe(firstToken);
	});

	test('authenticate applied twice still sends a valid signature over the unchanged body', async () => {
		await run(1);
		const data = { ...spec.data(api.url), accessToken: harness.credentials.get(spec.type).accessToken };
		const call = spec.call;
		const first = await spec.credential.authenticate(data, { method: call.method, url: `${data.baseUrl}${call.path}`, qs: call.qs, body: call.body, headers: {}, json: true });
		const second = await spec.credential.authenticate(data, first);
		expect(second.body).toStrictEqual(first.body);
		const url = new URL(second.url);
		for (const [k, v] of Object.entries(second.qs || {})) url.searchParams.set(k, String(v));
		const body = second.body === undefined ? undefined : typeof second.body === 'string' ? second.body : JSON.stringify(second.body);
		const headers = { ...second.headers };
		if (body && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
		const response = await fetch(url, { method: second.method, headers, body });
		const answer = await response.json();
		expect(response.status).toBe(200);
		expect(answer.errno === undefined || answer.errno === 0).toBe(true);
		expect(answer.success === undefined || answer.success === true).toBe(true);
		const entry = api.calls(vendor, 'call').pop();
		if (typeof first.body === 'string') expect(entry.body).toBe(first.body);
	});

	if (spec.get) {
		test('GET: params and sign in the query string, raw values signed', async () => {
			const result = await run(2, spec.get);
			expect(result.error).toBeUndefined();
			expect(result.json('Probe')[0].data).toMatchObject({ name: '张 三', offset: '0', length: '100' });
		});
	}

	if (spec.direct401) {
		test("n8n-core's own 401 retry re-applies authenticate to its output: same body bytes, new token, valid signature", async () => {
			await run(1, spec.call, 'direct');
			api.revokeAll();
			api.state.log.length = 0;
			const result = await run(1, spec.call, 'direct');
			expect(result.error).toBeUndefined();
			expect(result.status).toBe('success');
			const calls = api.calls(vendor, 'call');
			expect(calls.map((c) => c.status)).toEqual([401, 200]);
			expect(calls[1].body).toBe(calls[0].body);
			expect(calls[1].headers.authorization).not.toBe(calls[0].headers.authorization);
			expect(api.calls(vendor, 'token')).toHaveLength(1);
		});
	}

	test("n8n's credential test passes, and fails on a wrong secret without showing it", async () => {
		expect(await harness.testCredential(spec.type, spec.data(api.url))).toMatchObject({ status: 'OK' });
		const wrong = `wrong-${spec.secret}-value-123`;
		const bad = await harness.testCredential(spec.type, { ...spec.data(api.url), [spec.secret]: wrong });
		expect(bad.status).toBe('Error');
		expect(bad.message).not.toContain(wrong);
		expect(bad.message).not.toContain(CREDS[vendor][spec.secret]);
	});

	test('secrets never appear in an execution error', async () => {
		harness.credentials.set(spec.type, { ...spec.data('http://127.0.0.1:1'), accessToken: 'leaky-token-value-1' });
		const result = await run(1);
		expect(result.status).not.toBe('success');
		const text = JSON.stringify({ message: result.error && result.error.message, description: result.error && result.error.description });
		for (const value of Object.values(CREDS[vendor])) if (value.length > 12) expect(text).not.toContain(value);
		expect(text).not.toContain('leaky-token-value-1');
	});
});
