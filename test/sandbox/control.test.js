// Control API contract tests.
const { start, CREDS, receiver } = require('./helpers');

let sb;
beforeAll(async () => {
	sb = await start();
});
afterAll(() => sb && sb.close());

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

describe('control: faults, state, log, config, errors', () => {
	const hoseToken = async () => {
		const res = await fetch(`${sb.url}/hose/api/openapi/v1/auth/getAccessToken`, { method: 'POST', body: JSON.stringify({ appKey: CREDS.hose.appKey, appSecurity: CREDS.hose.appSecurity }) });
		return (await res.json()).value.accessToken;
	};
	const hoseGet = (t) => fetch(`${sb.url}/hose/api/openapi/v1/corporations?accessToken=${t}`);
	afterEach(async () => {
		for (const vendor of ['hose', 'zhiguanche']) await sb.control('POST', '/faults', { vendor, clear: true });
	});
	it('rate5xx and rate429 answer in the vendor envelope (Hose errorCode, ZhiGuanChe code) and are logged', async () => {
		const t = await hoseToken();
		await sb.control('POST', '/faults', { vendor: 'hose', rate5xx: 1 });
		const r = await hoseGet(t);
		expect(r.status).toBe(500);
		expect(await r.json()).toMatchObject({ errorCode: 500 });
		await sb.control('POST', '/faults', { vendor: 'hose', rate429: 1 });
		expect((await hoseGet(t)).status).toBe(429);
		await sb.control('POST', '/faults', { vendor: 'zhiguanche', rate429: 1 });
		const z = await fetch(`${sb.url}/zhiguanche/openapi/v1/company/info`);
		expect(z.status).toBe(429);
		expect((await z.json()).code).toBe(42901);
		const log = await sb.control('GET', '/log?vendor=hose&limit=2');
		expect(log.map((e) => [e.fault, e.status])).toEqual([['5xx', 500], ['429', 429]]);
	});
	it('dropRate closes the connection, malformedRate breaks the JSON, slowRate is logged, revokeRate revokes tokens', async () => {
		const t = await hoseToken();
		await sb.control('POST', '/faults', { vendor: 'hose', dropRate: 1 });
		await expect(hoseGet(t)).rejects.toThrow();
		await sb.control('POST', '/faults', { vendor: 'hose', malformedRate: 1 });
		const text = await (await hoseGet(t)).text();
		expect(() => JSON.parse(text)).toThrow();
		await sb.control('POST', '/faults', { vendor: 'hose', slowMs: 30, slowRate: 1 });
		expect((await hoseGet(t)).status).toBe(200);
		expect((await sb.control('GET', '/log?vendor=hose&limit=1'))[0].slowMs).toBe(30);
		await sb.control('POST', '/faults', { vendor: 'hose', revokeRate: 1, includeAuth: false });
		expect((await hoseGet(t)).status).toBe(403);
		expect((await sb.control('GET', '/faults')).hose.random).toMatchObject({ revokeRate: 1 });
	});
	it('state: collections per vendor, field filters, _offset/_limit; unknown vendor or collection are errors', async () => {
		const cols = await sb.control('GET', '/state/zhiguanche');
		expect(cols.collections).toEqual(expect.arrayContaining(['vehicles', 'drivers', 'fuelCards', 'expenses', 'vehicleRequests']));
		const v = await sb.control('GET', '/state/zhiguanche/vehicles?_offset=5&_limit=2');
		expect(v).toMatchObject({ total: 120, records: [{ id: '800006' }, { id: '800007' }] });
		expect((await sb.control('GET', `/state/zhiguanche/vehicles?plateNo=${encodeURIComponent(v.records[0].plateNo)}`)).total).toBe(1);
		const overview = await sb.control('GET', '/');
		expect(overview).toMatchObject({ seed: 1, size: 'small', vendors: { didi: '/didi', zeyi: '/zeyi' } });
		expect((await sb.control('GET', '/state/acme/x')).error).toMatch(/unknown vendor/);
		expect((await sb.control('GET', '/state/didi/nope')).error).toMatch(/no collection/);
	});
	it('log can be filtered and cleared; config and emit validate their input', async () => {
		await hoseGet('x');
		expect((await sb.control('GET', '/log?path=corporations')).length).toBeGreaterThan(0);
		await sb.control('DELETE', '/log');
		expect(await sb.control('GET', '/log')).toEqual([]);
		expect((await sb.control('POST', '/config', { vendor: 'didi', signMethod: 'sha1' })).error).toMatch(/signMethod/);
		expect((await sb.control('POST', '/emit', { vendor: 'zeyi' })).error).toMatch(/url/);
		expect((await sb.control('POST', '/faults', { vendor: 'nobody' })).error).toMatch(/unknown vendor/);
		expect((await sb.control('GET', '/credentials')).zeyi).toMatchObject({ appKey: CREDS.zeyi.appKey });
	});
	it('the data is a realistic company: Chinese names, unique mobile numbers, a department tree', async () => {
		const members = (await sb.control('GET', '/state/didi/members')).records;
		expect(members).toHaveLength(2000);
		expect(new Set(members.map((m) => m.phone)).size).toBe(2000);
		expect(members.every((m) => /^1[3-9]\d{9}$/.test(m.phone) && /^[\u4e00-\u9fa5]{2,3}$/.test(m.realname))).toBe(true);
		const depts = (await sb.control('GET', '/state/zhiguanche/departments')).records;
		const ids = new Set(depts.map((d) => d.id));
		expect(depts.filter((d) => d.parentId !== '0').every((d) => ids.has(d.parentId))).toBe(true);
	});
});

describe('createSandbox options', () => {
	it('config modes and per-vendor token lifetimes from the options, kept across resets; configure() switches them', async () => {
		const other = await start({ config: { didi: { signMethod: 'md5' }, zeyi: { signData: 'none' } }, tokenTtlSeconds: { didi: 2 } });
		try {
			const cfg = await other.control('GET', '/config');
			expect(cfg.didi).toMatchObject({ signMethod: 'md5', tokenTtlSeconds: 2 });
			expect(cfg.zeyi).toMatchObject({ signData: 'none', tokenTtlSeconds: 30 * 86400 });
			await other.control('POST', '/reset', {});
			expect((await other.control('GET', '/config')).didi.signMethod).toBe('md5');
			expect(other.sandbox.configure('didi', { signMethod: 'sha256' }).signMethod).toBe('sha256');
			expect(other.sandbox.credentials('hose').baseUrl).toBe(`${other.url}/hose`);
		} finally {
			await other.close();
		}
	});
});
