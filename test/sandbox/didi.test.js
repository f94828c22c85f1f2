// DiDi contract tests: requests built from didi.md / didi-operations.txt / didi-approval-create.txt examples,
// signed here with crypto-js, sent to the sandbox: happy path, wrong signature, expired token, business errors.
const { start, CREDS, didiSign, didiClient, receiver, CryptoJS } = require('./helpers');
const didiModule = require('../../sandbox/vendors/didi');

let sb;
let didi;
beforeAll(async () => {
	sb = await start();
});
afterAll(() => sb && sb.close());
beforeEach(async () => {
	await sb.control('POST', '/reset', { vendor: 'didi' });
	didi = didiClient(sb.url);
	await didi.authorize();
});

const phone = (n) => `139${String(n).padStart(8, '0')}`;
const stateOf = async (collection, q = '') => (await sb.control('GET', `/state/didi/${collection}${q}`)).records;

describe('published vectors', () => {
	const vector = { client_id: 'client_id1', client_secret: 'client_secret1', grant_type: 'client_credentials', phone: '11000001234', timestamp: 1566477389 };
	it('the sandbox signs the official vector (MD5 and SHA-256)', () => {
		expect(didiModule.signString(vector, 'sign_key1')).toBe('client_id=client_id1&client_secret=client_secret1&grant_type=client_credentials&phone=11000001234&sign_key=sign_key1&timestamp=1566477389');
		expect(didiModule.sign(vector, 'sign_key1', 'md5')).toBe('c52b8bac5e980da9ac557db412c20580');
		expect(didiModule.sign(vector, 'sign_key1', 'sha256')).toBe('6f296c236346659f6351d548e3ec4260ac9847b117a1cc9428fd709a5976a8c5');
		expect(didiSign(vector, 'sign_key1', 'md5')).toBe('c52b8bac5e980da9ac557db412c20580');
	});
	it('the sandbox reproduces the official AES example', () => {
		const plain = '{"phone": "00016270252","birth_date": "2050-01-01", "name": "\\u5916\\u90e8\\u51fa\\u884c\\u4eba_\\u6d4b\\u8bd5_1", "card_list": [{"card_type": 1, "card_no": "513126199803290017", "expire_date": "2050-01-01"}]}';
		const key = didiModule.aesKey('64ecd6a08ced45ad5d7fedd0c347f6c9', 'aes128');
		const cipher = didiModule.aesEncrypt(plain, key, 'aes128');
		expect(cipher.startsWith('UyCHdn/a5NOCBo9iY+3bTk9hsa4wFK6w1JBjc6L/')).toBe(true);
		expect(didiModule.aesDecrypt(cipher, key)).toBe(plain);
	});
});

describe('authorize', () => {
	it('issues a token with the documented flat answer', async () => {
		const answer = await didi.authorize();
		expect(answer).toMatchObject({ errno: 0, access_token: expect.any(String), expires_in: 1800, token_type: expect.any(String) });
	});
	it('wrong sign → 19999 with params_sign_str (sign_key masked)', async () => {
		const answer = await didi.authorize({ sign: 'deadbeef' });
		expect(answer.errno).toBe(19999);
		expect(answer.data.params_sign_str).toContain('grant_type=client_credentials');
		expect(answer.data.params_sign_str).not.toContain(CREDS.didi.signKey);
	});
	it('wrong client secret → 400; millisecond timestamp → 408', async () => {
		const wrong = didiClient(sb.url);
		expect((await wrong.authorize({ client_secret: 'nope' })).errno).toBe(400);
		expect((await wrong.authorize({ timestamp: Date.now() })).errno).toBe(408);
	});
});

