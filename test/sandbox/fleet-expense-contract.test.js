// ZhiGuanChe, Hose and Zhenling contract tests: token, signature/expiry signal, core endpoints, a business
// error each, emit.
const { start, CREDS, receiver } = require('./helpers');

let sb;
beforeAll(async () => {
	sb = await start();
});
afterAll(() => sb && sb.close());

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
