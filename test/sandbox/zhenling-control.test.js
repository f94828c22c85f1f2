// ZhiGuanChe, Hose and Zhenling contract tests: token, signature/expiry signal, core endpoints, a business
// error each, emit.
const { start, CREDS, receiver } = require('./helpers');

let sb;
beforeAll(async () => {
	sb = await start();
});
afterAll(() => sb && sb.close());

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
