// The trigger receives notifications emitted by the sandbox (valid, forged, stale, replayed; JSON and form):
// a relay forwards the sandbox's POST, raw bytes and headers, into the trigger's webhook() via the harness.
const { startDidi, startRelay } = require('./helpers');

describe('DiDi Enterprise Trigger', () => {
	let didi;
	let relay;
	let parameters = { events: [] };
	beforeAll(async () => {
		didi = await startDidi();
		relay = await startRelay(didi.harness, () => ({
			type: 'didiEnterpriseTrigger',
			parameters,
			credentials: { didiEnterpriseApi: didi.credential },
			workflowId: 'didi-trigger',
		}));
	});
	afterAll(async () => {
		if (relay) await relay.close();
		if (didi) await didi.close();
	});
	beforeEach(() => {
		parameters = { events: [] };
		relay.seen.length = 0;
	});

	const emit = (variant, extra = {}) =>
		didi.emit({ event: 'order.finished', url: relay.url, variant, format: 'json', payload: { order_id: 'o-1', status: 'finished' }, ...extra });
	const answerOf = (report) => {
		const r = report && (report.response || report.answer || report);
		return { status: r.status ?? r.statusCode, body: typeof r.body === 'string' ? safeJson(r.body) : r.body };
	};
	const safeJson = (text) => {
		try {
			return JSON.parse(text);
		} catch {
			return text;
		}
	};

	it('accepts a valid JSON notification: DiDi answer, one execution with parsed data and ISO times', async () => {
		const report = await emit('valid');
		const answer = answerOf(report);
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({ errno: 0, errmsg: 'success' });
		expect(relay.seen).toHaveLength(1);
		expect(relay.seen[0].started).toBe(true);
		const [item] = relay.seen[0].items;
		expect(item.event).toBe('order.finished');
		expect(item.data).toMatchObject({ order_id: 'o-1' });
		expect(item.notified_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
		expect(item.received_at).toMatch(/\+08:00$/);
		expect(JSON.stringify(item)).not.toContain(didi.credentialData.signKey);
	});

	it('accepts a valid form notification', async () => {
		const report = await emit('valid', { format: 'form' });
		expect(answerOf(report).status).toBe(200);
		expect(relay.seen[0].started).toBe(true);
		expect(relay.seen[0].items[0].data).toMatchObject({ order_id: 'o-1' });
	});

	it.each(['forged', 'stale'])('refuses a %s notification with 401 and starts nothing', async (variant) => {
		const report = await emit(variant);
		const answer = answerOf(report);
		expect(answer.status).toBe(401);
		expect(answer.body).toMatchObject({ errno: expect.anything(), errmsg: expect.any(String) });
		expect(relay.seen.every((r) => !r.started)).toBe(true);
	});

	it('refuses a replayed notification: the first delivery starts a run, the repeat does not', async () => {
		await emit('replay');
		const started = relay.seen.filter((r) => r.started);
		const refused = relay.seen.filter((r) => !r.started);
		expect(started).toHaveLength(1);
		expect(refused.length).toBeGreaterThanOrEqual(1);
		expect(refused[0].response.status).toBe(401);
	});

	it('filters by event type: other events are acknowledged without a run', async () => {
		parameters = { events: ['approval.status_changed'] };
		const other = await emit('valid');
		expect(answerOf(other).status).toBe(200);
		expect(relay.seen[0].started).toBe(false);
		const approval = await emit('valid', { event: 'approval.status_changed', payload: { approval_id: 'a-1', out_id: 'x-1', status: 1 } });
		expect(answerOf(approval).status).toBe(200);
		expect(relay.seen[1].started).toBe(true);
		expect(relay.seen[1].items[0]).toMatchObject({ event: 'approval.status_changed', data: { out_id: 'x-1' } });
	});

	it('with Require Signature off accepts unsigned calls but still refuses a wrong sign', async () => {
		parameters = { events: [], options: { requireSignature: false } };
		const call = (body) =>
			didi.harness.callWebhook({ type: 'didiEnterpriseTrigger', parameters, credentials: { didiEnterpriseApi: didi.credential }, body, headers: { 'content-type': 'application/json' }, workflowId: 'unsigned' });
		const now = Math.floor(Date.now() / 1000);
		const unsigned = await call(JSON.stringify({ notify_type: 'order.finished', notify_id: `u-${now}`, timestamp: now, data: '{"order_id":"o-9"}' }));
		expect(unsigned.started).toBe(true);
		const wrong = await call(JSON.stringify({ notify_type: 'order.finished', notify_id: `w-${now}`, timestamp: now, data: '{}', sign: 'deadbeef' }));
		expect(wrong.started).toBe(false);
		expect(wrong.response.status).toBe(401);
	});

	it('has webhook methods for a vendor without a registration API', async () => {
		for (const method of ['checkExists', 'create', 'delete']) {
			const { value } = await didi.harness.runWebhookMethod({ type: 'didiEnterpriseTrigger', parameters: {}, credentials: { didiEnterpriseApi: didi.credential }, method });
			expect(value).toBe(true);
		}
	});
});
