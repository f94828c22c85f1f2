// Contract tests of the DiDi endpoints emulated in sandbox/vendors/didi/ (travel order details, bills,
// external travellers, ranks, legal entities, member quota, approval pass, after-approval): each request is
// built from didi-operations.txt and signed here with crypto-js (test/sandbox/helpers.js).
const { start, didiClient } = require('./helpers');

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

const stateOf = async (collection, q = '') => (await sb.control('GET', `/state/didi/${collection}${q}`)).records;
const idsOf = (list) => list.map((r) => r.order_info.order_id);

describe('flight / hotel / train order details (/api-gateway/g/*/orderDetail)', () => {
	let travel;
	beforeEach(async () => {
		travel = await stateOf('travelOrders', '?_limit=1000');
	});
	const ofCategory = (category, n) => travel.filter((o) => o.category === category).slice(0, n).map((o) => o.order_id);

	it('flight: product_type 1 answers only the domestic orders asked for, in domesticflight_data.order_list', async () => {
		const domestic = ofCategory('domesticflight', 3);
		const international = ofCategory('internationalflight', 1);
		expect(domestic).toHaveLength(3);
		const answer = await didi.post('/api-gateway/g/flight/orderDetail', { product_type: 1, order_ids: [...domestic, ...international].join(',') });
		expect(answer.errno).toBe(0);
		expect(answer.data.total).toBe(3);
		expect(idsOf(answer.data.domesticflight_data.order_list).sort()).toEqual([...domestic].sort());
		const intl = await didi.post('/api-gateway/g/flight/orderDetail', { product_type: 2, order_ids: international.join(',') });
		expect(idsOf(intl.data.internationalflight_data.order_list)).toEqual(international);
	});

	it('hotel: product_type 2 → internationalhotel_data; train needs no product_type → domestictrain_data', async () => {
		const hotels = ofCategory('internationalhotel', 2);
		const hotel = await didi.post('/api-gateway/g/hotel/orderDetail', { product_type: 2, order_ids: hotels.join(',') });
		expect(idsOf(hotel.data.internationalhotel_data.order_list).sort()).toEqual([...hotels].sort());
		const trains = ofCategory('train', 2);
		const train = await didi.post('/api-gateway/g/train/orderDetail', { order_ids: trains.join(',') });
		expect(train.errno).toBe(0);
		expect(idsOf(train.data.domestictrain_data.order_list).sort()).toEqual([...trains].sort());
	});

	it('"最多支持查询100个订单", product_type *req* "1 国内 2 国际", order_ids *req*', async () => {
		const many = Array.from({ length: 101 }, (_, k) => String(30000000000 + k)).join(',');
		const tooMany = await didi.post('/api-gateway/g/flight/orderDetail', { product_type: 1, order_ids: many });
		expect(tooMany.errno).toBe(10001);
		expect(tooMany.errmsg).toMatch(/100/);
		const hundred = Array.from({ length: 100 }, (_, k) => String(30000000000 + k)).join(',');
		expect((await didi.post('/api-gateway/g/flight/orderDetail', { product_type: 1, order_ids: hundred })).errno).toBe(0);
		expect((await didi.post('/api-gateway/g/hotel/orderDetail', { order_ids: '1' })).errmsg).toMatch(/product_type/);
		expect((await didi.post('/api-gateway/g/flight/orderDetail', { product_type: 3, order_ids: '1' })).errno).toBe(10001);
		expect((await didi.post('/api-gateway/g/train/orderDetail', {})).errmsg).toMatch(/order_ids/);
	});

	it('is signed like every DiDi call', async () => {
		const answer = await didi.post('/api-gateway/g/train/orderDetail', { order_ids: '1' }, { mutate: (p) => (p.sign = 'x'.repeat(64)) });
		expect(answer.errno).toBe(19999);
	});
});

