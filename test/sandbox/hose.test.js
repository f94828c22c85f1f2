// Hose contract tests (hose.md, hose-endpoints.txt): token in the `accessToken` query, HTTP 403 on an invalid
// or expired token, refresh rotation, {errorCode, errorMessage} with 400/412, `$id` and `[ids]` paths,
// start/count ≤ 100, outerCode uniqueness, ≤ 10 documents per approval, EBot answers in the body, emit.
const { start, CREDS, receiver } = require('./helpers');
const { ORDER_ENTITIES } = require('../../sandbox/vendors/hose/state');
const { chinaDateTime } = require('../../sandbox/lib/util');

let sb;
let token;
let refreshToken;
beforeAll(async () => {
	sb = await start();
});
afterAll(() => sb && sb.close());

const c = CREDS.hose;
async function getToken(body = { appKey: c.appKey, appSecurity: c.appSecurity }) {
	const res = await fetch(`${sb.url}/hose/api/openapi/v1/auth/getAccessToken`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
	return { http: res.status, ...(await res.json()) };
}
/** @param {string} method @param {string} path @param {{ query?: Record<string, any>, body?: unknown, t?: string | null }} [options] */
async function call(method, path, { query = {}, body, t = token } = {}) {
	const qs = new URLSearchParams({ ...(t === null ? {} : { accessToken: t }), ...query }).toString();
	const res = await fetch(`${sb.url}/hose${path}?${qs}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
	const text = await res.text();
	// 刷新授权 answers its refusal as the text 未授权, not JSON.
	if (text && !/^[[{]/.test(text)) return { http: res.status, text };
	return { http: res.status, ...(text ? JSON.parse(text) : {}) };
}
beforeEach(async () => {
	await sb.control('POST', '/reset', { vendor: 'hose' });
	const t = await getToken();
	expect(t).toMatchObject({ http: 200, value: { accessToken: expect.any(String), refreshToken: expect.any(String), expireTime: expect.any(Number), corporationId: expect.any(String) } });
	token = t.value.accessToken;
	refreshToken = t.value.refreshToken;
});

describe('auth', () => {
	it('wrong appSecurity → 400 errorCode/errorMessage; missing, invalid, expired, revoked token → HTTP 403', async () => {
		expect(await getToken({ appKey: c.appKey, appSecurity: 'wrong' })).toMatchObject({ http: 400, errorCode: 400, errorMessage: expect.any(String) });
		expect((await call('GET', '/api/openapi/v1/corporations')).value).toMatchObject({ name: expect.stringMatching(/有限公司$/) });
		expect(await call('GET', '/api/openapi/v1/corporations', { t: null })).toMatchObject({ http: 403, errorCode: 403 });
		expect(await call('GET', '/api/openapi/v1/corporations', { t: 'nope' })).toMatchObject({ http: 403 });
		await sb.control('POST', '/config', { vendor: 'hose', tokenTtlSeconds: 0 });
		expect(await call('GET', '/api/openapi/v1/corporations')).toMatchObject({ http: 403, errorMessage: expect.stringContaining('过期') });
		await sb.control('POST', '/config', { vendor: 'hose', tokenTtlSeconds: 7200 });
		token = (await getToken()).value.accessToken;
		await sb.control('POST', '/tokens/revoke', { vendor: 'hose' });
		expect((await call('GET', '/api/openapi/v1/corporations')).http).toBe(403);
	});
	it('refreshToken (powerCode=219904) rotates both tokens; the old ones stop working', async () => {
		const refreshed = await call('POST', '/api/openapi/v2/auth/refreshToken', { query: { refreshToken, powerCode: '219904' } });
		expect(refreshed.value).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
		expect(refreshed.value.expireTime - Date.now()).toBeGreaterThan(31 * 86400e3);
		expect((await call('GET', '/api/openapi/v1/corporations')).http).toBe(403);
		// refresh-auth-expireDate.md: a refused refresh is HTTP 403 未授权 (the old pair was rotated away).
		expect(await call('POST', '/api/openapi/v2/auth/refreshToken', { t: refreshed.value.accessToken, query: { refreshToken, powerCode: '219904' } })).toEqual({ http: 403, text: '未授权' });
		expect(await call('POST', '/api/openapi/v2/auth/refreshToken', { query: { refreshToken, powerCode: '219904' } })).toEqual({ http: 403, text: '未授权' });
		token = refreshed.value.accessToken;
		expect((await call('GET', '/api/openapi/v1/corporations')).http).toBe(200);
	});
	it('refresh-auth.md: an expired accessToken cannot be refreshed (403 未授权), only fetched again', async () => {
		await sb.control('POST', '/config', { vendor: 'hose', tokenTtlSeconds: 0 });
		expect(await call('POST', '/api/openapi/v2/auth/refreshToken', { query: { refreshToken, powerCode: '219904' } })).toEqual({ http: 403, text: '未授权' });
		await sb.control('POST', '/config', { vendor: 'hose', tokenTtlSeconds: 7200 });
	});
	it('location answers the API prefix for a corpId', async () => {
		expect((await call('GET', '/api/openapi/v2/location', { query: { corpId: 'x' }, t: null })).value).toBe(`${sb.url.replace('http://', 'http://')}/hose`);
	});
});

describe('staff and departments', () => {
	it('staff list pages by start/count ≤ 100 and filters active; count 101 → 400', async () => {
		const page = await call('GET', '/api/openapi/v1.1/staffs', { query: { start: 100, count: 100 } });
		expect(page).toMatchObject({ count: 2000 });
		expect(page.items).toHaveLength(100);
		expect(page.items[0]).toMatchObject({ id: expect.stringContaining(':'), name: expect.any(String), code: 'E000101', cellphone: expect.stringMatching(/^1\d{10}$/) });
		const inactive = await call('GET', '/api/openapi/v1.1/staffs', { query: { active: false, count: 100 } });
		expect(inactive.count).toBeGreaterThan(0);
		expect(inactive.items.every((x) => x.active === false)).toBe(true);
		expect(await call('GET', '/api/openapi/v1.1/staffs', { query: { count: 101 } })).toMatchObject({ http: 400, errorCode: 400 });
	});
	it('staff create, batch create, update by $id and by code, batch update, disable [ids], getStaffIds; duplicate code 412', async () => {
		const dept = (await call('GET', '/api/openapi/v1/departments', { query: { count: 2 } })).items[1].id;
		const id = (await call('POST', '/api/openapi/v1.1/staffs', { body: { name: '孙八', code: 'OA-1001', cellphone: '13512345678', defaultDepartment: dept, departments: [dept] } })).value;
		expect(id).toEqual(expect.any(String));
		expect(await call('POST', '/api/openapi/v1.1/staffs', { body: { name: '孙八', code: 'OA-1001' } })).toMatchObject({ http: 412, errorCode: 412 });
		const batch = await call('POST', '/api/openapi/v1.1/staffs/batch/create', { body: { staffList: [{ name: '周九', code: 'OA-1002', defaultDepartment: dept }, { name: '吴十', code: 'OA-1003', defaultDepartment: dept }] } });
		expect(batch.items.map((x) => x.code)).toEqual(['OA-1002', 'OA-1003']);
		expect((await call('PUT', `/api/openapi/v1.1/staffs/update/$${id}`, { body: { name: '孙八八' } })).value).toBe(true);
		expect((await call('PUT', '/api/openapi/v1.1/staffs/update/$OA-1002', { query: { type: 'code' }, body: { email: 'z9@corp.example.com' } })).value).toBe(true);
		expect(await call('PUT', `/api/openapi/v1.1/staffs/update/${id}`, { body: { name: 'x' } })).toMatchObject({ http: 400, errorMessage: expect.stringContaining('$') });
		expect((await call('PUT', '/api/openapi/v1.1/staffs/batch/update', { query: { type: 'code' }, body: { staffList: [{ code: 'OA-1003', cellphone: '13512345679' }] } })).value).toBe(true);
		expect((await call('PUT', `/api/openapi/v1.1/staffs/disableOrEnableStaff/[${id},${batch.items[0].id}]`, { query: { active: false } })).value).toBe(true);
		const found = await call('POST', '/api/openapi/v1/staffs/getStaffIds', { body: { type: 'CODE', conditionIds: ['OA-1001', 'OA-1002', 'OA-1003'] } });
		expect(found.items.map((x) => [x.code, x.name, x.active])).toEqual([['OA-1001', '孙八八', false], ['OA-1002', '周九', false], ['OA-1003', '吴十', true]]);
		expect(found.items[1].email).toBe('z9@corp.example.com');
		const state = await sb.control('GET', '/state/hose/staffs?code=OA-1003');
		expect(state.records[0].cellphone).toBe('13512345679');
	});
	it('departments: list, create, batch create, update $id, by id/code/name/path, disable refused with staff; duplicate code 412', async () => {
		const list = await call('GET', '/api/openapi/v1/departments', { query: { start: 0, count: 100 } });
		expect(list.count).toBeGreaterThan(12);
		const root = list.items[0];
		const answer = await call('POST', '/api/openapi/v1/departments', { body: { name: '共享服务中心', code: 'SSC', parentId: root.id } });
		expect(answer.value).toMatchObject({ id: expect.any(String), name: '共享服务中心', code: 'SSC', parentId: root.id, active: true });
		const created = answer.value;
		expect(await call('POST', '/api/openapi/v1/departments', { body: { name: '别的', code: 'SSC' } })).toMatchObject({ http: 412 });
		expect((await call('POST', '/api/openapi/v1/departments/batch/create', { body: { departmentList: [{ name: '费用组', code: 'SSC-1', parentId: created.id }] } })).items).toHaveLength(1);
		expect((await call('PUT', `/api/openapi/v1/departments/update/$${created.id}`, { body: { name: '财务共享中心' } })).value).toBe(true);
		expect((await call('GET', `/api/openapi/v1/departments/$${created.id}`)).value.name).toBe('财务共享中心');
		expect((await call('GET', '/api/openapi/v1/departments/$SSC')).value.id).toBe(created.id);
		expect((await call('GET', '/api/openapi/v1/departments/getDepartmentByName', { query: { name: '费用组' } })).items).toHaveLength(1);
		expect((await call('GET', '/api/openapi/v1/departments/getDepartmentByPath', { query: { path: '财务共享中心/费用组' } })).value.code).toBe('SSC-1');
		expect((await call('PUT', `/api/openapi/v1/departments/disableOrEnableDepartment/$${created.id}`, { query: { active: false } })).value).toBe(true);
		expect(await call('PUT', `/api/openapi/v1/departments/disableOrEnableDepartment/$${list.items[1].id}`, { query: { active: false } })).toMatchObject({ http: 412 });
	});
});

describe('documents', () => {
	let spec;
	let submitterId;
	let feeTypeId;
	beforeEach(async () => {
		spec = (await call('GET', '/api/openapi/v1/specifications/latestByType', { query: { type: 'expense' } })).items[0].id;
		submitterId = (await call('GET', '/api/openapi/v1.1/staffs', { query: { count: 1 } })).items[0].id;
		feeTypeId = (await call('GET', '/api/openapi/v1/feeTypes')).items[0].id;
	});
	const form = (extra = {}) => ({ title: '差旅报销-上海客户拜访', specificationId: spec, submitterId, outerCode: 'OA-EXP-0001', details: [{ feeTypeId, feeTypeForm: { amount: { standard: '1280.50' } } }], ...extra });
	it('create (draft), outerCode unique → 412 with the flowId, update, submit, details by id/code/outerCode, states [ids], logs', async () => {
		const created = await call('POST', '/api/openapi/v2.2/flow/data', { query: { isCommit: 'false' }, body: { form: form() } });
		expect(created.flow).toMatchObject({ id: expect.any(String), code: expect.stringMatching(/^B\d+/), state: 'draft' });
		const id = created.flow.id;
		expect(await call('POST', '/api/openapi/v2.2/flow/data', { body: { form: form() } })).toMatchObject({ http: 412, errorDetails: { flowId: id } });
		expect((await call('PUT', `/api/openapi/v2.2/flow/data/$${id}`, { body: { form: { title: '差旅报销-改' } } })).flow.form.title).toBe('差旅报销-改');
		expect((await call('POST', '/api/openapi/v2/flow/data/submitFlow', { query: { flowId: id } })).value.state).toBe('approving');
		expect(await call('PUT', `/api/openapi/v2.2/flow/data/$${id}`, { body: { form: { title: 'x' } } })).toMatchObject({ http: 412 });
		expect((await call('GET', '/api/openapi/v1.1/flowDetails', { query: { flowId: id } })).value.form.outerCode).toBe('OA-EXP-0001');
		expect((await call('GET', '/api/openapi/v1.1/flowDetails/byCode', { query: { code: created.flow.code } })).value.id).toBe(id);
		expect((await call('GET', '/api/openapi/v1.1/flowDetails/outerCode', { query: { outerCode: 'OA-EXP-0001' } })).value.id).toBe(id);
		expect((await call('GET', `/api/openapi/v2/approveStates/[${id},nope]`)).items).toEqual([{ flowId: id, state: 'approving' }, { flowId: 'nope', state: 'notFound' }]);
		expect((await call('GET', '/api/openapi/v1.1/flowDetails/allLogs', { query: { flowId: id } })).items.map((l) => l.action)).toEqual(['freeflow.create', 'freeflow.submit']);
		expect(await call('POST', '/api/openapi/v2.2/flow/data', { body: { form: form({ outerCode: 'OA-2', specificationId: 'nope' }) } })).toMatchObject({ http: 412 });
		expect(await call('POST', '/api/openapi/v2.2/flow/data', { body: { form: { title: 'x' } } })).toMatchObject({ http: 400 });
	});
	it('backlog, approve (current approver only, ≤ 10 per call), reject needs a comment, voucher write-back, payment result', async () => {
		const a = (await call('POST', '/api/openapi/v2.2/flow/data', { query: { isCommit: 'true' }, body: { form: form({ outerCode: 'A' }) } })).flow;
		const b = (await call('POST', '/api/openapi/v2.2/flow/data', { query: { isCommit: 'true' }, body: { form: form({ outerCode: 'B' }) } })).flow;
		const backlog = await call('GET', '/api/openapi/v1/docs/backlog', { query: { count: 100 } });
		// get-approve-corporation.md: the items are documents shaped like 单据详情, `actions` keyed by who can act.
		const item = backlog.items.find((x) => x.id === a.id);
		expect(item).toMatchObject({ state: 'approving', form: expect.objectContaining({ code: a.code }), actions: expect.any(Object), logs: expect.any(Array) });
		expect(backlog.count).toBeGreaterThanOrEqual(backlog.items.length);
		expect(await call('GET', '/api/openapi/v1/docs/backlog', { query: { index: 0 } })).toMatchObject({ http: 200, count: backlog.count, items: [] });
		expect((await call('GET', '/api/openapi/v1/docs/backlog', { query: { index: 0, count: 500 } })).items.length).toBeLessThanOrEqual(100);
		const [approveId] = Object.keys(item.actions);
		const q = { messageCode: 'debug', powerCode: 'TICKET_AUDIT_switch' };
		const eleven = Array.from({ length: 11 }, (_, k) => `f${k}`).join(',');
		expect(await call('POST', `/api/openapi/v1/backlog/data/[${eleven}]`, { query: q, body: { approveId, action: { name: 'freeflow.agree' } } })).toMatchObject({ http: 412, errorMessage: expect.stringContaining('10') });
		expect(await call('POST', `/api/openapi/v1/backlog/data/[${a.id}]`, { query: q, body: { approveId: submitterId, action: { name: 'freeflow.agree' } } })).toMatchObject({ http: 412 });
		expect(await call('POST', `/api/openapi/v1/backlog/data/[${b.id}]`, { query: q, body: { approveId, action: { name: 'freeflow.reject' } } })).toMatchObject({ http: 400 });
		expect((await call('POST', `/api/openapi/v1/backlog/data/[${a.id}]`, { query: q, body: { approveId, action: { name: 'freeflow.agree', comment: '同意' } } })).value).toMatchObject({ total: 1, success: 1, error: 0, residue: 0 });
		expect((await call('POST', `/api/openapi/v1/backlog/data/[${b.id}]`, { query: q, body: { approveId, action: { name: 'freeflow.reject', comment: '票据不全' } } })).value).toMatchObject({ total: 1, success: 1, error: 0, residue: 0 });
		expect((await call('GET', `/api/openapi/v2/approveStates/[${a.id},${b.id}]`)).items.map((x) => x.state)).toEqual(['paying', 'rejected']);
		expect(await call('POST', `/api/openapi/v1/backlog/data/[${a.id}]`, { query: q, body: { approveId, action: { name: 'freeflow.agree' } } })).toMatchObject({ http: 412 });
		// 回写单据凭证信息 only for paid documents; 提交单据的支付结果 answers a result code per document.
		const voucher = { voucher: [{ flowId: a.id, voucherNo: 'PZ-2026-0001', voucherCreateTime: String(Date.now()) }] };
		expect(await call('PUT', '/api/openapi/v2.1/flow/data/erpVoucher', { body: voucher })).toMatchObject({ http: 400, errorMessage: expect.stringContaining('不是已支付状态') });
		expect((await call('POST', '/api/openapi/v1/paymentResults', { body: { items: [{ id: a.id, code: 'P00001', errorMsg: null }, { id: b.id, code: 'P00001' }, { id: 'nope', code: 'P00001' }, { id: a.id, code: 'P00009' }] } })).items.map((x) => x.code)).toEqual(['R00000', 'R00003', 'R00001', 'R00005']);
		expect((await call('POST', '/api/openapi/v1/paymentResults', { body: { items: [{ id: a.id, code: 'P00001' }] } })).items[0].code).toBe('R00002');
		expect((await call('PUT', '/api/openapi/v2.1/flow/data/erpVoucher', { body: voucher })).value).toBe(true);
		expect((await call('GET', '/api/openapi/v1.1/flowDetails', { query: { flowId: a.id } })).value).toMatchObject({ state: 'paid', voucher: { voucherNo: 'PZ-2026-0001' } });
		expect(await call('PUT', '/api/openapi/v2.1/flow/data/erpVoucher', { body: { voucher: [{ flowId: 'nope', voucherNo: 'x', voucherCreateTime: String(Date.now()) }] } })).toMatchObject({ http: 412 });
	});
	it('the >1 min between approval loops rule can be switched on', async () => {
		await sb.control('POST', '/config', { vendor: 'hose', approveIntervalMs: 60000 });
		const a = (await call('POST', '/api/openapi/v2.2/flow/data', { query: { isCommit: 'true' }, body: { form: form({ outerCode: 'L1' }) } })).flow;
		const b = (await call('POST', '/api/openapi/v2.2/flow/data', { query: { isCommit: 'true' }, body: { form: form({ outerCode: 'L2' }) } })).flow;
		const states = await sb.control('GET', `/state/hose/flows?id=${encodeURIComponent(a.id)}`);
		const approveId = states.records[0].currentApprovers[0];
		expect((await call('POST', `/api/openapi/v1/backlog/data/[${a.id}]`, { body: { approveId, action: { name: 'freeflow.agree' } } })).value).toMatchObject({ total: 1, success: 1 });
		expect(await call('POST', `/api/openapi/v1/backlog/data/[${b.id}]`, { body: { approveId, action: { name: 'freeflow.agree' } } })).toMatchObject({ http: 412 });
	});
	it('requisitions (list, $id, close [ids]), templates, fee types, travel orders (sync idempotent by orderNo, search)', async () => {
		const reqs = await call('POST', '/api/openapi/v1/requisition/getData', { body: { start: 0, count: 10 } });
		expect(reqs.count).toBe(8);
		const r = reqs.items[0];
		expect((await call('GET', `/api/openapi/v1/requisition/$${r.id}`)).value.id).toBe(r.id);
		expect((await call('PUT', `/api/openapi/v1/requisition/closeRequisition/[${r.id}]`)).value).toBe(true);
		expect((await call('GET', `/api/openapi/v1/requisition/$${r.id}`)).value.state).toBe('CLOSED');
		expect(await call('GET', '/api/openapi/v1/specifications/latestByType', { query: { type: 'bogus' } })).toMatchObject({ http: 400 });
		// 同步订单信息: {data: [order]} with the document's required fields; one record per orderNo.
		const nos = { initialOriginalOrderNo: 'DD-1', initialParentOrderNo: 'DD-1', initialOrderNo: 'DD-1', originalOrderNo: 'DD-1', parentOrderNo: 'DD-1' };
		const order = { ...nos, orderNo: 'DD-1', orderType: 'taxi', orderSummary: '望京-国贸', orderDate: String(Date.now()), orderStatus: '确认订单', orderCategory: '主订单', travelType: '因公', realAmount: '35.20', bookingPlatform: '滴滴企业版', bookingPeople: submitterId };
		expect((await call('POST', '/api/openapi/v1/travel/costCenter/synTravelOrder', { body: { data: [order] } })).value).toBe(true);
		await call('POST', '/api/openapi/v1/travel/costCenter/synTravelOrder', { body: { data: [{ ...order, realAmount: '36.00' }] } });
		expect((await sb.control('GET', '/state/hose/syncedOrders')).records).toEqual([{ ...order, realAmount: '36.00' }]);
		expect(await call('POST', '/api/openapi/v1/travel/costCenter/synTravelOrder', { body: { data: [{ ...order, orderType: 'ship' }] } })).toMatchObject({ http: 400 });
		expect(await call('POST', '/api/openapi/v1/travel/costCenter/synTravelOrder', { body: { data: [{ orderNo: 'x' }] } })).toMatchObject({ http: 400, errorMessage: expect.stringContaining('不能为空') });
	});
	it('searchOrders as get-tripManager-order.md: entityId + start/count ≤ 100 + created window, {items: {total, data: [{dataLink}]}}, code descending', async () => {
		const url = '/api/openapi/v2.1/datalink/TRAVEL_MANAGEMENT/searchOrders';
		const entityId = ORDER_ENTITIES.flight;
		const all = await call('POST', url, { body: { entityId, start: 0, count: 100 } });
		expect(all.http).toBe(200);
		expect(all.items.total).toBeGreaterThan(0);
		const codes = all.items.data.map((r) => r.dataLink[`E_${entityId}_code`]);
		expect(codes).toEqual([...codes].sort().reverse());
		expect(all.items.data[0]).toEqual({ dataLink: expect.objectContaining({ id: expect.any(String), entityId, active: true, createTime: expect.any(Number), [`E_${entityId}_订单金额`]: expect.objectContaining({ standard: expect.stringMatching(/^\d+\.\d{2}$/), standardStrCode: 'CNY' }) }), ledger: {}, planned: {}, plans: [], ledgers: [] });
		const hotels = await call('POST', url, { body: { entityId: ORDER_ENTITIES.hotel, start: 0, count: 1 } });
		expect(Object.keys(hotels.items.data[0].dataLink)).toContain(`E_${ORDER_ENTITIES.hotel}_订单号`);
		const newest = Math.max(...all.items.data.map((r) => r.dataLink.createTime));
		const since = await call('POST', url, { body: { entityId, start: 0, count: 100, startDate: chinaDateTime(newest) } });
		expect(since.items.data.map((r) => r.dataLink.createTime).every((t) => t >= Math.floor(newest / 1000) * 1000)).toBe(true);
		expect(since.items.total).toBeLessThan(all.items.total);
		expect(await call('POST', url, { body: { entityId, start: 0, count: 101 } })).toMatchObject({ http: 400, errorMessage: '单次查询总数不得大于100' });
		expect(await call('POST', url, { body: { entityId: 'nope', start: 0, count: 10 } })).toMatchObject({ http: 400, errorMessage: '业务对象模板不存在' });
		expect(await call('POST', url, { body: { entityId, start: 0, count: 10, startDate: '2026-05-01' } })).toMatchObject({ http: 400 });
	});
	it('targeted fault: the next matching call answers the given errorCode in the Hose envelope', async () => {
		await sb.control('POST', '/faults', { vendor: 'hose', path: '/api/openapi/v1/departments', status: 412, errorCode: 412, message: '系统繁忙' });
		expect(await call('GET', '/api/openapi/v1/departments')).toMatchObject({ http: 412, errorCode: 412, errorMessage: '系统繁忙' });
		expect((await call('GET', '/api/openapi/v1/departments')).http).toBe(200);
	});
});

describe('outbound messages and EBot (emit)', () => {
	it('posts an unsigned outbound message with the fields hose.md names; replay sends the same message twice', async () => {
		const hook = await receiver(() => ({ status: 204, body: '' }));
		try {
			const report = await sb.control('POST', '/emit', { vendor: 'hose', event: 'flow.paid', url: hook.url });
			expect(report.status).toBe(204);
			const msg = JSON.parse(hook.received[0].raw);
			expect(msg).toMatchObject({ action: 'flow.paid', actionName: '已支付', flowId: expect.any(String), nodeId: expect.any(String), userInfo: { id: expect.any(String), name: expect.any(String) }, currentApprovers: expect.any(Array), state: expect.any(String), form: { code: expect.any(String) } });
			expect(hook.received[0].headers).not.toHaveProperty('sign');
			const replay = await sb.control('POST', '/emit', { vendor: 'hose', event: 'flow.rejected', url: hook.url, variant: 'replay' });
			expect(replay).toMatchObject({ first: { status: 204 }, second: { status: 204 } });
			expect(hook.received[2].raw).toBe(hook.received[1].raw);
			expect((await sb.control('POST', '/emit', { vendor: 'hose', url: hook.url, variant: 'forged' })).error).toMatch(/unsigned/);
		} finally {
			await hook.close();
		}
	});
	it('EBot: the node carries a signKey; the answer is judged by value.code (204 ok, 403 wrong signKey, 412 not at the node)', async () => {
		const hook = await receiver(() => ({ status: 200, body: { ok: true } }));
		try {
			await sb.control('POST', '/emit', { vendor: 'hose', event: 'ebot', url: hook.url });
			const msg = JSON.parse(hook.received[0].raw);
			expect(msg).toMatchObject({ action: 'freeflow.ebot', signKey: expect.any(String), nodeId: expect.any(String) });
			const answer = { signKey: msg.signKey, flowId: msg.flowId, nodeId: msg.nodeId, action: 'accept', comment: '预算校验通过' };
			expect(await call('POST', '/api/outbound/v1/approval', { body: { ...answer, signKey: 'wrong' } })).toMatchObject({ http: 200, value: { code: '403' } });
			expect(await call('POST', '/api/outbound/v1/approval', { body: answer })).toMatchObject({ http: 200, value: { code: '204' } });
			expect(await call('POST', '/api/outbound/v1/approval', { body: answer })).toMatchObject({ http: 200, value: { code: '412' } });
			expect((await call('GET', '/api/openapi/v1.1/flowDetails', { query: { flowId: msg.flowId } })).value.state).toBe('paying');
		} finally {
			await hook.close();
		}
	});
});
