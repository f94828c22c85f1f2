// ZhiGuanChe contract tests: the contract of docs/vendors/zhiguanche.md (auth, HMAC signing, envelope, paging,
// events) and every endpoint of its "Endpoints" section — happy path, the signature/token refusals, and a
// business error each. Requests are signed here with crypto-js, independently of sandbox/ and credentials/.
const { start, CREDS, zgcClient, receiver, until, hmac, sha256 } = require('./helpers');

let sb;
let z;
beforeAll(async () => {
	sb = await start();
});
afterAll(() => sb && sb.close());
beforeEach(async () => {
	await sb.control('POST', '/reset', { vendor: 'zhiguanche' });
	await sb.control('POST', '/config', { vendor: 'zhiguanche', rateLimitPerSecond: 0 });
	z = zgcClient(sb.url);
	expect(await z.auth()).toMatchObject({ http: 200, code: 0, message: 'success', data: { accessToken: expect.any(String), expiresIn: 7200 } });
});

describe('auth and signing', () => {
	it('the published signature vector (docs/vendors/zhiguanche.md), body hash and canonical query', () => {
		const sign = require('../../sandbox/vendors/zhiguanche/sign');
		const parts = { method: 'POST', path: '/zhiguanche/openapi/v1/vehicles/list', rawQuery: 'pageSize=20&pageNo=1', timestamp: '1700000000000', nonce: 'abcdef0123456789', body: '{"plateNo":"沪A12345"}' };
		expect(sha256(parts.body)).toBe('0b813895b6b4e26f493dba3f22afed8ee391baa6bcaa3951be029d77830c2468');
		expect(sign.canonicalQuery(parts.rawQuery)).toBe('pageNo=1&pageSize=20');
		expect(sign.signRequest('zgc-secret-0001', parts)).toBe('827d59e67c786c22fd285dd90d7be3774ba64900659ae952e089a44bf7b4a228');
		expect(hmac('zgc-secret-0001', sign.stringToSign(parts))).toBe('827d59e67c786c22fd285dd90d7be3774ba64900659ae952e089a44bf7b4a228');
		expect(sign.canonicalQuery("b=it's (ok)!&a=张 三")).toBe('a=%E5%BC%A0%20%E4%B8%89&b=it%27s%20%28ok%29%21');
	});
	it('a wrong appKey/appSecret is HTTP 401 code 40100', async () => {
		expect(await z.auth({ appKey: CREDS.zhiguanche.appKey, appSecret: 'wrong' })).toMatchObject({ http: 401, code: 40100 });
	});
	it('signature refusals: wrong secret, other bytes than signed, stale timestamp, reused nonce, bad nonce shape', async () => {
		expect(await z.call('GET', '/company/info')).toMatchObject({ http: 200, code: 0 });
		expect(await z.call('GET', '/company/info', { secret: 'not-the-secret' })).toMatchObject({ http: 403, code: 40301 });
		expect(await z.call('POST', '/vehicles/list', { body: { plateNo: 'x' }, sentBody: JSON.stringify({ plateNo: 'y' }) })).toMatchObject({ http: 403, code: 40301 });
		expect(await z.call('GET', '/company/info', { ts: String(Date.now() - 6 * 60e3) })).toMatchObject({ http: 403, code: 40302 });
		expect(await z.call('GET', '/company/info', { nonce: 'samenonce0000001' })).toMatchObject({ code: 0 });
		expect(await z.call('GET', '/company/info', { nonce: 'samenonce0000001' })).toMatchObject({ http: 403, code: 40303 });
		expect(await z.call('GET', '/company/info', { nonce: 'SHORT' })).toMatchObject({ http: 400, code: 40001 });
		const log = await sb.control('GET', '/log?vendor=zhiguanche');
		expect(log.map((e) => e.signature)).toEqual(expect.arrayContaining(['ok', 'bad']));
	});
	it('query parameters are signed canonically (sorted, RFC 3986) and filter the list', async () => {
		const plate = (await z.call('GET', '/vehicles', { query: { pageSize: 1 } })).data.list[0].plateNo;
		const found = await z.call('GET', '/vehicles', { query: { plateNo: plate, pageSize: 5, pageNo: 1 } });
		expect(found).toMatchObject({ http: 200, data: { total: 1, list: [{ plateNo: plate }] } });
	});
	it('an expired token (lifetime 0) and a revoked token are HTTP 401 code 40101; a new token works', async () => {
		await sb.control('POST', '/config', { vendor: 'zhiguanche', tokenTtlSeconds: 0 });
		expect(await z.call('GET', '/company/info')).toMatchObject({ http: 401, code: 40101 });
		await sb.control('POST', '/config', { vendor: 'zhiguanche', tokenTtlSeconds: 7200 });
		await z.auth();
		expect((await z.call('GET', '/company/info')).code).toBe(0);
		await sb.control('POST', '/tokens/revoke', { vendor: 'zhiguanche' });
		expect(await z.call('GET', '/company/info')).toMatchObject({ http: 401, code: 40101 });
		expect(await z.call('GET', '/company/info', { token: '' })).toMatchObject({ http: 401, code: 40101 });
	});
	it('rate limit per app answers HTTP 429 code 42901', async () => {
		await sb.control('POST', '/config', { vendor: 'zhiguanche', rateLimitPerSecond: 1 });
		expect((await z.call('GET', '/company/info')).code).toBe(0);
		expect(await z.call('GET', '/company/info')).toMatchObject({ http: 429, code: 42901 });
	});
	it('unknown endpoint is 404 code 40401; the path prefix is configurable', async () => {
		expect(await z.call('GET', '/nope')).toMatchObject({ http: 404, code: 40401 });
		await sb.control('POST', '/config', { vendor: 'zhiguanche', pathPrefix: '/api/v2' });
		const res = await fetch(`${sb.url}/zhiguanche/api/v2/auth/token`, { method: 'POST', body: JSON.stringify({ appKey: CREDS.zhiguanche.appKey, appSecret: CREDS.zhiguanche.appSecret }) });
		expect((await res.json()).code).toBe(0);
	});
});

