// Zeyi Trigger on the shared pipeline: the Inbound Verification choice (the document's callback sections
// define no signature headers), exact raw bytes, far-future timestamps, replay memory under concurrency,
// and ignoring Zeyi's redeliveries of the same `code`.
const { setup, receiver } = require('./helpers');
const { deliver } = require('../../../sandbox/lib/deliver');

const SECRET = 'zeyi-shared-secret-4d1f0b9e';
const AUDIT = { code: 'WBJL21071000044', auditStatus: 'PASS', auditRemark: '审核备注', auditeTime: '1642755099000', contactUser: '张大三', contactMobile: '13277676171' };

let env;
const hooks = [];
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => {
	for (const hook of hooks) await hook.close();
	if (env) await env.close();
});

let counter = 0;
/** A receiver with its own workflow (own replay memory) and the given trigger parameters. */
const hookWith = async (parameters) => {
	const hook = await receiver(env.harness, env.credential, { parameters, workflowId: `zeyi-inbound-${++counter}` });
	hooks.push(hook);
	return hook;
};
const emit = async (hook, body, urlSuffix = '') => {
	const before = hook.received.length;
	const report = await env.control('POST', '/emit', { vendor: 'zeyi', event: 'audit', payload: AUDIT, variant: 'valid', ...body, url: hook.url + urlSuffix });
	return { report, calls: hook.received.slice(before) };
};

describe('Inbound Verification', () => {
	it('default (Zeyi signature): an unsigned call is refused with 401 in Zeyi envelope, nothing starts', async () => {
		const hook = await hookWith({});
		const { report, calls } = await emit(hook, { signing: 'unsigned' });
		expect(report.status).toBe(401);
		expect(report.body).toEqual({ success: false, businessException: true, errorCode: '200', message: 'unknown appKey' });
		expect(calls.map((c) => c.started)).toEqual([false]);
	});

	it('Shared Secret in Header: unsigned call with the secret header starts; wrong or missing header is refused', async () => {
		const hook = await hookWith({ inboundAuth: 'headerSecret', inboundSecret: SECRET, headerName: 'X-Zeyi-Token' });
		const ok = await emit(hook, { signing: 'unsigned', headers: { 'X-Zeyi-Token': SECRET } });
		expect(ok.report.status).toBe(200);
		expect(ok.report.body).toEqual({ success: true, businessException: false });
		expect(ok.calls.map((c) => c.started)).toEqual([true]);
		expect(ok.calls[0].items[0]).toMatchObject({ event: 'audit', code: AUDIT.code, passed: true });
		// The sent call carries none of the sign headers (the document defines none for callbacks).
		expect(Object.keys(ok.report.sent.headers).map((h) => h.toLowerCase())).not.toEqual(expect.arrayContaining(['sign']));

		const wrong = await emit(hook, { signing: 'unsigned', headers: { 'X-Zeyi-Token': `${SECRET}-not` } });
		const missing = await emit(hook, { signing: 'unsigned' });
		for (const { report, calls } of [wrong, missing]) {
			expect(report.status).toBe(401);
			expect(report.body).toMatchObject({ success: false, businessException: true, message: 'shared secret missing or wrong' });
			expect(calls.map((c) => c.started)).toEqual([false]);
		}
		// Secrets never show up in output items.
		expect(JSON.stringify(ok.calls[0].items)).not.toContain(SECRET);
	});

	it('Shared Secret in Path: <base>/<secret> given to Zeyi; a wrong path secret is refused', async () => {
		const hook = await hookWith({ inboundAuth: 'pathSecret', inboundSecret: SECRET });
		const ok = await emit(hook, { signing: 'unsigned' }, `/${SECRET}`);
		expect(ok.report.status).toBe(200);
		expect(ok.calls.map((c) => c.started)).toEqual([true]);
		const wrong = await emit(hook, { signing: 'unsigned' }, '/not-the-secret-000000');
		expect(wrong.report.status).toBe(401);
		expect(wrong.calls.map((c) => c.started)).toEqual([false]);
		const none = await emit(hook, { signing: 'unsigned' });
		expect(none.report.status).toBe(401);
	});

	it('a shared secret shorter than 16 characters refuses every call', async () => {
		const hook = await hookWith({ inboundAuth: 'headerSecret', inboundSecret: 'short', headerName: 'X-Zeyi-Token' });
		const { report, calls } = await emit(hook, { signing: 'unsigned', headers: { 'X-Zeyi-Token': 'short' } });
		expect(report.status).toBe(401);
		expect(report.body.message).toMatch(/at least 16 characters/);
		expect(calls[0].started).toBe(false);
	});

	it('IP Allow-List: the caller address decides', async () => {
		const allowed = await hookWith({ inboundAuth: 'ipAllowList', ipAllowList: '10.0.0.0/8, 127.0.0.1' });
		const ok = await emit(allowed, { signing: 'unsigned' });
		expect(ok.calls.map((c) => c.started)).toEqual([true]);
		const other = await hookWith({ inboundAuth: 'ipAllowList', ipAllowList: '203.0.113.7' });
		const refused = await emit(other, { signing: 'unsigned' });
		expect(refused.report.status).toBe(401);
		expect(refused.report.body.message).toBe('caller address 127.0.0.1 is not allowed');
		expect(refused.calls.map((c) => c.started)).toEqual([false]);
	});

	it('None: an unsigned call starts; a signed one too (its headers are not checked)', async () => {
		const hook = await hookWith({ inboundAuth: 'none' });
		expect((await emit(hook, { signing: 'unsigned' })).calls.map((c) => c.started)).toEqual([true]);
		expect((await emit(hook, { variant: 'forged' })).calls.map((c) => c.started)).toEqual([true]);
	});
});

