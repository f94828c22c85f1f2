// ZhiGuanChe, Hose and Zhenling contract tests: token, signature/expiry signal, core endpoints, a business
// error each, emit.
const { start, CREDS, hmac, sha256, receiver } = require('./helpers');

let sb;
beforeAll(async () => {
	sb = await start();
});
afterAll(() => sb && sb.close());

describe('ZhiGuanChe (docs/vendors/zhiguanche.md)', () => {
	const c = CREDS.zhiguanche;
	let token;
	let n = 0;
	const enc = (v) => encodeURIComponent(v).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`);
	async function call(method, route, { query = {}, body, ts = String(Date.now()), nonce = `nonce${String(++n).padStart(11, '0')}`, secret = c.appSecret } = {}) {
		const path = `/zhiguanche/openapi/v1${route}`;
		const raw = body === undefined ? '' : JSON.stringify(body);
		const canonical = Object.entries(query).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${enc(k)}=${enc(String(v))}`).join('&');
		const signature = hmac(secret, [method, path, canonical, ts, nonce, sha256(raw)].join('\n'));
		const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
		const res = await fetch(`${sb.url}${path}${qs ? `?${qs}` : ''}`, { method, headers: { 'content-type': 'application/json', Authorization: `Bearer ${token}`, 'X-App-Key': c.appKey, 'X-Timestamp': ts, 'X-Nonce': nonce, 'X-Signature': signature }, body: raw || undefined });
		return { http: res.status, ...(await res.json()) };
	}
	beforeEach(async () => {
		await sb.control('POST', '/reset', { vendor: 'zhiguanche' });
		const res = await fetch(`${sb.url}/zhiguanche/openapi/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appKey: c.appKey, appSecret: c.appSecret }) });
		const json = await res.json();
		expect(json).toMatchObject({ code: 0, data: { accessToken: expect.any(String), expiresIn: 7200 } });
		token = json.data.accessToken;
	});
	it('the published signature vector', () => {
		const z = require('../../sandbox/vendors/zhiguanche');
		expect(z.signRequest('zgc-secret-0001', { method: 'POST', path: '/zhiguanche/openapi/v1/vehicles/list', rawQuery: 'pageSize=20&pageNo=1', timestamp: '1700000000000', nonce: 'abcdef0123456789', body: '{"plateNo":"沪A12345"}' })).toBe('827d59e67c786c22fd285dd90d7be3774ba64900659ae952e089a44bf7b4a228');
	});
	it('lists vehicles (pageNo/pageSize), refuses wrong signature, stale timestamp, reused nonce, expired token', async () => {
		const page = await call('POST', '/vehicles/list', { query: { pageNo: 1, pageSize: 20 }, body: {} });
		expect(page).toMatchObject({ http: 200, code: 0, data: { total: expect.any(Number), pageNo: 1, pageSize: 20 } });
		expect(page.data.list).toHaveLength(20);
		expect((await call('POST', '/vehicles/list', { query: { pageSize: 101 }, body: {} })).code).toBe(40001);
		expect(await call('GET', '/company/info', { secret: 'x' })).toMatchObject({ http: 403, code: 40301 });
		expect(await call('GET', '/company/info', { ts: String(Date.now() - 6 * 60e3) })).toMatchObject({ http: 403, code: 40302 });
		await call('GET', '/company/info', { nonce: 'samenonce0000001' });
		expect(await call('GET', '/company/info', { nonce: 'samenonce0000001' })).toMatchObject({ http: 403, code: 40303 });
		await sb.control('POST', '/tokens/revoke', { vendor: 'zhiguanche' });
		expect(await call('GET', '/company/info')).toMatchObject({ http: 401, code: 40101 });
	});
	it('vehicle requests: outerId is unique (409 carries the id), approve, subscriptions and signed events', async () => {
		const body = { outerId: 'OA-1', applicantMobile: '13800000000', startTime: Date.now() + 3600e3, endTime: Date.now() + 7200e3, origin: '总部', destination: '机场' };
		const created = await call('POST', '/vehicle-requests', { body });
		expect(created.code).toBe(0);
		expect(await call('POST', '/vehicle-requests', { body })).toMatchObject({ http: 409, code: 40901, data: { id: created.data.id } });
		expect((await call('POST', `/vehicle-requests/${created.data.id}/approve`, { body: {} })).data.status).toBe('approved');
		const hook = await receiver(() => ({ status: 200, body: { code: 0, message: 'success' } }));
		try {
			const sub = await call('POST', '/event/subscriptions', { body: { url: hook.url, events: ['vehicle.returned'] } });
			const report = await sb.control('POST', '/emit', { vendor: 'zhiguanche', event: 'vehicle.returned', url: hook.url });
			expect(report.status).toBe(200);
			const [got] = hook.received;
			expect(got.headers['x-zgc-signature']).toBe(hmac(sub.data.secret, `${got.headers['x-zgc-timestamp']}\n${got.headers['x-zgc-nonce']}\n${got.raw}`));
			expect(JSON.parse(got.raw)).toMatchObject({ eventType: 'vehicle.returned', eventId: expect.any(String), data: expect.any(Object) });
		} finally {
			await hook.close();
		}
	});
});

describe('Hose (hose.md)', () => {
	const c = CREDS.hose;
	let token;
	const call = async (method, path, { query = {}, body } = {}) => {
		const qs = new URLSearchParams({ accessToken: token, ...query }).toString();
		const res = await fetch(`${sb.url}/hose${path}?${qs}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
		return { http: res.status, ...(await res.json()) };
	};
	beforeEach(async () => {
		await sb.control('POST', '/reset', { vendor: 'hose' });
		const res = await fetch(`${sb.url}/hose/api/openapi/v1/auth/getAccessToken`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appKey: c.appKey, appSecurity: c.appSecurity }) });
		token = (await res.json()).value.accessToken;
	});
	it('lists staff with start/count ≤ 100; count 101 is HTTP 400; a bad token is HTTP 403', async () => {
		const page = await call('GET', '/api/openapi/v1.1/staffs', { query: { start: 0, count: 100 } });
		expect(page.count).toBe(2000);
		expect(page.items).toHaveLength(100);
		expect(await call('GET', '/api/openapi/v1.1/staffs', { query: { count: 101 } })).toMatchObject({ http: 400, errorCode: 400 });
		token = 'nope';
		expect(await call('GET', '/api/openapi/v1.1/staffs')).toMatchObject({ http: 403, errorCode: 403 });
	});
	it('documents: outerCode is unique (412), $id paths, [ids] lists, ≤10 per approval', async () => {
		const form = { title: '差旅报销', specificationId: 'spec1', submitterId: 'sandboxCorp:1', outerCode: 'OA-EXP-1' };
		const created = await call('POST', '/api/openapi/v2.2/flow/data', { query: { isCommit: 'true' }, body: { form } });
		expect(created.flow).toMatchObject({ id: expect.any(String), state: 'approving' });
		expect(await call('POST', '/api/openapi/v2.2/flow/data', { body: { form } })).toMatchObject({ http: 412, errorDetails: { flowId: created.flow.id } });
		expect((await call('GET', `/api/openapi/v2/approveStates/[${created.flow.id}]`)).items[0].state).toBe('approving');
		const ids = Array.from({ length: 11 }, (_, k) => `f${k}`).join(',');
		expect((await call('POST', `/api/openapi/v1/backlog/data/[${ids}]`, { body: { approveId: 'a', action: { name: 'freeflow.agree' } } })).http).toBe(412);
		expect((await call('POST', `/api/openapi/v1/backlog/data/[${created.flow.id}]`, { body: { approveId: 'a', action: { name: 'freeflow.agree' } } })).value).toEqual({ success: 1 });
		expect((await call('PUT', '/api/openapi/v1.1/staffs/update/E000001', { body: { name: 'x' } })).http).toBe(400);
		expect((await call('PUT', '/api/openapi/v1.1/staffs/update/$E000001', { query: { type: 'code' }, body: { name: '改名' } })).value).toBe(true);
	});
	it('emit posts an unsigned outbound message', async () => {
		const hook = await receiver(() => ({ status: 204, body: '' }));
		try {
			const report = await sb.control('POST', '/emit', { vendor: 'hose', event: 'flow.paid', url: hook.url });
			expect(report.status).toBe(204);
			expect(JSON.parse(hook.received[0].raw)).toMatchObject({ action: 'flow.paid', flowId: expect.any(String) });
		} finally {
			await hook.close();
		}
	});
});