describe('organisation', () => {
	it('company: read and sync; read-only fields refused', async () => {
		const info = await z.call('GET', '/company/info');
		expect(info.data).toMatchObject({ id: expect.any(String), name: expect.stringMatching(/有限公司$/), creditCode: expect.any(String) });
		expect((await z.call('PUT', '/company/info', { body: { contactName: '李四', contactPhone: '010-88886666' } })).data.contactName).toBe('李四');
		expect((await z.call('GET', '/company/info')).data.contactName).toBe('李四');
		expect(await z.call('PUT', '/company/info', { body: { vehicleCount: 1 } })).toMatchObject({ http: 400, code: 40001 });
	});
	it('departments: tree, create, unique code (409), update, delete refused with children, delete', async () => {
		const tree = (await z.call('GET', '/departments/tree')).data;
		expect(tree).toHaveLength(1);
		expect(tree[0].children.length).toBeGreaterThan(5);
		const root = tree[0].id;
		const a = await z.call('POST', '/departments', { body: { name: '智能网联部', code: 'ZN01', parentId: root } });
		expect(a).toMatchObject({ code: 0, data: { id: expect.any(String), parentId: root, level: 1 } });
		expect(await z.call('POST', '/departments', { body: { name: '另一个', code: 'ZN01' } })).toMatchObject({ http: 409, code: 40901, data: { id: a.data.id } });
		const child = await z.call('POST', '/departments', { body: { name: '车联网组', parentId: a.data.id } });
		expect((await z.call('PUT', `/departments/${a.data.id}`, { body: { name: '智能网联中心' } })).data.name).toBe('智能网联中心');
		expect(await z.call('DELETE', `/departments/${a.data.id}`)).toMatchObject({ http: 400, code: 40001 });
		expect((await z.call('DELETE', `/departments/${child.data.id}`)).code).toBe(0);
		expect((await z.call('DELETE', `/departments/${a.data.id}`)).code).toBe(0);
		expect(await z.call('GET', `/departments/${a.data.id}`)).toMatchObject({ http: 404, code: 40401 });
		expect((await z.call('GET', '/departments', { query: { code: 'D001' } })).data.total).toBe(1);
	});
	it('roles: list, create, built-in roles cannot be deleted', async () => {
		const roles = await z.call('GET', '/roles');
		expect(roles.data.list.map((r) => r.code)).toContain('fleet_admin');
		const role = await z.call('POST', '/roles', { body: { name: '调度员', code: 'dispatcher', permissions: ['dispatch'] } });
		expect(role.data).toMatchObject({ builtIn: false });
		expect((await z.call('DELETE', `/roles/${role.data.id}`)).code).toBe(0);
		expect(await z.call('DELETE', `/roles/${roles.data.list[0].id}`)).toMatchObject({ http: 400, code: 40001 });
	});
	it('users: create, read, list by mobile, update, delete; bad mobile 40001; duplicate mobile 409', async () => {
		const dept = (await z.call('GET', '/departments', { query: { pageSize: 2 } })).data.list[1].id;
		const created = await z.call('POST', '/users', { body: { name: '赵六', mobile: '13912345678', employeeNo: 'OA-9001', departmentId: dept } });
		expect(created).toMatchObject({ code: 0, data: { id: expect.any(String), status: 'active' } });
		expect((await z.call('GET', `/users/${created.data.id}`)).data.name).toBe('赵六');
		expect((await z.call('POST', '/users/list', { body: { mobile: '13912345678' } })).data.list).toHaveLength(1);
		expect((await z.call('PUT', `/users/${created.data.id}`, { body: { status: 'disabled' } })).data.status).toBe('disabled');
		expect(await z.call('POST', '/users', { body: { name: 'x', mobile: '12345', departmentId: dept } })).toMatchObject({ http: 400, code: 40001 });
		expect(await z.call('POST', '/users', { body: { name: 'y', mobile: '13912345678', departmentId: dept } })).toMatchObject({ http: 409, code: 40901, data: { id: created.data.id } });
		expect((await z.call('DELETE', `/users/${created.data.id}`)).code).toBe(0);
		expect((await z.call('GET', `/users/${created.data.id}`)).code).toBe(40401);
		expect((await z.call('GET', '/users', { query: { pageSize: 100, pageNo: 3 } })).data).toMatchObject({ total: 2000, pageNo: 3 });
		expect((await z.call('GET', '/users', { query: { pageSize: 101 } })).code).toBe(40001);
	});
});