describe('exact bytes and timestamps', () => {
	// Bytes whose JSON round trip differs: a trailing-zero amount, \u escapes, extra whitespace.
	const RAW = '{ "code" : "WBJL-RAW-0001",\n  "confirmAmount": 1000.10,\t"feeList": [ { "name": "\\u5de5\\u65f6\\u8d39", "confirmNumber": 0, "confirmAmount": 0.50 } ],\n  "maintainProjectList": [] }';

	it('verifies the signature over the exact raw bytes and keeps 1000.10 exact', async () => {
		const hook = await hookWith({});
		expect(JSON.stringify(JSON.parse(RAW))).not.toBe(RAW);
		const { report, calls } = await emit(hook, { event: 'confirmPrice', payload: RAW });
		expect(report.sent.body).toBe(RAW);
		expect(report.status).toBe(200);
		expect(calls.map((c) => c.started)).toEqual([true]);
		expect(calls[0].items[0]).toMatchObject({ event: 'confirmPrice', code: 'WBJL-RAW-0001', confirmAmount: '1000.10', feeList: [{ name: '工时费', confirmAmount: '0.50' }] });
	});

	it('the same headers over re-serialised bytes are refused (the sign covers the bytes, not the JSON value)', async () => {
		const hook = await hookWith({});
		const { report } = await emit(hook, { event: 'confirmPrice', payload: RAW });
		const before = hook.received.length;
		const resent = await deliver(report.sent.url, { headers: report.sent.headers, body: JSON.stringify(JSON.parse(RAW)) });
		expect(resent.status).toBe(401);
		expect(resent.body.message).toBe('sign verification failed');
		expect(hook.received.slice(before).map((c) => c.started)).toEqual([false]);
	});

	it('a far-future timestamp (15 minutes ahead) is refused like a stale one', async () => {
		const hook = await hookWith({});
		const { report, calls } = await emit(hook, { variant: 'future' });
		expect(Number(report.sent.headers.timestamp)).toBeGreaterThan(Date.now() + 10 * 60e3);
		expect(report.status).toBe(401);
		expect(report.body.message).toBe('stale or missing timestamp');
		expect(calls.map((c) => c.started)).toEqual([false]);
	});

	it('a call without a timestamp header is refused (the Zeyi signature requires one)', async () => {
		const hook = await hookWith({});
		const { appKey, appSecret } = require('../../../sandbox/credentials.json').zeyi;
		const body = JSON.stringify(AUDIT);
		const nonce = 'a1b2c3';
		// md5(appKey + appSecret + timestamp + nonce + data) with an empty timestamp: a valid sign otherwise.
		const sign = require('node:crypto').createHash('md5').update(`${appKey}${appSecret}${nonce}${body}`).digest('hex');
		const before = hook.received.length;
		const answer = await deliver(`${hook.url}/vehicleMaintainRepair/audit`, { headers: { 'content-type': 'application/json', appKey, nonce, sign }, body });
		expect(answer.status).toBe(401);
		expect(answer.body.message).toBe('sign verification failed');
		expect(hook.received.slice(before).map((c) => c.started)).toEqual([false]);
	});
});

describe('replay memory', () => {
	it('8 identical signed calls sent at once start exactly one execution', async () => {
		const hook = await hookWith({});
		const before = hook.received.length;
		const report = await env.control('POST', '/emit', { vendor: 'zeyi', event: 'audit', payload: AUDIT, url: hook.url, variant: 'burst', copies: 8 });
		expect(report).toMatchObject({ sent: 8, accepted: 1, refused: 7 });
		const calls = hook.received.slice(before);
		expect(calls).toHaveLength(8);
		expect(calls.filter((c) => c.started)).toHaveLength(1);
		expect(calls.filter((c) => !c.started).map((c) => c.response.body.message)).toEqual(Array(7).fill('nonce already used (replay)'));
	});

	it('4 calls each sent 5 times at once (replays while the others are in flight) start exactly 4', async () => {
		const hook = await hookWith({});
		const report = await env.control('POST', '/emit', { vendor: 'zeyi', event: 'audit', payload: AUDIT, url: hook.url, variant: 'burst', distinct: 4, copies: 5 });
		expect(report).toMatchObject({ sent: 20, accepted: 4, refused: 16 });
	});
});

describe('Ignore Redeliveries (same code, same content)', () => {
	it('a redelivery (new nonce, same content) answers success and starts nothing; changed content starts', async () => {
		const hook = await hookWith({ options: { ignoreRedeliveries: true } });
		const first = await emit(hook, {});
		const again = await emit(hook, {});
		expect(first.calls.map((c) => c.started)).toEqual([true]);
		expect(again.report.status).toBe(200);
		expect(again.report.body).toEqual({ success: true, businessException: false });
		expect(again.calls.map((c) => c.started)).toEqual([false]);
		// NO_PASS after PASS for the same code is news, not a redelivery.
		const changed = await emit(hook, { payload: { ...AUDIT, auditStatus: 'NO_PASS' } });
		expect(changed.calls.map((c) => c.started)).toEqual([true]);
		// Another event with the same code is news too.
		const voided = await emit(hook, { event: 'delete', payload: { code: AUDIT.code, reason: '上报信息错误', operationTime: '1642755099000' } });
		expect(voided.calls.map((c) => c.started)).toEqual([true]);
	});

	it('off by default: the same content delivered twice starts twice', async () => {
		const hook = await hookWith({});
		const runs = [await emit(hook, {}), await emit(hook, {})];
		expect(runs.map((r) => r.calls.map((c) => c.started))).toEqual([[true], [true]]);
	});
});