describe('business calls: signature, token, modes', () => {
	it('GET signs the raw (unencoded) query values', async () => {
		const ok = await didi.get('/river/Member/get', { offset: 0, length: 10, realname: '王 张&李' });
		expect(ok.errno).toBe(0);
		const bad = await didi.get('/river/Member/get', { offset: 0, length: 10 }, { mutate: (p) => (p.length = 20) });
		expect(bad.errno).toBe(19999);
		expect(bad.data.params_sign_str).toContain('length=20');
	});
	it('missing client_id/access_token → 412; GET on a POST endpoint → 412', async () => {
		expect((await didi.post('/river/Member/single', { data: '{}' }, { mutate: (p) => delete p.access_token })).errno).toBe(412);
		expect((await didi.get('/river/Member/single', { data: '{}' })).errno).toBe(412);
	});
	it('expired or revoked token → HTTP 200 errno 401; a new authorize works again', async () => {
		await sb.control('POST', '/tokens/revoke', { vendor: 'didi' });
		const expired = await didi.get('/river/City/get');
		expect(expired.http).toBe(200);
		expect(expired.errno).toBe(401);
		await didi.authorize();
		expect((await didi.get('/river/City/get')).errno).toBe(0);
		await sb.control('POST', '/config', { vendor: 'didi', tokenTtlSeconds: 0 });
		expect((await didi.get('/river/City/get')).errno).toBe(401);
	});
	it('MD5 mode: an app configured for MD5 refuses SHA-256 signs', async () => {
		await sb.control('POST', '/config', { vendor: 'didi', signMethod: 'md5' });
		const md5Client = didiClient(sb.url, { signMethod: 'md5' });
		expect((await didi.authorize()).errno).toBe(19999);
		expect((await md5Client.authorize()).errno).toBe(0);
		expect((await md5Client.get('/river/Role/get')).errno).toBe(0);
	});
	it('off-whitelist mode answers 10002 to every call', async () => {
		await sb.control('POST', '/config', { vendor: 'didi', whitelist: false });
		expect((await didi.get('/river/City/get')).errno).toBe(10002);
		expect((await didi.authorize()).errno).toBe(10002);
	});
	it('AES mode: encrypt_content + ent, encrypted answer; plain calls refused', async () => {
		const key = '64ecd6a08ced45ad5d7fedd0c347f6c9';
		await sb.control('POST', '/config', { vendor: 'didi', encryption: 'aes128', encryptKey: key });
		const plain = await didi.get('/river/City/get');
		expect(plain.errno).toBe(10001);
		const inner = `company_id=${CREDS.didi.companyId}&data=${JSON.stringify({ realname: '加密员工', phone: phone(77) })}&timestamp=${didi.now()}`;
		const encrypt_content = CryptoJS.AES.encrypt(inner, CryptoJS.enc.Utf8.parse(key), { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 }).toString();
		const params = { encrypt_content, ent: 1, client_id: CREDS.didi.clientId, access_token: didi.token };
		params.sign = didiSign(params, CREDS.didi.signKey);
		const res = await fetch(`${sb.url}/didi/river/Member/single`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
		const answer = await res.json();
		expect(answer.errno).toBe(0);
		const data = JSON.parse(CryptoJS.AES.decrypt(answer.encrypt_data, CryptoJS.enc.Utf8.parse(key), { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 }).toString(CryptoJS.enc.Utf8));
		expect(data).toMatchObject({ id: expect.any(String), phone: phone(77) });
	});
});

describe('members', () => {
	const data = (extra) => JSON.stringify({ realname: '张三', phone: phone(1), employee_number: 'T-1', ...extra });
	it('creates, reads, edits and deletes (state persists)', async () => {
		const created = await didi.post('/river/Member/single', { data: data(), send_message: 0 });
		expect(created).toMatchObject({ errno: 0, data: { id: expect.any(String), phone: phone(1) } });
		await new Promise((r) => setTimeout(r, 160));
		const detail = await didi.get('/river/Member/detail', { phone: phone(1) });
		expect(detail.data).toMatchObject({ member_id: created.data.id, realname: '张三' });
		const edited = await didi.post('/river/Member/edit', { member_id: created.data.id, data: JSON.stringify({ realname: '张三丰' }) });
		expect(edited.errno).toBe(0);
		expect((await stateOf('members', `?id=${created.data.id}`))[0].realname).toBe('张三丰');
		await new Promise((r) => setTimeout(r, 160));
		expect((await didi.post('/river/Member/del', { employee_number: 'T-1' })).errno).toBe(0);
		expect((await didi.get('/river/Member/detail', { member_id: created.data.id })).errno).toBe(406);
	});
	it('residence and dismiss date as the document says ("不支持“海淀区”此类格式", "时间需要传入大于今天")', async () => {
		const district = await didi.post('/river/Member/single', { data: data({ residentsname: '海淀区' }) });
		expect(district).toMatchObject({ errno: 10001, errmsg: expect.stringContaining('常驻地格式错误: 海淀区') });
		const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
		const dismiss = await didi.post('/river/Member/single', { data: data({ set_dismiss_time: today }) });
		expect(dismiss).toMatchObject({ errno: 10001, errmsg: expect.stringContaining('set_dismiss_time需要大于今天') });
		expect((await didi.post('/river/Member/single', { data: data({ residentsname: '北京市海淀区', set_dismiss_time: '2099-01-01' }) })).errno).toBe(0);
	});
	it('an existing phone → 50202 with data.member_id', async () => {
		const [someone] = await stateOf('members', '?_limit=1');
		const dup = await didi.post('/river/Member/single', { data: data({ phone: someone.phone, employee_number: 'X' }) });
		expect(dup.errno).toBe(50202);
		expect(dup.data.member_id).toBe(someone.id);
	});
	it('member writes closer than 150 ms are refused with the frequency error', async () => {
		expect((await didi.post('/river/Member/single', { data: data({ phone: phone(2), employee_number: 'T-2' }) })).errno).toBe(0);
		const tooSoon = await didi.post('/river/Member/single', { data: data({ phone: phone(3), employee_number: 'T-3' }) });
		expect(tooSoon.errno).toBe(10001);
		expect(tooSoon.errmsg).toMatch(/150ms/);
	});
	it('Member/get: offset must be a multiple of length ≤ 100', async () => {
		const page = await didi.get('/river/Member/get', { offset: 100, length: 100 });
		expect(page.data.total).toBe(2000);
		expect(page.data.records).toHaveLength(100);
		expect((await didi.get('/river/Member/get', { offset: 5, length: 100 })).errno).toBe(10001);
		expect((await didi.get('/river/Member/get', { offset: 0, length: 101 })).errno).toBe(10001);
	});
});

describe('budget centres', () => {
	const add = (extra) => didi.post('/river/BudgetCenter/add', { type: 1, name: '测试部', budget_cycle: 0, total_quota: '0', out_budget_id: `D-${Math.random()}`, ...extra });
	it('adds, edits, gets and disables a department', async () => {
		const created = await add({ out_budget_id: 'DX-1' });
		expect(created).toMatchObject({ errno: 0, data: { id: expect.any(String) } });
		expect((await didi.post('/river/BudgetCenter/edit', { id: created.data.id, type: 1, name: '测试二部', out_budget_id: 'DX-1' })).errno).toBe(0);
		const got = await didi.get('/river/BudgetCenter/get', { id: created.data.id, type: 1, offset: 0, length: 10 });
		expect(got.data.records[0]).toMatchObject({ name: '测试二部', out_budget_id: 'DX-1' });
		expect((await add({ out_budget_id: 'DX-1' })).errno).toBe(10001);
		expect((await didi.post('/river/BudgetCenter/del', { id: created.data.id, type: 1 })).errno).toBe(0);
		expect((await didi.get('/river/BudgetCenter/get', { id: created.data.id, type: 1, offset: 0, length: 10 })).data.total).toBe(0);
	});
	it('refuses concurrent adds', async () => {
		// A processing window wide enough that three parallel adds overlap even on a loaded machine.
		await sb.control('POST', '/config', { vendor: 'didi', budgetAddProcessingMs: 400 });
		const answers = await Promise.all([add(), add(), add()]);
		expect(answers.filter((a) => a.errno === 0)).toHaveLength(1);
		expect(answers.filter((a) => a.errno === 10001 && /并发/.test(a.errmsg))).toHaveLength(2);
	});
	it('a department edit without out_budget_id is refused ("更新部门时。字段必填。"); add takes whole yuan only ("金额管控只支持正整数")', async () => {
		const created = await add({ out_budget_id: 'DX-2' });
		const edit = await didi.post('/river/BudgetCenter/edit', { id: created.data.id, type: 1, name: '改名' });
		expect(edit).toMatchObject({ errno: 10001, errmsg: '参数错误(更新部门时out_budget_id必填)' });
		expect((await add({ total_quota: '100.50' })).errno).toBe(10001);
		expect((await add({ total_quota: '100' })).errno).toBe(0);
	});
	it('a department without out_budget_id is a business error', async () => {
		expect((await didi.post('/river/BudgetCenter/add', { type: 1, name: 'x', budget_cycle: 0, total_quota: '0' })).errno).toBe(10001);
	});
});

describe('approvals (didi-approval-create.txt examples)', () => {
	let applicant;
	let regs;
	beforeEach(async () => {
		[applicant] = await stateOf('members', '?status=1&_limit=1');
		regs = await stateOf('regulations');
	});
	const reg = (type) => regs.find((r) => r.approval_type === type).regulation_id;
	const travel = (extra = {}) => ({
		approval_type: 1,
		regulation_id: reg(1),
		phone: applicant.phone,
		reason: '灰度代订-出行人制度-轻度',
		travel_detail: JSON.stringify({ start_date: '2030-05-10', end_date: '2030-05-19', start_city_rule: 1, end_city_rule: 1, trips: [{ end_date: '2030-05-19', departure_city_id: '1', departure_city: 'Beijing', destination_city: 'hangzhou', destination_city_id: 3, start_date: '2030-05-10', trip_type: '1,2' }], flight_total_count: 1 }),
		...extra,
	});
	it('creates (travel, by count, by date) and reuse of out_approval_id is 50506 naming the approval', async () => {
		const first = await didi.post('/river/Approval/create', travel({ out_approval_id: 'TA_100002' }));
		expect(first).toMatchObject({ errno: 0, data: { approval_id: expect.any(String) } });
		const again = await didi.post('/river/Approval/create', travel({ out_approval_id: 'TA_100002' }));
		expect(again.errno).toBe(50506);
		expect(again.errmsg).toContain(first.data.approval_id);
		const soon = (h) => new Date(Date.now() + 8 * 3600e3 + h * 3600e3).toISOString().slice(0, 19).replace('T', ' ');
		const byCount = await didi.post('/river/Approval/create', { approval_type: 2, regulation_id: reg(2), phone: applicant.phone, reason: '123', business_trip_detail: JSON.stringify({ start_time: soon(1), end_time: soon(9), trip_times: 2, perorder_money_quota: 1000, total_money_quota: 1000 }) });
		expect(byCount.errno).toBe(0);
		const byDate = await didi.post('/river/Approval/create', { approval_type: 3, regulation_id: reg(3), phone: applicant.phone, reason: '123', business_trip_detail: JSON.stringify({ start_time: soon(1), trip_amount: 1000, trips: [{ city: 'beijing', city_id: 1 }], end_time: soon(9) }) });
		expect(byDate.errno).toBe(0);
		expect(await stateOf('approvals')).toHaveLength(3);
	});
	it('out_approval_id is unique per approval type + applicant ("唯一性校验：company_id+approval_type+申请人维度"); a lookup needs that scope', async () => {
		const members = await stateOf('members', '?status=1');
		const other = members.find((m) => m.phone && m.phone !== applicant.phone && m.regulation_id.includes(reg(1)));
		const mine = await didi.post('/river/Approval/create', travel({ out_approval_id: 'TA_SCOPE' }));
		const theirs = await didi.post('/river/Approval/create', travel({ out_approval_id: 'TA_SCOPE', phone: other.phone }));
		expect(mine.errno).toBe(0);
		expect(theirs.errno).toBe(0);
		expect((await didi.get('/open-apis/v1/approval/detail', { out_approval_id: 'TA_SCOPE' })).errno).toBe(10001);
		const found = await didi.get('/open-apis/v1/approval/detail', { out_approval_id: 'TA_SCOPE', approval_type: 1, member_type: 0, phone: other.phone });
		expect(found).toMatchObject({ errno: 0, data: { approval_id: theirs.data.approval_id } });
	});
	it('validates like the document: 10003 formats, 50503 applicant/regulation', async () => {
		const soon = (h) => new Date(Date.now() + 8 * 3600e3 + h * 3600e3).toISOString().slice(0, 19).replace('T', ' ');
		const odd = await didi.post('/river/Approval/create', { approval_type: 2, regulation_id: reg(2), phone: applicant.phone, business_trip_detail: JSON.stringify({ start_time: soon(1), end_time: soon(9), is_return: 1, trip_times: 3 }) });
		expect(odd).toMatchObject({ errno: 10003, errmsg: expect.stringContaining('偶数') });
		const reversed = await didi.post('/river/Approval/create', travel({ travel_detail: JSON.stringify({ start_date: '2030-05-10', end_date: '2030-05-01' }) }));
		expect(reversed.errno).toBe(10003);
		expect((await didi.post('/river/Approval/create', travel({ travel_detail: 'not json' }))).errno).toBe(10003);
		expect((await didi.post('/river/Approval/create', travel({ phone: '10000000000' }))).errno).toBe(50503);
		expect((await didi.post('/river/Approval/create', travel({ regulation_id: reg(2) }))).errno).toBe(50503);
		expect((await didi.post('/river/Approval/create', travel({ out_approval_id: 'x'.repeat(121) }))).errno).toBe(10001);
		expect(await stateOf('approvals')).toHaveLength(0);
	});
	it('updates, reads (detail), lists orders of and cancels; a cancelled approval cannot be cancelled again', async () => {
		const { data } = await didi.post('/river/Approval/create', travel({ out_approval_id: 'TA_LIFE' }));
		expect((await didi.post('/river/Approval/update', { approval_type: 1, out_approval_id: 'TA_LIFE', reason: '延期' })).errno).toBe(0);
		const detail = await didi.get('/open-apis/v1/approval/detail', { out_approval_id: 'TA_LIFE' });
		expect(detail.data).toMatchObject({ approval_id: data.approval_id, reason: '延期', status: 1 });
		const orders = await didi.get('/river/Approval/getOrder', { approval_id: data.approval_id, offset: 0, length: 10 });
		expect(orders.data).toEqual({ total: 0, records: [] });
		expect((await didi.post('/river/Approval/cancel', { approval_id: data.approval_id })).errno).toBe(0);
		expect((await didi.post('/river/Approval/cancel', { approval_id: data.approval_id })).errno).toBe(10001);
		expect((await didi.post('/river/Approval/update', { approval_type: 1, approval_id: '1' })).errno).toBe(10001);
	});
	it('OutApproval/Status records the external result; a bad status is 10001', async () => {
		expect((await didi.post('/river/OutApproval/Status', { out_id: 'out-1', status: 1 })).errno).toBe(0);
		expect(await stateOf('outApprovalStatuses')).toEqual([expect.objectContaining({ out_id: 'out-1', status: 1 })]);
		expect((await didi.post('/river/OutApproval/Status', { out_id: 'out-1', status: 5 })).errno).toBe(10001);
	});
});

describe('orders and reference data', () => {
	const day = (d) => new Date(Date.now() + 8 * 3600e3 + d * 86400e3).toISOString().slice(0, 10);
	const at = (d) => new Date(Date.now() + 8 * 3600e3 + d * 86400e3).toISOString().slice(0, 19).replace('T', ' ');
	it('Order/get pages by offset/length within a date window; Order/detail by id; unknown id is an error', async () => {
		const page = await didi.get('/river/Order/get', { start_date: day(-365), end_date: day(0), offset: 0, length: 50 });
		expect(page.errno).toBe(0);
		expect(page.data.total).toBeGreaterThan(50);
		expect(page.data.records).toHaveLength(50);
		expect((await didi.get('/river/Order/get', { start_date: day(-30), end_date: day(0), offset: 10, length: 20 })).errno).toBe(10001);
		const detail = await didi.get('/river/Order/detail', { order_id: page.data.records[0].order_id });
		expect(detail.data.order_id).toBe(page.data.records[0].order_id);
		expect((await didi.post('/river/Order/detail', { order_id: page.data.records[0].order_id })).errno).toBe(0);
		expect((await didi.get('/river/Order/detail', { order_id: '1' })).errno).toBe(10001);
	});
	it('order/list: param_json, ≤30-day window, limit ≤ 100', async () => {
		const query = (start, end, limit = 100) => ({ param_json: JSON.stringify({ order_type: 'all', search_time: { type: 'all', start_time: start, end_time: end }, cur_page: 1, limit }) });
		const ok = await didi.post('/open-apis/v1/order/list', query(at(-30), at(0)));
		expect(ok.errno).toBe(0);
		expect(Object.keys(ok.data).sort()).toEqual(['car_data', 'domesticflight_data', 'domestichotel_data', 'internationalflight_data', 'internationalhotel_data', 'train_data']);
		expect(ok.data.car_data.order_ids.split(',').length).toBeGreaterThan(0);
		expect((await didi.post('/open-apis/v1/order/list', query(at(-31), at(0)))).errmsg).toMatch(/30天/);
		expect((await didi.post('/open-apis/v1/order/list', query(at(-3), at(0), 101))).errno).toBe(10001);
	});
	it('regulations, cities, roles (arrays) and legal entities (paged)', async () => {
		expect((await didi.get('/river/Regulation/get')).data.length).toBeGreaterThan(2);
		expect((await didi.get('/river/City/get')).data[0]).toMatchObject({ city_id: '1', city_name: '北京' });
		expect((await didi.get('/river/Role/get')).data[0]).toMatchObject({ id: expect.any(String), name: expect.any(String) });
		expect((await didi.get('/river/LegalEntity/get', { offset: 0, length: 10 })).data.records.length).toBeGreaterThan(0);
	});
});

describe('control API: log, faults, emit', () => {
	it('logs vendor, method, path, signature verdict and status', async () => {
		await sb.control('DELETE', '/log');
		await didi.get('/river/City/get');
		await didi.get('/river/City/get', {}, { mutate: (p) => (p.sign = 'x') });
		const log = await sb.control('GET', '/log?vendor=didi');
		expect(log.map((e) => [e.method, e.path, e.signature, e.status, e.errno])).toEqual([
			['GET', '/river/City/get', 'ok', 200, 0],
			['GET', '/river/City/get', 'bad', 200, 19999],
		]);
	});
	it('targeted faults answer the next matching call with the given errno', async () => {
		await sb.control('POST', '/faults', { vendor: 'didi', path: '/river/City/get', errno: 403, errmsg: 'no permission' });
		expect(await didi.get('/river/City/get')).toMatchObject({ errno: 403, errmsg: 'no permission' });
		expect((await didi.get('/river/City/get')).errno).toBe(0);
	});
	it('random faults are deterministic from their seed', async () => {
		const run = async () => {
			await sb.control('POST', '/faults', { vendor: 'didi', rate5xx: 0.3, rate429: 0.3, seed: 7 });
			const out = [];
			for (let k = 0; k < 12; k++) out.push((await fetch(`${sb.url}/didi/river/City/get`)).status);
			await sb.control('POST', '/faults', { vendor: 'didi', clear: true });
			return out;
		};
		const a = await run();
		expect(a.some((s) => s === 503) && a.some((s) => s === 429)).toBe(true);
		expect(await run()).toEqual(a);
	});
	it('emit: a signed notification (valid), forged sign, stale timestamp, replay twice', async () => {
		const hook = await receiver();
		try {
			const report = await sb.control('POST', '/emit', { vendor: 'didi', event: 'order.finished', url: hook.url, payload: { order_id: 'o-1' } });
			expect(report.status).toBe(200);
			const body = JSON.parse(hook.received[0].raw);
			expect(body).toMatchObject({ notify_type: 'order.finished', company_id: CREDS.didi.companyId, data: '{"order_id":"o-1"}' });
			expect(didiSign(body, CREDS.didi.signKey)).toBe(body.sign);
			await sb.control('POST', '/emit', { vendor: 'didi', event: 'order.finished', url: hook.url, variant: 'forged' });
			const forged = JSON.parse(hook.received[1].raw);
			expect(didiSign(forged, CREDS.didi.signKey)).not.toBe(forged.sign);
			await sb.control('POST', '/emit', { vendor: 'didi', event: 'order.finished', url: hook.url, variant: 'stale', format: 'form' });
			const stale = Object.fromEntries(new URLSearchParams(hook.received[2].raw));
			expect(Math.floor(Date.now() / 1000) - Number(stale.timestamp)).toBeGreaterThanOrEqual(599);
			expect(didiSign(stale, CREDS.didi.signKey)).toBe(stale.sign);
			const replay = await sb.control('POST', '/emit', { vendor: 'didi', event: 'member.changed', url: hook.url, variant: 'replay' });
			expect(replay.first.status).toBe(200);
			expect(hook.received[3].raw).toBe(hook.received[4].raw);
		} finally {
			await hook.close();
		}
	});
});