describe('fleet', () => {
	it('vehicle groups: create, list, a group with vehicles cannot be deleted', async () => {
		const g = await z.call('POST', '/vehicle-groups', { body: { name: '试驾车组' } });
		expect(g.code).toBe(0);
		expect((await z.call('GET', '/vehicle-groups')).data.total).toBe(7);
		expect(await z.call('DELETE', '/vehicle-groups/700001')).toMatchObject({ http: 400, code: 40001 });
		expect((await z.call('DELETE', `/vehicle-groups/${g.data.id}`)).code).toBe(0);
	});
	it('vehicles: create, list (POST …/list), get, update, delete; bad plate 40001; duplicate plate 409', async () => {
		const v = await z.call('POST', '/vehicles', { body: { plateNo: '沪A12345', brand: '比亚迪', model: '汉', groupId: '700005', purchaseDate: '2024-03-01', insuranceExpireDate: '2026-03-01', outerId: 'ERP-V-1' } });
		expect(v).toMatchObject({ code: 0, data: { status: 'idle', plateNo: '沪A12345' } });
		expect((await z.call('POST', '/vehicles/list', { body: { plateNo: '沪A12345' } })).data.list[0].id).toBe(v.data.id);
		expect((await z.call('PUT', `/vehicles/${v.data.id}`, { body: { status: 'maintenance', mileage: 1200 } })).data).toMatchObject({ status: 'maintenance', mileage: 1200 });
		expect(await z.call('POST', '/vehicles', { body: { plateNo: 'ABC' } })).toMatchObject({ http: 400, code: 40001 });
		expect(await z.call('POST', '/vehicles', { body: { plateNo: '沪A12345' } })).toMatchObject({ http: 409, code: 40901, data: { id: v.data.id } });
		expect((await z.call('DELETE', `/vehicles/${v.data.id}`)).code).toBe(0);
		expect(await z.call('GET', `/vehicles/${v.data.id}`)).toMatchObject({ http: 404, code: 40401 });
	});
	it('drivers: create, list by vehicle, update; unknown licence class 40001', async () => {
		const vehicleId = (await z.call('GET', '/vehicles', { query: { pageSize: 1 } })).data.list[0].id;
		const d = await z.call('POST', '/drivers', { body: { name: '钱七', mobile: '13698765432', licenseNo: '420103198001011234', licenseClass: 'B2', licenseExpireDate: '2030-01-01', vehicleId } });
		expect(d).toMatchObject({ code: 0, data: { status: 'on_duty' } });
		expect((await z.call('GET', '/drivers', { query: { vehicleId } })).data.list.map((x) => x.id)).toContain(d.data.id);
		expect((await z.call('PUT', `/drivers/${d.data.id}`, { body: { status: 'leave' } })).data.status).toBe('leave');
		expect(await z.call('POST', '/drivers', { body: { name: 'x', mobile: '13698765433', licenseNo: 'L2', licenseClass: 'Z9' } })).toMatchObject({ http: 400, code: 40001 });
	});
	it('fuel-card groups and fuel cards: create, bind a vehicle, consumption records in a window; bad card number 40001', async () => {
		expect((await z.call('POST', '/fuel-card-groups', { body: { name: '新能源充电卡组' } })).code).toBe(0);
		expect((await z.call('GET', '/fuel-card-groups')).data.total).toBe(4);
		const vehicleId = (await z.call('GET', '/vehicles', { query: { pageSize: 1, pageNo: 2 } })).data.list[0].id;
		const card = await z.call('POST', '/fuel-cards', { body: { cardNo: '1000113300012345678', issuer: '中国石化', groupId: '400001', balance: '1000.50' } });
		expect(card.data).toMatchObject({ balance: '1000.50', vehicleId: '' });
		expect((await z.call('PUT', `/fuel-cards/${card.data.id}`, { body: { vehicleId } })).data.vehicleId).toBe(vehicleId);
		expect(await z.call('POST', '/fuel-cards', { body: { cardNo: '12' } })).toMatchObject({ http: 400, code: 40001 });
		const seeded = (await z.call('GET', '/fuel-cards', { query: { pageSize: 1 } })).data.list[0];
		const all = await z.call('GET', `/fuel-cards/${seeded.id}/records`, { query: { pageSize: 100 } });
		expect(all.data.total).toBeGreaterThan(0);
		expect(all.data.list[0]).toMatchObject({ cardId: seeded.id, amount: expect.stringMatching(/^\d+\.\d{2}$/), fuelType: expect.any(String) });
		const first = all.data.list[0].occurredAt;
		const windowed = await z.call('GET', `/fuel-cards/${seeded.id}/records`, { query: { startTime: first, endTime: first } });
		expect(windowed.data.list.every((r) => r.occurredAt === first)).toBe(true);
		expect((await z.call('GET', `/fuel-cards/${seeded.id}/records`, { query: { startTime: 'yesterday', endTime: first } })).code).toBe(40001);
	});
});