describe('ranks (/open-apis/v1/rank/create|update|del, param_json)', () => {
	const create = (param) => didi.post('/open-apis/v1/rank/create', { param_json: JSON.stringify(param) });
	it('creates, renames and deletes a rank; getRanks shows each state', async () => {
		const created = await create({ name: 'P5 (高级)', out_rank_id: 'R-P5' });
		expect(created.errno).toBe(0);
		const id = created.data.id;
		const listed = async () => (await didi.get('/river/Rank/getRanks', { offset: 0, length: 100 })).data.records;
		expect(await listed()).toContainEqual({ id, name: 'P5 (高级)', out_rank_id: 'R-P5' });
		const renamed = await didi.post('/open-apis/v1/rank/update', { param_json: JSON.stringify({ out_rank_id: 'R-P5', name: 'P5+' }) });
		expect(renamed).toMatchObject({ errno: 0, data: { id } });
		expect((await listed()).find((r) => r.id === id).name).toBe('P5+');
		expect((await didi.post('/open-apis/v1/rank/del', { param_json: JSON.stringify({ rank_id: id }) })).data.id).toBe(id);
		expect((await listed()).some((r) => r.id === id)).toBe(false);
	});
	it('name "最长 30 字符，只能输入汉字、字母、数字、下划线、连字符、空格、点、括号、加、减和等号"; out_rank_id "限制 30 字符"; "二者之一必填"', async () => {
		expect((await create({ name: '经理_M1-a.b(c)+=' })).errno).toBe(0);
		expect((await create({ name: '经理/M1' })).errmsg).toMatch(/只能输入/);
		expect((await create({ name: 'x'.repeat(31) })).errmsg).toMatch(/30/);
		expect((await create({ name: 'ok', out_rank_id: 'r'.repeat(31) })).errmsg).toMatch(/out_rank_id/);
		expect((await create({})).errmsg).toMatch(/name/);
		expect((await didi.post('/open-apis/v1/rank/create', { name: 'no param_json' })).errmsg).toMatch(/param_json/);
		expect((await didi.post('/open-apis/v1/rank/del', { param_json: '{}' })).errmsg).toMatch(/二者之一必填/);
		expect((await didi.post('/open-apis/v1/rank/update', { param_json: JSON.stringify({ rank_id: '1', name: 'x' }) })).errmsg).toMatch(/不存在/);
	});
	it('"公司职级总数限制 500 个"', async () => {
		const existing = (await didi.get('/river/Rank/getRanks', { offset: 0, length: 100 })).data.total;
		const names = Array.from({ length: 500 - existing }, (_, k) => `L${k}`);
		for (let k = 0; k < names.length; k += 50) {
			const answers = await Promise.all(names.slice(k, k + 50).map((name) => create({ name })));
			expect(answers.map((a) => a.errno)).toEqual(answers.map(() => 0));
		}
		expect((await didi.get('/river/Rank/getRanks', { offset: 0, length: 100 })).data.total).toBe(500);
		const refused = await create({ name: 'one too many' });
		expect(refused.errno).toBe(10001);
		expect(refused.errmsg).toMatch(/500/);
	}, 30000);
});

describe('legal entities (/river/LegalEntity/add|edit|del)', () => {
	const future = '2040-12-31 23:59:59';
	it('adds, edits and disables; disabled ones leave LegalEntity/get ("只返回有效的公司信息")', async () => {
		const added = await didi.post('/river/LegalEntity/add', { name: '测试主体', out_legal_entity_id: 'LE-T1', taxpayer_no: '91110000MA01ABCD1X', bank_card_no: '6222000011112222', end_time: future });
		expect(added.errno).toBe(0);
		const id = added.data.legal_entity_id;
		const get = async () => (await didi.get('/river/LegalEntity/get', { legal_entity_id: id, offset: 0, length: 10 })).data.records;
		expect((await get())[0]).toMatchObject({ legal_entity_id: id, name: '测试主体', out_legal_entity_id: 'LE-T1', end_time: future, status: 1 });
		const edited = await didi.post('/river/LegalEntity/edit', { legal_entity_id: id, name: '测试主体二', telephone: '010-12345678' });
		expect(edited.errno).toBe(0);
		expect(edited.data).toBeNull(); // "返回data字段为null"
		expect((await get())[0]).toMatchObject({ name: '测试主体二', telephone: '010-12345678', out_legal_entity_id: 'LE-T1' });
		expect((await didi.post('/river/LegalEntity/del', { out_legal_entity_id: 'LE-T1' })).errno).toBe(0);
		expect(await get()).toEqual([]);
	});
	it('the documented rules: name *req*, out id "不可重复", taxpayer "15/18/20 位", account "纯数字", end_time "需大于当前时间"', async () => {
		const add = (p) => didi.post('/river/LegalEntity/add', p);
		expect((await add({})).errmsg).toMatch(/name/);
		expect((await add({ name: 'a', out_legal_entity_id: 'LE001' })).errmsg).toMatch(/不可重复/);
		expect((await add({ name: 'a', taxpayer_no: '1234567890123456' })).errmsg).toMatch(/15\/18\/20/);
		expect((await add({ name: 'a', bank_card_no: '6222-0000' })).errmsg).toMatch(/纯数字/);
		expect((await add({ name: 'a', end_time: '2020-01-01 00:00:00' })).errmsg).toMatch(/end_time/);
		expect((await add({ name: 'a', start_time: '2030-01-01' })).errmsg).toMatch(/yyyy-MM-dd HH:mm:ss/);
		expect((await didi.post('/river/LegalEntity/edit', { name: 'a' })).errmsg).toMatch(/legal_entity_id/);
		expect((await didi.post('/river/LegalEntity/del', {})).errmsg).toMatch(/二者之一必填/);
	});
});

