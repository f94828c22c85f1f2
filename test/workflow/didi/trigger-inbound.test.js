// DiDi Trigger on the shared pipeline: DiDi publishes no notification format or signing, so Inbound
// Verification is a choice; exact raw bytes; far-future timestamps; replay memory under concurrency.
const { startDidi, startRelay } = require('./helpers');
const { sign } = require('../../../sandbox/vendors/didi');

const SECRET = 'didi-shared-secret-8c2e51aa';

describe('DiDi Enterprise Trigger: inbound verification, bytes, replay memory', () => {
	let didi;
	let relay;
	let parameters;
	let workflowId;
	let n = 0;
	beforeAll(async () => {
		didi = await startDidi();
		relay = await startRelay(didi.harness, () => ({
			type: 'didiEnterpriseTrigger',
			parameters,
			credentials: { didiEnterpriseApi: didi.credential },
			workflowId,
		}));
	});
	afterAll(async () => {
		if (relay) await relay.close();
		if (didi) await didi.close();
	});
	beforeEach(() => {
		parameters = { events: [] };
		workflowId = `didi-inbound-${++n}`;
		relay.seen.length = 0;
	});

	const emit = (body, urlSuffix = '') =>
		didi.emit({ event: 'order.finished', url: relay.url + urlSuffix, variant: 'valid', format: 'json', payload: { order_id: 'o-7' }, ...body });
	const started = () => relay.seen.map((r) => r.started);

	it('default (DiDi signature): an unsigned notification is refused with DiDi errno envelope', async () => {
		const report = await emit({ signing: 'unsigned' });
		expect(report.status).toBe(401);
		expect(report.body).toEqual({ errno: 401, errmsg: 'missing sign' });
		expect(started()).toEqual([false]);
	});

	it('Shared Secret in Header: unsigned + secret header starts; a wrong secret is refused', async () => {
		parameters = { events: [], inboundAuth: 'headerSecret', inboundSecret: SECRET, headerName: 'X-Didi-Notify-Token' };
		const ok = await emit({ signing: 'unsigned', headers: { 'X-Didi-Notify-Token': SECRET } });
		expect(ok.status).toBe(200);
		expect(ok.body).toEqual({ errno: 0, errmsg: 'success' });
		const wrong = await emit({ signing: 'unsigned', headers: { 'X-Didi-Notify-Token': 'x'.repeat(SECRET.length) } });
		expect(wrong.status).toBe(401);
		expect(wrong.body).toEqual({ errno: 401, errmsg: 'shared secret missing or wrong' });
		expect(started()).toEqual([true, false]);
		expect(relay.seen[0].items[0]).toMatchObject({ event: 'order.finished', data: { order_id: 'o-7' } });
	});

	it('Shared Secret in Path: …/webhook/<secret> starts, another path segment is refused', async () => {
		parameters = { events: [], inboundAuth: 'pathSecret', inboundSecret: SECRET };
		expect((await emit({ signing: 'unsigned' }, `/${SECRET}`)).status).toBe(200);
		expect((await emit({ signing: 'unsigned' }, '/guessed-secret-0000000')).status).toBe(401);
		expect(started()).toEqual([true, false]);
	});

	it('IP Allow-List and None', async () => {
		parameters = { events: [], inboundAuth: 'ipAllowList', ipAllowList: '198.51.100.0/24' };
		const refused = await emit({ signing: 'unsigned' });
		expect(refused.body).toEqual({ errno: 401, errmsg: 'caller address 127.0.0.1 is not allowed' });
		parameters = { events: [], inboundAuth: 'ipAllowList', ipAllowList: '127.0.0.0/8' };
		expect((await emit({ signing: 'unsigned' })).status).toBe(200);
		parameters = { events: [], inboundAuth: 'none' };
		expect((await emit({ signing: 'unsigned' })).status).toBe(200);
		expect(started()).toEqual([false, true, true]);
	});

	it('every choice still refuses a notification for another company (company_id must match the credential)', async () => {
		parameters = { events: [], inboundAuth: 'none' };
		const now = Math.floor(Date.now() / 1000);
		const body = JSON.stringify({ notify_type: 'order.finished', notify_id: `c-${now}`, company_id: '999', timestamp: now, data: '{}' });
		const call = await didi.harness.callWebhook({ type: 'didiEnterpriseTrigger', parameters, credentials: { didiEnterpriseApi: didi.credential }, body, headers: { 'content-type': 'application/json' }, workflowId });
		expect(call.started).toBe(false);
		expect(call.response).toMatchObject({ status: 401, body: { errno: 401, errmsg: 'company_id does not match' } });
	});

	it('a far-future timestamp (10 minutes ahead) is refused like a stale one', async () => {
		const report = await emit({ variant: 'future' });
		expect(JSON.parse(report.sent.body).timestamp).toBeGreaterThan(Date.now() / 1000 + 500);
		expect(report.status).toBe(401);
		expect(report.body).toEqual({ errno: 401, errmsg: 'stale or missing timestamp' });
		expect(started()).toEqual([false]);
	});

	it('verifies the sign over the values exactly as sent: 1000.10, \\u escapes and whitespace in a JSON body', async () => {
		const now = Math.floor(Date.now() / 1000);
		const { signKey, companyId, clientId } = didi.credentialData;
		// DiDi signs the posted values as text: total_price "1000.10", memo "测试" (sent as \u escapes).
		const signed = { notify_type: 'order.finished', notify_id: `raw-${now}`, company_id: companyId, client_id: clientId, timestamp: String(now), total_price: '1000.10', memo: '测试', data: '{"order_id":"o-raw"}' };
		const digest = sign(signed, signKey, didi.credentialData.signMethod === 'md5' ? 'md5' : 'sha256');
		const raw = `{ "notify_type" : "order.finished",\n "notify_id": "raw-${now}", "company_id": "${companyId}", "client_id": "${clientId}",\t"timestamp": ${now}, "total_price": 1000.10, "memo": "\\u6d4b\\u8bd5", "data": "{\\"order_id\\":\\"o-raw\\"}", "sign": "${digest}" }`;
		expect(JSON.stringify(JSON.parse(raw))).not.toBe(raw);
		const call = (body) => didi.harness.callWebhook({ type: 'didiEnterpriseTrigger', parameters, credentials: { didiEnterpriseApi: didi.credential }, body, headers: { 'content-type': 'application/json' }, workflowId });
		const accepted = await call(raw);
		expect(accepted.response.body).toEqual({ errno: 0, errmsg: 'success' });
		expect(accepted.started).toBe(true);
		expect(accepted.items[0]).toMatchObject({ total_price: '1000.10', memo: '测试', data: { order_id: 'o-raw' } });
		// The value DiDi did not sign (1000.1) is refused.
		const changed = await call(raw.replace('1000.10', '1000.1').replace(`raw-${now}`, `raw2-${now}`));
		expect(changed.response.body).toEqual({ errno: 401, errmsg: 'sign verification failed' });
	});

	it('6 identical signed notifications sent at once start exactly one execution', async () => {
		const report = await emit({ variant: 'burst', copies: 6 });
		expect(report).toMatchObject({ sent: 6, accepted: 1, refused: 5 });
		expect(relay.seen.filter((r) => r.started)).toHaveLength(1);
		expect(relay.seen.filter((r) => !r.started).map((r) => r.response.body)).toEqual(Array(5).fill({ errno: 401, errmsg: 'notification already received (replay)' }));
	});

	it('3 notifications each sent 4 times at once start exactly 3 executions, one per notify_id', async () => {
		const report = await emit({ variant: 'burst', distinct: 3, copies: 4 });
		expect(report).toMatchObject({ sent: 12, accepted: 3, refused: 9 });
		const ids = relay.seen.filter((r) => r.started).map((r) => r.items[0].notify_id);
		expect(new Set(ids).size).toBe(3);
	});
});