describe('operations', () => {
	const request = () => ({ outerId: `OA-CAR-${Math.random().toString(36).slice(2, 8)}`, applicantMobile: '13800138000', startTime: Date.now() + 3600e3, endTime: Date.now() + 7200e3, origin: '总部大楼', destination: '首都机场T3', passengers: 2, reason: '接待客户' });
	it('vehicle requests: create, outerId idempotency (409 with the id), get, list by outerId, approve dispatches, complete makes a usage record, cancel refused once completed', async () => {
		const body = request();
		const created = await z.call('POST', '/vehicle-requests', { body });
		expect(created).toMatchObject({ code: 0, data: { status: 'pending', outerId: body.outerId } });
		expect(await z.call('POST', '/vehicle-requests', { body })).toMatchObject({ http: 409, code: 40901, data: { id: created.data.id } });
		expect((await z.call('GET', `/vehicle-requests/${created.data.id}`)).data.outerId).toBe(body.outerId);
		expect((await z.call('GET', '/vehicle-requests', { query: { outerId: body.outerId } })).data.total).toBe(1);
		const approved = await z.call('POST', `/vehicle-requests/${created.data.id}/approve`, { body: { comment: '同意' } });
		expect(approved.data).toMatchObject({ status: 'approved', vehicleId: expect.any(String), driverId: expect.any(String) });
		expect((await z.call('GET', `/vehicles/${approved.data.vehicleId}`)).data.status).toBe('in_use');
		const done = await z.call('POST', `/vehicle-requests/${created.data.id}/complete`, { body: { mileageKm: 42 } });
		expect(done.data).toMatchObject({ status: 'completed', usageRecordId: expect.any(String) });
		expect((await z.call('GET', `/usage-records/${done.data.usageRecordId}`)).data).toMatchObject({ requestId: created.data.id, mileageKm: 42 });
		expect(await z.call('POST', `/vehicle-requests/${created.data.id}/cancel`, { body: { reason: 'x' } })).toMatchObject({ http: 400, code: 40001 });
	});
	it('vehicle requests: reject, cancel after approval frees the vehicle; missing fields 40001', async () => {
		const a = await z.call('POST', '/vehicle-requests', { body: request() });
		expect((await z.call('POST', `/vehicle-requests/${a.data.id}/reject`, { body: { comment: '无车' } })).data.status).toBe('rejected');
		const b = await z.call('POST', '/vehicle-requests', { body: request() });
		const approved = await z.call('POST', `/vehicle-requests/${b.data.id}/approve`, { body: {} });
		expect((await z.call('POST', `/vehicle-requests/${b.data.id}/cancel`, { body: { reason: '行程取消' } })).data.status).toBe('cancelled');
		expect((await z.call('GET', `/vehicles/${approved.data.vehicleId}`)).data.status).toBe('idle');
		expect(await z.call('POST', '/vehicle-requests', { body: { outerId: 'x' } })).toMatchObject({ http: 400, code: 40001, message: expect.stringContaining('applicantMobile') });
	});
	it('usage records: by vehicle and check-out window', async () => {
		const list = await z.call('GET', '/usage-records', { query: { pageSize: 50 } });
		expect(list.data.total).toBeGreaterThan(100);
		const r = list.data.list[0];
		expect(r).toMatchObject({ vehicleId: expect.any(String), checkOutTime: expect.any(Number), checkInTime: expect.any(Number), endMileage: r.startMileage + r.mileageKm });
		const byVehicle = await z.call('GET', '/usage-records', { query: { vehicleId: r.vehicleId, startTime: r.checkOutTime, endTime: r.checkOutTime } });
		expect(byVehicle.data.list.map((x) => x.id)).toContain(r.id);
	});
	it('real-time location (one and many), route history ≤ 24 h (deterministic), stops', async () => {
		const vehicleId = (await z.call('GET', '/vehicles', { query: { pageSize: 1 } })).data.list[0].id;
		const loc = await z.call('GET', `/vehicles/${vehicleId}/location`);
		expect(loc.data).toMatchObject({ vehicleId, lng: expect.any(Number), lat: expect.any(Number), speed: expect.any(Number), direction: expect.any(Number), gpsTime: expect.any(Number) });
		expect((await z.call('POST', '/vehicles/locations', { body: { vehicleIds: [vehicleId, '800002'] } })).data).toHaveLength(2);
		expect((await z.call('POST', '/vehicles/locations', { body: { vehicleIds: [] } })).code).toBe(40001);
		const end = Date.UTC(2026, 0, 15, 12);
		const q = { startTime: end - 3600e3, endTime: end, pageSize: 100 };
		const track = await z.call('GET', `/vehicles/${vehicleId}/track`, { query: q });
		expect(track.data.total).toBe(61);
		expect(track.data.list[0]).toMatchObject({ time: end - 3600e3, lng: expect.any(Number), lat: expect.any(Number) });
		expect((await z.call('GET', `/vehicles/${vehicleId}/track`, { query: q })).data).toEqual(track.data);
		expect(await z.call('GET', `/vehicles/${vehicleId}/track`, { query: { startTime: end - 25 * 3600e3, endTime: end } })).toMatchObject({ http: 400, code: 40001 });
		const stops = await z.call('GET', `/vehicles/${vehicleId}/stops`, { query: { startTime: end - 3 * 86400e3, endTime: end, pageSize: 100 } });
		expect(stops.data.total).toBeGreaterThan(0);
		expect(stops.data.list[0]).toMatchObject({ startTime: expect.any(Number), endTime: expect.any(Number), durationSeconds: expect.any(Number), lng: expect.any(Number) });
		expect(await z.call('GET', '/vehicles/nope/location')).toMatchObject({ http: 404, code: 40401 });
	});
	it('expenses: types, create (exact decimals), outerId 409, query by type and window, statistics add up; unknown type 40001', async () => {
		const types = (await z.call('GET', '/expenses/types')).data;
		expect(types.length).toBeGreaterThanOrEqual(25);
		const vehicleId = (await z.call('GET', '/vehicles', { query: { pageSize: 1 } })).data.list[0].id;
		const at = Date.UTC(2020, 0, 1);
		const e = await z.call('POST', '/expenses', { body: { type: 'charging', amount: '88.10', vehicleId, occurredAt: at, outerId: 'OA-EXP-1' } });
		expect(e.data).toMatchObject({ amount: '88.10', typeName: '充电费' });
		expect(await z.call('POST', '/expenses', { body: { type: 'charging', amount: '1', vehicleId, occurredAt: at, outerId: 'OA-EXP-1' } })).toMatchObject({ http: 409, data: { id: e.data.id } });
		expect(await z.call('POST', '/expenses', { body: { type: 'lunch', amount: '1', vehicleId, occurredAt: at } })).toMatchObject({ http: 400, code: 40001 });
		expect(await z.call('POST', '/expenses', { body: { type: 'toll', amount: '1.234', vehicleId, occurredAt: at } })).toMatchObject({ http: 400, code: 40001 });
		await z.call('POST', '/expenses', { body: { type: 'toll', amount: '0.20', vehicleId, occurredAt: at + 1 } });
		const windowQ = { startTime: at, endTime: at + 10 };
		expect((await z.call('GET', '/expenses', { query: { ...windowQ, type: 'charging' } })).data.list.map((x) => x.id)).toEqual([e.data.id]);
		expect((await z.call('GET', `/expenses/${e.data.id}`)).data.outerId).toBe('OA-EXP-1');
		const stats = await z.call('GET', '/expenses/statistics', { query: { ...windowQ, groupBy: 'type' } });
		expect(stats.data).toMatchObject({ count: 2, totalAmount: '88.30', groups: [{ key: 'charging', amount: '88.10', count: 1 }, { key: 'toll', amount: '0.20', count: 1 }] });
		const all = await z.call('GET', '/expenses/statistics', { query: { groupBy: 'vehicle' } });
		const sum = all.data.groups.reduce((s, g) => s + Math.round(Number(g.amount) * 100), 0);
		expect((sum / 100).toFixed(2)).toBe(all.data.totalAmount);
		expect((await z.call('GET', '/expenses/statistics', { query: { groupBy: 'colour' } })).code).toBe(40001);
	});
});