describe('member quota (GET /river/Member/getQuota)', () => {
	let members;
	beforeEach(async () => {
		members = (await didi.get('/river/Member/get', { offset: 0, length: 3 })).data.records;
	});
	it('answers each member month by month; "只传开始日期 … 返回结果为开始日期后当月"', async () => {
		const answer = await didi.get('/river/Member/getQuota', { member_ids: members.map((m) => m.id).join(','), start_date: '2026-01-15', end_date: '2026-03-02' });
		expect(answer.errno).toBe(0);
		expect(answer.data.records.map((r) => r.member_id)).toEqual(members.map((m) => m.id));
		expect(answer.data.records[0].quota_list.map((q) => q.month)).toEqual(['2026-01', '2026-02', '2026-03']);
		const one = await didi.get('/river/Member/getQuota', { employee_numbers: members[0].employee_number, start_date: '2026-05-03' });
		expect(one.data.records[0].quota_list.map((q) => q.month)).toEqual(['2026-05']);
	});
	it('"时间跨度不能大于六个月"; unknown members are 406', async () => {
		const span = await didi.get('/river/Member/getQuota', { member_ids: members[0].id, start_date: '2026-01-01', end_date: '2026-07-01' });
		expect(span.errmsg).toMatch(/六个月/);
		expect((await didi.get('/river/Member/getQuota', { member_ids: members[0].id, start_date: '2026-01-01', end_date: '2026-06-30' })).errno).toBe(0);
		expect((await didi.get('/river/Member/getQuota', { member_ids: '1', start_date: '2026-01-01' })).errno).toBe(406);
		expect((await didi.get('/river/Member/getQuota', { start_date: '2026-01-01' })).errno).toBe(10001);
	});
});