describe('Zhenling (zhenling.md, assumptions)', () => {
	const c = CREDS.zhenling;
	let token;
	const call = async (path, body, t = token) => {
		const res = await fetch(`${sb.url}/zhenling${path}`, { method: 'POST', headers: { 'content-type': 'application/json', Authorization: `Bearer ${t}` }, body: JSON.stringify(body) });
		return { http: res.status, ...(await res.json()) };
	};
	beforeEach(async () => {
		await sb.control('POST', '/reset', { vendor: 'zhenling' });
		const res = await fetch(`${sb.url}/zhenling/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret }).toString() });
		token = (await res.json()).access_token;
	});
	it('token, contract list, 401 on a bad token, 401 on wrong client', async () => {
		const list = await call('/api/v1/contract/list', { pageNo: 1, pageSize: 10 });
		expect(list).toMatchObject({ code: '0', data: { total: 150 } });
		expect((await call('/api/v1/contract/list', {}, 'nope')).http).toBe(401);
		const bad = await fetch(`${sb.url}/zhenling/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&client_id=x&client_secret=y' });
		expect(bad.status).toBe(401);
	});
	it('asynchronous create: sourceCode idempotency, result via emit {code, subCode, sourceSystem, sourceCode}', async () => {
		const item = { sourceSystem: 'OA', sourceCode: 'OA-NEW-1', contractName: '测试合同' };
		expect((await call('/api/v1/contract/create', { list: [item] })).data.accepted).toHaveLength(1);
		await call('/api/v1/contract/create', { list: [item] });
		expect((await sb.control('GET', '/state/zhenling/contracts?sourceCode=OA-NEW-1')).total).toBe(1);
		const hook = await receiver();
		try {
			await sb.control('POST', '/emit', { vendor: 'zhenling', url: hook.url });
			expect(JSON.parse(hook.received[0].raw)).toMatchObject({ code: '0', subCode: 'DUPLICATE', sourceSystem: 'OA', sourceCode: 'OA-NEW-1' });
		} finally {
			await hook.close();
		}
	});
});

describe('control: reset with seed and size', () => {
	it('the same seed gives the same company; another seed another', async () => {
		const first = (await sb.control('GET', '/state/didi/members?_limit=3')).records;
		await sb.control('POST', '/reset', { seed: 1 });
		expect((await sb.control('GET', '/state/didi/members?_limit=3')).records).toEqual(first);
		await sb.control('POST', '/reset', { seed: 2 });
		expect((await sb.control('GET', '/state/didi/members?_limit=3')).records).not.toEqual(first);
		await sb.control('POST', '/reset', { seed: 1 });
	});
});