describe('events', () => {
	it('subscriptions: register (secret), list (no secret), state changes are delivered signed, delete; unknown event 40001', async () => {
		const hook = await receiver(() => ({ status: 200, body: { code: 0, message: 'success' } }));
		try {
			const sub = await z.call('POST', '/event/subscriptions', { body: { url: hook.url, events: ['request.approved', 'vehicle.dispatched'] } });
			expect(sub.data).toMatchObject({ id: expect.any(String), secret: expect.any(String) });
			const listed = await z.call('GET', '/event/subscriptions');
			expect(listed.data.list[0]).not.toHaveProperty('secret');
			expect(await z.call('POST', '/event/subscriptions', { body: { url: hook.url, events: ['vehicle.flying'] } })).toMatchObject({ http: 400, code: 40001 });
			const r = await z.call('POST', '/vehicle-requests', { body: { outerId: 'EV-1', applicantMobile: '13800138000', startTime: Date.now(), endTime: Date.now() + 1, origin: 'a', destination: 'b' } });
			await z.call('POST', `/vehicle-requests/${r.data.id}/approve`, { body: {} });
			await until(() => hook.received.length >= 2);
			const types = hook.received.map((c) => JSON.parse(c.raw).eventType).sort();
			expect(types).toEqual(['request.approved', 'vehicle.dispatched']);
			for (const c of hook.received) expect(c.headers['x-zgc-signature']).toBe(hmac(sub.data.secret, `${c.headers['x-zgc-timestamp']}\n${c.headers['x-zgc-nonce']}\n${c.raw}`));
			expect(JSON.parse(hook.received[0].raw).data).toMatchObject({ requestId: r.data.id, outerId: 'EV-1' });
			expect((await z.call('DELETE', `/event/subscriptions/${sub.data.id}`)).code).toBe(0);
			expect((await z.call('DELETE', `/event/subscriptions/${sub.data.id}`)).code).toBe(40401);
		} finally {
			await hook.close();
		}
	});
	it('emit: valid, forged, stale, replay (same bytes twice) for every event type', async () => {
		const hook = await receiver(() => ({ status: 200, body: { code: 0, message: 'success' } }));
		try {
			const secret = 'sub-secret-0001';
			const check = (c) => c.headers['x-zgc-signature'] === hmac(secret, `${c.headers['x-zgc-timestamp']}\n${c.headers['x-zgc-nonce']}\n${c.raw}`);
			const { EVENT_TYPES } = require('../../sandbox/vendors/zhiguanche');
			for (const event of EVENT_TYPES) {
				const report = await sb.control('POST', '/emit', { vendor: 'zhiguanche', event, url: hook.url, secret });
				expect(report).toMatchObject({ status: 200, body: { code: 0 } });
				const got = hook.received[hook.received.length - 1];
				expect(check(got)).toBe(true);
				expect(JSON.parse(got.raw)).toMatchObject({ eventType: event, eventId: expect.any(String), occurredAt: expect.any(Number), data: expect.any(Object) });
			}
			await sb.control('POST', '/emit', { vendor: 'zhiguanche', event: 'alert.speeding', url: hook.url, secret, variant: 'forged', payload: { speed: 150 } });
			const forged = hook.received[hook.received.length - 1];
			expect(check(forged)).toBe(false);
			expect(JSON.parse(forged.raw).data.speed).toBe(150);
			await sb.control('POST', '/emit', { vendor: 'zhiguanche', event: 'alert.speeding', url: hook.url, secret, variant: 'stale' });
			const stale = hook.received[hook.received.length - 1];
			expect(check(stale)).toBe(true);
			expect(Date.now() - Number(stale.headers['x-zgc-timestamp'])).toBeGreaterThan(5 * 60e3);
			const replay = await sb.control('POST', '/emit', { vendor: 'zhiguanche', event: 'trip.completed', url: hook.url, secret, variant: 'replay' });
			expect(replay).toMatchObject({ first: { status: 200 }, second: { status: 200 } });
			const [a, b] = hook.received.slice(-2);
			expect(b.raw).toBe(a.raw);
			expect(b.headers['x-zgc-nonce']).toBe(a.headers['x-zgc-nonce']);
			expect((await sb.control('POST', '/emit', { vendor: 'zhiguanche', event: 'nope', url: hook.url, secret })).error).toMatch(/unknown/);
		} finally {
			await hook.close();
		}
	});
});