describe('bills (/river/Bill/get | summary | detail | download | confirm)', () => {
	it('lists bills by business line and status; summary and paged details of one', async () => {
		const ride = await didi.get('/river/Bill/get', { offset: 0, length: 100, business_line: 1 });
		expect(ride.errno).toBe(0);
		expect(ride.data.total).toBe(6);
		expect(ride.data.records.map((b) => b.bill_status)).toEqual([1, 3, 3, 3, 3, 3]);
		const pending = await didi.get('/river/Bill/get', { offset: 0, length: 100, bill_status: 1 });
		expect(pending.data.records.every((b) => b.bill_status === 1)).toBe(true);
		const bill = ride.data.records[1];
		const summary = await didi.get('/river/Bill/summary', { bill_id: bill.bill_id, business_line: 1 });
		expect(summary.data).toMatchObject({ bill_id: bill.bill_id, bill_period: bill.bill_period, amount_money: bill.bill_amount });
		const first = await didi.get('/river/Bill/detail', { bill_id: bill.bill_id, business_type: 1, length: 5 });
		expect(first.data.detail_list).toHaveLength(5);
		expect(first.data.is_last).toBe(false);
		const second = await didi.get('/river/Bill/detail', { bill_id: bill.bill_id, business_type: 1, length: 5, last_id: first.data.last_id });
		expect(second.data.detail_list[0].order_id).not.toBe(first.data.detail_list[0].order_id);
		expect(Number(first.data.total)).toBeGreaterThan(10);
		expect((await didi.get('/river/Bill/detail', { bill_id: bill.bill_id, business_type: 2 })).errmsg).toMatch(/账单不存在/);
	});
	it('download answers the file itself for 网约车 and 出租车 bills; other lines and unknown bills get the JSON envelope', async () => {
		const files = await stateOf('billFiles', '?_limit=100');
		const [taxi] = (await didi.get('/river/Bill/get', { offset: 0, length: 1, business_line: 100 })).data.records;
		const params = didi.params({ bill_id: taxi.bill_id, business_type: 100 });
		const { didiSign } = require('./helpers');
		params.sign = didiSign(params, require('../../sandbox/credentials.json').didi.signKey);
		const res = await fetch(`${sb.url}/didi/river/Bill/download?${new URLSearchParams(params)}`);
		expect(res.headers.get('content-type')).toBe('text/csv');
		const bytes = Buffer.from(await res.arrayBuffer());
		const file = files.find((f) => f.bill_id === taxi.bill_id);
		expect(bytes.equals(Buffer.from(file.base64, 'base64'))).toBe(true);
		expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(res.headers.get('content-disposition'))[1])).toBe(file.file_name);
		const [travel] = (await didi.get('/river/Bill/get', { offset: 0, length: 1, business_line: 2 })).data.records;
		expect((await didi.get('/river/Bill/download', { bill_id: travel.bill_id, business_type: 2 })).errno).toBe(10001);
		expect((await didi.get('/river/Bill/download', { bill_id: '1', business_type: 1 })).errmsg).toMatch(/账单不存在/);
	});
	it('未出账单 pages by last_id (50 a page in the sandbox) and filters by date; 交易明细 only for 网约车 / 出租车 bills', async () => {
		const unbilled = (await stateOf('unbilled', '?business_line=1&_limit=1000'));
		const first = await didi.get('/river/Bill/getNotGeneratedBillDetail', { business_type: 1 });
		expect(first.errno).toBe(0);
		expect(Number(first.data.total)).toBe(unbilled.length);
		expect(first.data.detail_list.map((r) => r.order_id)).toEqual(unbilled.slice(0, 50).map((r) => r.order_id));
		const second = await didi.get('/river/Bill/getNotGeneratedBillDetail', { business_type: 1, last_id: first.data.last_id });
		expect(second.data.detail_list.map((r) => r.order_id)).toEqual(unbilled.slice(50, 100).map((r) => r.order_id));
		expect((await didi.get('/river/Bill/getNotGeneratedBillDetail', { business_type: 1, start_date: '2026/01/01' })).errmsg).toMatch(/yyyy-MM-dd/);
		expect((await didi.get('/river/Bill/getNotGeneratedBillDetail', {})).errmsg).toMatch(/business_type/);
		const [ride] = (await didi.get('/river/Bill/get', { offset: 0, length: 1, business_line: 1 })).data.records;
		const tx = await didi.get('/river/Bill/transactionDetail', { bill_id: ride.bill_id, business_type: 1, length: 3 });
		expect(tx.data.transaction_list).toHaveLength(3);
		const next = await didi.get('/river/Bill/transactionDetail', { bill_id: ride.bill_id, business_type: 1, length: 3, last_id: tx.data.last_id });
		expect(next.data.transaction_list[0].transaction_id > tx.data.last_id).toBe(true);
		const [travel] = (await didi.get('/river/Bill/get', { offset: 0, length: 1, business_line: 2 })).data.records;
		expect((await didi.get('/river/Bill/transactionDetail', { bill_id: travel.bill_id, business_type: 2 })).errno).toBe(10001);
	});
	it('getBillStructure: the bill of that payment_period, then its parts (pid → the bill, cid ← the parts)', async () => {
		const [ride] = (await didi.get('/river/Bill/get', { offset: 0, length: 1, business_line: 1 })).data.records;
		const tree = await didi.get('/river/Bill/getBillStructure', { business_type: '1', payment_period: ride.bill_period });
		expect(tree.errno).toBe(0);
		const [root, ...parts] = tree.data.list;
		expect(root.bill_id).toBe(ride.bill_id);
		expect(parts.length).toBeGreaterThan(0);
		expect(parts.every((p) => p.pid === root.bill_id)).toBe(true);
		expect(root.cid).toEqual(parts.map((p) => p.bill_id));
		expect((await didi.get('/river/Bill/getBillStructure', { business_type: '1' })).errmsg).toMatch(/payment_period/);
		expect((await didi.get('/river/Bill/getBillStructure', { business_type: '100', payment_period: ride.bill_period })).errmsg).toMatch(/business_type/);
	});
	it('confirm: "business_type 0：网约车；1：商旅，不传默认网约车"; a confirmed bill cannot be confirmed again', async () => {
		const [pending] = (await didi.get('/river/Bill/get', { offset: 0, length: 1, business_line: 1, bill_status: 1 })).data.records;
		expect((await didi.post('/river/Bill/confirm', { bill_id: pending.bill_id })).errno).toBe(0);
		const after = (await didi.get('/river/Bill/get', { offset: 0, length: 100, business_line: 1 })).data.records.find((b) => b.bill_id === pending.bill_id);
		expect(after.bill_status).toBe(3);
		expect((await didi.post('/river/Bill/confirm', { bill_id: pending.bill_id, business_type: 0 })).errmsg).toMatch(/已确认/);
		const [travel] = (await didi.get('/river/Bill/get', { offset: 0, length: 1, business_line: 2, bill_status: 1 })).data.records;
		expect((await didi.post('/river/Bill/confirm', { bill_id: travel.bill_id, business_type: 0 })).errmsg).toMatch(/账单不存在/);
		expect((await didi.post('/river/Bill/confirm', { bill_id: travel.bill_id, business_type: 1 })).errno).toBe(0);
	});
});

