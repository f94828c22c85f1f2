// Zeyi contract tests: requests from zeyi-maintenance-api.txt examples, signed here (crypto-js MD5 over
// appKey+appSecret+timestamp+nonce+body), against the sandbox; and Zeyi's callbacks (emit) verified here.
const { start, CREDS, md5, receiver, CryptoJS } = require('./helpers');

let sb;
let token;
const c = CREDS.zeyi;
beforeAll(async () => {
	sb = await start();
});
afterAll(() => sb && sb.close());
beforeEach(async () => {
	await sb.control('POST', '/reset', { vendor: 'zeyi' });
	token = (await login()).result.accessToken;
});

async function login(body = { username: c.username, password: c.password }) {
	const res = await fetch(`${sb.url}/zeyi/auth-service-api/login/password`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
	return res.json();
}
let counter = 0;
const nonce = () => `n${String(++counter).padStart(5, '0')}`.slice(-6);
/** @param {string} path @param {unknown} body @param {{ ts?: string, n?: string, secret?: string, auth?: string, raw?: string }} [options] */
async function call(path, body, { ts = String(Date.now()), n = nonce(), secret = c.appSecret, auth = `Bearer ${token}`, raw } = {}) {
	const text = raw ?? JSON.stringify(body);
	const headers = { 'content-type': 'application/json', appKey: c.appKey, timestamp: ts, nonce: n, sign: md5(`${c.appKey}${secret}${ts}${n}${text}`) };
	if (auth) headers.Authorization = auth;
	const res = await fetch(`${sb.url}/zeyi${path}`, { method: 'POST', headers, body: text });
	return { http: res.status, ...(await res.json()) };
}
const ok = { success: true, businessException: false };
const CONFIRM = { code: 'WBJL21071000044', repairFlag: true, expectRepairTime: '1642759341000', reason: '无可用站点', stationUser: '张大三', stationMobile: '13277788817', stationAddress: '湖北省武汉市东西湖区新城十六路88号2056物流园B33-34', stationLng: '113.461238', stationLat: '32.614137' };
const BILL = '{"code":"WBJL21071000044","orderCode":"xxxx","discountedAmount":100,"totalAmount":1000.10,"paidAmount":900.10,"mileage":121900,"type":"大修","startTime":"1642993757000","completeTime":"1642993757000","fieldMaintainPictureUrl":"http://x/a.jpg","certificatePictureUrl":"http://x/b.jpg","mileagePictureUrl":"http://x/c.jpg","feeList":[{"name":"工时费","amount":100,"discountedAmount":0,"remark":""}],"repairProjectList":[{"name":"空调滤芯","number":2,"unitPrice":275,"discountedAmount":50,"totalAmount":500,"projectType":"materials","remark":""}]}';

describe('login', () => {
	it('answers the documented envelope; the same token while valid; wrong password is a business error', async () => {
		const first = await login();
		expect(first).toMatchObject({ success: true, businessException: false, result: { accessToken: expect.any(String), expiresIn: expect.any(Number), tokenType: 'bearer' } });
		expect(first.result.expiresIn).toBeGreaterThan(29 * 86400);
		expect((await login()).result.accessToken).toBe(first.result.accessToken);
		expect(await login({ username: c.username, password: 'x' })).toMatchObject({ success: false, businessException: true, errorCode: '200' });
	});
});

describe('signed business calls', () => {
	it('repairConfirm (document example) succeeds and is stored', async () => {
		expect(await call('/vehicle-service-api/maintenance/repairConfirm', CONFIRM)).toMatchObject({ http: 200, ...ok });
		const state = await sb.control('GET', '/state/zeyi/repairConfirms');
		expect(state.records[0]).toMatchObject({ code: CONFIRM.code, repairFlag: true, expectRepairTime: '1642759341000' });
	});
	it('wrong sign, stale timestamp and replayed nonce are refused', async () => {
		expect(await call('/vehicle-service-api/maintenance/repairConfirm', CONFIRM, { secret: 'nope' })).toMatchObject({ success: false, businessException: true, message: expect.stringMatching(/签名/) });
		expect((await call('/vehicle-service-api/maintenance/repairConfirm', CONFIRM, { ts: String(Date.now() - 10 * 60e3) })).message).toMatch(/过期/);
		const ts = String(Date.now());
		expect((await call('/vehicle-service-api/maintenance/repairConfirm', CONFIRM, { ts, n: 'abc123' })).success).toBe(true);
		expect((await call('/vehicle-service-api/maintenance/repairConfirm', CONFIRM, { ts, n: 'abc123' })).message).toMatch(/重复/);
	});
	it('the legacy scheme (signData none) signs without the body', async () => {
		await sb.control('POST', '/config', { vendor: 'zeyi', signData: 'none' });
		const ts = String(Date.now());
		const n = 'lgc001';
		const res = await fetch(`${sb.url}/zeyi/vehicle-service-api/maintenance/repairConfirm`, { method: 'POST', headers: { 'content-type': 'application/json', Authorization: `Bearer ${token}`, appKey: c.appKey, timestamp: ts, nonce: n, sign: md5(`${c.appKey}${c.appSecret}${ts}${n}`) }, body: JSON.stringify(CONFIRM) });
		expect((await res.json()).success).toBe(true);
	});
	it('an invalid or revoked token answers HTTP 401', async () => {
		expect((await call('/vehicle-service-api/maintenance/repairConfirm', CONFIRM, { auth: 'Bearer nope' })).http).toBe(401);
		await sb.control('POST', '/tokens/revoke', { vendor: 'zeyi' });
		expect((await call('/vehicle-service-api/maintenance/repairConfirm', CONFIRM)).http).toBe(401);
	});
	it('repairList keeps exact decimals, checks paidAmount = total − discount, and is idempotent by code', async () => {
		expect(await call('/vehicle-service-api/maintenance/repairList', null, { raw: BILL })).toMatchObject(ok);
		expect(await call('/vehicle-service-api/maintenance/repairList', null, { raw: BILL })).toMatchObject(ok);
		const state = await sb.control('GET', '/state/zeyi/repairLists');
		expect(state.total).toBe(1);
		expect(state.records[0].payload.totalAmount).toBe('1000.10');
		const other = await call('/vehicle-service-api/maintenance/repairList', null, { raw: BILL.replace('"mileage":121900', '"mileage":121901') });
		expect(other.message).toMatch(/已推送/);
		const wrong = await call('/vehicle-service-api/maintenance/repairList', null, { raw: BILL.replace('"paidAmount":900.10', '"paidAmount":900.11').replace('WBJL21071000044', 'WBJL-2') });
		expect(wrong).toMatchObject({ success: false, errorCode: '200', message: expect.stringMatching(/paidAmount/) });
	});
	it('maintainList needs MAINTAIN/REPAIR types and the next maintenance time', async () => {
		const bill = JSON.parse(BILL);
		delete bill.repairProjectList;
		bill.maintainProjectList = [{ name: '机油滤芯', number: 1, unitPrice: 400, totalAmount: 500, type: 'MAINTAIN', projectType: 'materials', nextMaintainanceTime: '1793462400000', nextMaintainanceMileage: 131900 }];
		expect(await call('/vehicle-service-api/maintenance/maintainList', bill)).toMatchObject(ok);
		bill.code = 'WBJL-M2';
		bill.maintainProjectList[0].type = 'OTHER';
		expect((await call('/vehicle-service-api/maintenance/maintainList', bill)).message).toMatch(/MAINTAIN/);
	});
	it('maintainList lines need a whole-number quantity: "number | 是 | Integer | 数量"', async () => {
		const bill = JSON.parse(BILL);
		delete bill.repairProjectList;
		bill.maintainProjectList = [{ name: '机油滤芯', unitPrice: 400, totalAmount: 500, type: 'MAINTAIN', projectType: 'materials', nextMaintainanceTime: '1793462400000' }];
		expect(await call('/vehicle-service-api/maintenance/maintainList', bill)).toMatchObject({ success: false, errorCode: '200', message: 'maintainProjectList的number必填且为整数' });
		bill.maintainProjectList[0].number = 1.5;
		expect((await call('/vehicle-service-api/maintenance/maintainList', bill)).message).toBe('maintainProjectList的number必填且为整数');
		bill.maintainProjectList[0].number = 2;
		expect(await call('/vehicle-service-api/maintenance/maintainList', bill)).toMatchObject(ok);
	});
	it('Integer fields take whole numbers only: bill mileage ("mileage | 是 | Integer"), contract serviceNeedHour ("serviceNeedHour | 是 | Integer")', async () => {
		const refused = await call('/vehicle-service-api/maintenance/repairList', null, { raw: BILL.replace('"mileage":121900', '"mileage":121900.5') });
		expect(refused).toMatchObject({ success: false, errorCode: '200', message: 'mileage需为整数' });
		const contract = { code: 'HT-INT', maintainRepairCode: 'WBJL1', companyName: '上海东风公司', branchName: '门店', billStatus: '已确认', maintainType: '首保', comeDate: '1642993757000', licenseNumber: '沪A123456', specification: '9.6', expectCompleteTime: '1642993757000', contractDetail: [{ serviceName: '换机油', serviceNeedHour: 1.5, serviceHourUnitAmount: 100, serviceCustomerUnitAmount: 120, serviceBranchUnitAmount: 150, confirmFlag: true }] };
		expect((await call('/vehicle-service-api/vehicleMaintainRepairContract/push', contract)).message).toBe('contractDetail.serviceNeedHour需为整数');
		expect((await call('/vehicle-service-api/vehicleMaintainRepairContract/push', { ...contract, billStatus: '' })).message).toBe('billStatus不能为空');
	});
	it('a second push of a code: identical is accepted (or refused with identicalRepush: refuse), changed is refused and the first kept', async () => {
		expect(await call('/vehicle-service-api/maintenance/repairList', null, { raw: BILL })).toMatchObject(ok);
		expect(await call('/vehicle-service-api/maintenance/repairList', null, { raw: BILL })).toMatchObject(ok);
		expect((await call('/vehicle-service-api/maintenance/repairList', null, { raw: BILL.replace('"totalAmount":1000.10,"paidAmount":900.10', '"totalAmount":1200.10,"paidAmount":1100.10') })).message).toBe('维修清单WBJL21071000044已推送，请勿重复提交');
		await sb.control('POST', '/config', { vendor: 'zeyi', identicalRepush: 'refuse' });
		expect((await call('/vehicle-service-api/maintenance/repairList', null, { raw: BILL })).message).toBe('维修清单WBJL21071000044已推送，请勿重复提交');
		const stored = (await sb.control('GET', '/state/zeyi/repairLists')).records;
		expect(stored).toHaveLength(1);
		expect(stored[0].payload.totalAmount).toBe('1000.10');
	});
	it('contract push / invalid; maintenance invalid refuses paid or settled orders', async () => {
		const contract = { code: 'HT123123123123', originContractCode: '', maintainRepairCode: 'WBJL123123123123', companyName: '上海东风公司', branchName: '上海东风青浦门店', billStatus: '已确认', maintainType: '首保', comeDate: '1642993757000', licenseNumber: '沪A123456', specification: '9.6', expectCompleteTime: '1642993757000', totalAmount: 1800, contractDetail: [{ serviceName: '换机油', serviceNeedHour: 2, serviceHourUnitAmount: 100, serviceCustomerUnitAmount: 120, serviceBranchUnitAmount: 150, confirmFlag: true }] };
		expect(await call('/vehicle-service-api/vehicleMaintainRepairContract/push', contract)).toMatchObject(ok);
		expect(await call('/vehicle-service-api/vehicleMaintainRepairContract/invalid', { code: 'HT123123123123', reason: '上报信息错误', operationTime: '1642755099000' })).toMatchObject(ok);
		expect((await call('/vehicle-service-api/vehicleMaintainRepairContract/invalid', { code: 'HT-NONE', operationTime: '1642755099000' })).message).toMatch(/不存在/);
		const paid = (await sb.control('GET', '/state/zeyi/maintenanceOrders?status=PAID')).records[0];
		expect((await call('/vehicle-service-api/maintenance/invalid', { code: paid.code, reason: '重复数据', operationTime: '1642755099000' })).message).toBe('已付款不可作废');
		const settled = (await sb.control('GET', '/state/zeyi/maintenanceOrders?status=SETTLED')).records[0];
		expect((await call('/vehicle-service-api/maintenance/invalid', { code: settled.code, reason: '重复数据', operationTime: '1642755099000' })).message).toMatch(/结算/);
		expect(await call('/vehicle-service-api/maintenance/invalid', { code: 'WBJL22090200012', reason: '原因:重复数据', operationTime: '1642755099000' })).toMatchObject(ok);
		expect((await call('/vehicle-service-api/maintenance/repairConfirm', { ...CONFIRM, code: 'WBJL22090200012' })).message).toMatch(/作废/);
	});
	it('encryption mode requires {"data": AES-CBC(appKey+timestamp+nonce+json)}', async () => {
		await sb.control('POST', '/config', { vendor: 'zeyi', encryption: true });
		expect((await call('/vehicle-service-api/maintenance/repairConfirm', CONFIRM)).message).toMatch(/加密/);
		const ts = String(Date.now());
		const n = 'enc001';
		const cipher = CryptoJS.AES.encrypt(`${c.appKey}${ts}${n}${JSON.stringify(CONFIRM)}`, CryptoJS.enc.Utf8.parse(c.appSecret), { iv: CryptoJS.enc.Utf8.parse(c.aesIv), mode: CryptoJS.mode.CBC, padding: CryptoJS.pad.Pkcs7 }).toString();
		expect(await call('/vehicle-service-api/maintenance/repairConfirm', { data: cipher }, { ts, n })).toMatchObject(ok);
	});
});

describe('emit: Zeyi calls the integrator', () => {
	const paths = { repair: '/vehicleRepair/repair', maintain: '/vehicleMaintain/maintain', audit: '/vehicleMaintainRepair/audit', delete: '/vehicleMaintainRepair/delete', confirmPrice: '/vehicleMaintainRepair/confirmPirce' };
	it.each(Object.entries(paths))('%s: signed POST to url + %s with the document example', async (event, suffix) => {
		const hook = await receiver(() => ({ status: 200, body: ok }));
		try {
			const report = await sb.control('POST', '/emit', { vendor: 'zeyi', event, url: hook.url });
			expect(report.status).toBe(200);
			const [got] = hook.received;
			expect(got.url).toBe(`/hook${suffix}`);
			const { appkey, timestamp, nonce: n, sign } = got.headers;
			expect(appkey).toBe(c.appKey);
			expect(n).toMatch(/^[a-z0-9]{6}$/);
			expect(sign).toBe(md5(`${appkey}${c.appSecret}${timestamp}${n}${got.raw}`));
			expect(JSON.parse(got.raw).code).toMatch(/^WBJL/);
		} finally {
			await hook.close();
		}
	});
	it('forged, stale, encrypted and replay variants', async () => {
		const hook = await receiver(() => ({ status: 200, body: ok }));
		try {
			const send = (variant) => sb.control('POST', '/emit', { vendor: 'zeyi', event: 'audit', url: hook.url, variant });
			await send('forged');
			await send('stale');
			await send('encrypted');
			const replay = await send('replay');
			const [forged, stale, encrypted, r1, r2] = hook.received;
			const signOf = (x) => md5(`${c.appKey}${c.appSecret}${x.headers.timestamp}${x.headers.nonce}${x.raw}`);
			expect(forged.headers.sign).not.toBe(signOf(forged));
			expect(stale.headers.sign).toBe(signOf(stale));
			expect(Date.now() - Number(stale.headers.timestamp)).toBeGreaterThan(10 * 60e3);
			const cipher = JSON.parse(encrypted.raw).data;
			const plain = CryptoJS.AES.decrypt(cipher, CryptoJS.enc.Utf8.parse(c.appSecret), { iv: CryptoJS.enc.Utf8.parse(c.aesIv), mode: CryptoJS.mode.CBC, padding: CryptoJS.pad.Pkcs7 }).toString(CryptoJS.enc.Utf8);
			expect(plain.startsWith(`${c.appKey}${encrypted.headers.timestamp}${encrypted.headers.nonce}{`)).toBe(true);
			expect(r1.raw).toBe(r2.raw);
			expect(r1.headers.nonce).toBe(r2.headers.nonce);
			expect(replay.first.status).toBe(200);
		} finally {
			await hook.close();
		}
	});
});