describe('external travellers (/open-apis/v1/traveler/create|update|del, param_json)', () => {
	const call = (action, param) => didi.post(`/open-apis/v1/traveler/${action}`, { param_json: JSON.stringify(param) });
	const travelers = () => stateOf('travelers', '?_limit=100');
	it('creates, updates (missing fields unchanged) and deletes a traveller', async () => {
		const created = await call('create', { phone: '13912345678', name: '外部出行人', remark: '客户', sex: 2, out_traveler_id: 'T-1' });
		expect(created.errno).toBe(0);
		const id = created.data.id;
		expect((await travelers())[0]).toMatchObject({ id, phone: '13912345678', name: '外部出行人', remark: '客户', sex: 2, out_traveler_id: 'T-1' });
		expect((await call('update', { traveler_id: id, phone: '13912345679', name: '外部出行人二' })).data.id).toBe(id);
		expect((await travelers())[0]).toMatchObject({ id, phone: '13912345679', name: '外部出行人二', remark: '客户' });
		expect((await call('del', { traveler_id: id })).data.id).toBe(id);
		expect(await travelers()).toEqual([]);
	});
	it('the table\'s limits: name "不大于 26 字符", English names together ≤ 26, remark ≤ 64, out_traveler_id ≤ 32, sex 0/1/2, traveler_id *Y*', async () => {
		const ok = { phone: '13912345678', name: '张三' };
		expect((await call('create', { ...ok, name: '名'.repeat(27) })).errmsg).toMatch(/26/);
		expect((await call('create', { ...ok, english_surname: 'A'.repeat(13), english_name: 'B'.repeat(14) })).errmsg).toMatch(/英文/);
		expect((await call('create', { ...ok, remark: 'r'.repeat(65) })).errmsg).toMatch(/64/);
		expect((await call('create', { ...ok, out_traveler_id: 'o'.repeat(33) })).errmsg).toMatch(/32/);
		expect((await call('create', { ...ok, sex: 3 })).errmsg).toMatch(/sex/);
		expect((await call('create', { ...ok, phone: '123' })).errmsg).toMatch(/phone/);
		expect((await call('del', {})).errmsg).toMatch(/traveler_id/);
		expect((await call('update', { traveler_id: '1', ...ok })).errmsg).toMatch(/不存在/);
		await call('create', { ...ok, out_traveler_id: 'SAME' });
		expect((await call('create', { ...ok, out_traveler_id: 'SAME' })).errmsg).toMatch(/已存在/);
	});
	it('card numbers and birth dates only inside whole-body AES ("若采用AES256/AES128整体加密，此字段需明文传输")', async () => {
		const card = { phone: '13912345678', name: '张三', birth_date: '1990-01-31', card_list: [{ card_type: 1, card_no: '110101199001310011', expire_date: '2035-12-31' }] };
		expect((await call('create', card)).errmsg).toMatch(/加密/);
		expect((await call('create', { ...card, card_list: [{ card_type: 1, card_no: '1101' }] })).errmsg).toMatch(/身份证/);
	});
});

describe('approval pass and after-approval (/river/Approval/pass, /river/AfterApproval/*)', () => {
	let orders;
	beforeEach(async () => {
		orders = await stateOf('orders', '?_limit=300');
	});
	const personalPaid = () => orders.find((o) => o.pay_type === 1 && o.status === 2);
	const companyPaid = () => orders.filter((o) => o.pay_type === 0);
	it('pass: "个转企 … 有员工个人支付费用，支付完成后"; the same verdict again answers alike, another is refused', async () => {
		const order = personalPaid();
		const approver = (await didi.get('/river/Member/get', { offset: 0, length: 1 })).data.records[0];
		const body = { object_type: 1, object_id: order.order_id, object_approval_type: 4, is_pass: 1, cur_approver: JSON.stringify({ type: 'phone', value: approver.phone }) };
		const first = await didi.post('/river/Approval/pass', body);
		expect(first.errno).toBe(0);
		expect(first.data.approval_id).toMatch(/^\d+$/);
		expect((await didi.post('/river/Approval/pass', body)).data.approval_id).toBe(first.data.approval_id);
		expect((await didi.post('/river/Approval/pass', { ...body, is_pass: 2 })).errmsg).toMatch(/已审批/);
		const company = companyPaid()[0];
		expect((await didi.post('/river/Approval/pass', { ...body, object_id: company.order_id })).errmsg).toMatch(/个人支付/);
	});
	it('pass: the enums of object_type, object_approval_type, is_pass; cur_approver must be a member', async () => {
		const base = { object_type: 1, object_id: personalPaid().order_id, object_approval_type: 4, is_pass: 1 };
		expect((await didi.post('/river/Approval/pass', { ...base, object_type: 3 })).errmsg).toMatch(/object_type/);
		expect((await didi.post('/river/Approval/pass', { ...base, object_approval_type: 5 })).errmsg).toMatch(/object_approval_type/);
		expect((await didi.post('/river/Approval/pass', { ...base, is_pass: 0 })).errmsg).toMatch(/is_pass/);
		expect((await didi.post('/river/Approval/pass', { ...base, object_id: 'A1' })).errmsg).toMatch(/object_id/);
		expect((await didi.post('/river/Approval/pass', { ...base, cur_approver: '{"type":"phone","value":"10000000000"}' })).errmsg).toMatch(/不在企业中/);
		expect((await didi.post('/river/Approval/pass', { ...base, object_type: 2, object_id: '1' })).errmsg).toMatch(/审批单不存在/);
	});
	it('after-approval: a rejection of a company-paid order becomes a personal receipt the list returns', async () => {
		const [rejected, passed] = companyPaid();
		expect((await didi.post('/river/AfterApproval/createPersonalReceipt', { order_id: rejected.order_id, remark: '非公务' })).errno).toBe(0);
		expect((await didi.post('/river/AfterApproval/createPersonalReceipt', { order_id: passed.order_id, is_pass: 1 })).errno).toBe(0);
		const list = await didi.get('/river/AfterApproval/getPersonalReceiptOrder', { offset: 0, length: 10 });
		expect(list.data.total).toBe(1);
		expect(list.data.records).toEqual([{ order_id: rejected.order_id, approval_id: expect.stringMatching(/^\d+$/) }]);
		expect((await didi.get('/river/AfterApproval/getPersonalReceiptOrder', { offset: 0, length: 10, phone: '10000000000' })).data.total).toBe(0);
		expect((await didi.post('/river/AfterApproval/createPersonalReceipt', { order_id: rejected.order_id, is_pass: 1 })).errmsg).toMatch(/已行后审批/);
		expect((await didi.post('/river/AfterApproval/createPersonalReceipt', { order_id: personalPaid().order_id })).errmsg).toMatch(/企业支付/);
		expect((await didi.post('/river/AfterApproval/createPersonalReceipt', { order_id: passed.order_id, remark: 'r'.repeat(121) })).errmsg).toMatch(/120/);
		expect((await didi.post('/river/AfterApproval/createPersonalReceipt', { order_id: passed.order_id, approver_phone: '10000000000' })).errmsg).toMatch(/不在企业中/);
	});
});
