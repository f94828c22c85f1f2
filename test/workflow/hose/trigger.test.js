// Hose Trigger with the sandbox's emit (Hose's outbound messages and EBot calls, unsigned as Hose documents):
// valid calls start one run with Hose's configured success status; a wrong path secret, a wrong token or an
// IP outside the allow-list start nothing; Hose's retry of the same message runs once; EBot echoes (the same
// document and node again) are dropped; events outside the filter are answered and dropped.
const { startHose } = require('./helpers');
const { webhookRelay } = require('../../helpers/vendor-sandbox');

const SECRET = 's3cr3t-path-0123456789abcdefABCDEF';

describe('Hose Trigger', () => {
	let hose;
	let relay;
	let trigger;
	let seen;
	beforeAll(async () => {
		hose = await startHose();
		// Real HTTP from the sandbox's emit → the trigger's webhook(), with the path as received.
		relay = await webhookRelay(hose.harness, ({ url, headers, body, remoteAddress }) => ({
			type: 'hoseTrigger',
			parameters: trigger.parameters,
			workflowId: trigger.workflowId,
			headers,
			query: Object.fromEntries(url.searchParams),
			requestPath: url.pathname,
			ip: trigger.ip ?? remoteAddress,
			body,
		}), { onResult: (result) => (seen.push(result), result) });
	});
	afterAll(async () => {
		await relay.close();
		await hose.close();
	});
	let run = 0;
	beforeEach(async () => {
		await hose.reset();
		seen = [];
		run += 1;
		trigger = { parameters: { verification: 'pathSecret', pathSecret: SECRET, successStatus: 204, events: [] }, workflowId: `hose-trigger-${run}` };
	});
	const url = (secret = SECRET, query = '') => `${relay.url}/webhook/abc/${encodeURIComponent(secret)}${query}`;

	it('a valid outbound message starts one run with typed fields and gets the configured 204', async () => {
		const report = await hose.emit({ event: 'flow.paid', url: url() });
		expect(report.status).toBe(204);
		expect(seen).toHaveLength(1);
		expect(seen[0].started).toBe(true);
		const [item] = seen[0].items;
		const flow = (await hose.state('flows')).find((f) => f.id === item.flowId);
		expect(item).toMatchObject({ event: 'flow.paid', isEbot: false, action: 'flow.paid', actionName: '已支付', flowId: flow.id, form: { code: flow.code }, userInfo: { id: flow.form.submitterId } });
		expect(Date.parse(item.receivedAt)).toBeGreaterThan(Date.now() - 60000);
	});

	it('answers 200 or 201 when Hose is configured for it', async () => {
		trigger.parameters.successStatus = 201;
		expect((await hose.emit({ event: 'backlog.approving', url: url() })).status).toBe(201);
		trigger.parameters.successStatus = 200;
		expect((await hose.emit({ event: 'backlog.approving', url: url() })).status).toBe(200);
		expect(seen.map((s) => s.started)).toEqual([true, true]);
	});

	it('a wrong path secret starts nothing (404)', async () => {
		const report = await hose.emit({ event: 'flow.paid', url: url('guessed-secret') });
		expect(report.status).toBe(404);
		expect(seen[0].started).toBe(false);
		const empty = await hose.emit({ event: 'flow.paid', url: url('') });
		expect(empty.status).toBe(404);
		// a short or URL-unsafe Path Secret is a configuration error, never a match
		trigger.parameters.pathSecret = 'short';
		expect((await hose.emit({ event: 'flow.paid', url: url('short') })).status).toBe(500);
		expect(seen.every((s) => !s.started)).toBe(true);
	});

	it('a shared token in a header or the query must match', async () => {
		trigger.parameters = { ...trigger.parameters, verification: 'token', token: 'tok-123', deliveredIn: 'header', fieldName: 'X-Hose-Token' };
		expect((await hose.emit({ event: 'flow.paid', url: url('hose'), headers: { 'x-hose-token': 'tok-123' } })).status).toBe(204);
		expect((await hose.emit({ event: 'flow.paid', url: url('hose'), headers: { 'x-hose-token': 'tok-999' } })).status).toBe(401);
		expect((await hose.emit({ event: 'flow.paid', url: url('hose') })).status).toBe(401);
		trigger.parameters = { ...trigger.parameters, deliveredIn: 'query', fieldName: 'token' };
		expect((await hose.emit({ event: 'flow.paid', url: url('hose', '?token=tok-123') })).status).toBe(204);
		expect((await hose.emit({ event: 'flow.paid', url: url('hose', '?token=nope') })).status).toBe(401);
		trigger.parameters = { ...trigger.parameters, verification: 'both', pathSecret: SECRET };
		expect((await hose.emit({ event: 'flow.paid', url: url('wrong', '?token=tok-123') })).status).toBe(404);
		expect((await hose.emit({ event: 'flow.paid', url: url(SECRET, '?token=tok-123') })).status).toBe(204);
		expect(seen.map((s) => s.started)).toEqual([true, false, false, true, false, false, true]);
	});

	it('an IP outside the allow-list starts nothing (403); inside it (exact or CIDR) the run starts', async () => {
		trigger.parameters.options = { allowedIps: '10.0.0.0/8, 192.0.2.7' };
		expect((await hose.emit({ event: 'flow.paid', url: url() })).status).toBe(403); // the sandbox calls from 127.0.0.1
		trigger.ip = '10.20.30.40';
		expect((await hose.emit({ event: 'flow.paid', url: url() })).status).toBe(204);
		trigger.ip = '::ffff:192.0.2.7';
		expect((await hose.emit({ event: 'flow.paid', url: url() })).status).toBe(204);
		trigger.ip = undefined;
		trigger.parameters.options = { allowedIps: '127.0.0.1' };
		expect((await hose.emit({ event: 'flow.paid', url: url(), headers: { 'x-forwarded-for': '10.9.9.9' } })).status).toBe(204);
		trigger.parameters.options = { allowedIps: '10.0.0.0/8', trustForwardedFor: true };
		expect((await hose.emit({ event: 'flow.paid', url: url(), headers: { 'x-forwarded-for': '10.9.9.9, 127.0.0.1' } })).status).toBe(204);
		expect(seen.map((s) => s.started)).toEqual([false, true, true, true, true]);
	});

	it('Hose retrying the same message (up to 3 times) runs the workflow once; every attempt gets the success status', async () => {
		const report = await hose.emit({ event: 'flow.rejected', url: url(), variant: 'replay' });
		expect(report.first.status).toBe(204);
		expect(report.second.status).toBe(204);
		expect(seen.map((s) => s.started)).toEqual([true, false]);
		// Without a messageId the body itself identifies the delivery.
		const body = { action: 'flow.rejected', flowId: 'F-1', nodeId: 'N-1', actionName: '被驳回' };
		for (let k = 0; k < 3; k++) await hose.emit({ event: 'flow.rejected', url: url(), payload: { ...body, messageId: '', timestamp: 1 } });
		expect(seen.slice(2).map((s) => s.started)).toEqual([true, false, false]);
	});

	it('EBot: the message starts a run; an echo for the same document and node is dropped (option on by default)', async () => {
		await hose.emit({ event: 'ebot', url: url(), payload: { nodeId: 'FLOW:ebot-1' } });
		expect(seen[0].items[0]).toMatchObject({ event: 'ebot', isEbot: true, signKey: expect.any(String), nodeId: 'FLOW:ebot-1' });
		const flowId = seen[0].items[0].flowId;
		// Updating the flow at the EBot node makes Hose send the message again (new signKey and messageId).
		const echo = await hose.emit({ event: 'ebot', url: url(), payload: { flowId, nodeId: 'FLOW:ebot-1' } });
		expect(echo.status).toBe(204);
		expect(seen[1].started).toBe(false);
		await hose.emit({ event: 'ebot', url: url(), payload: { flowId, nodeId: 'FLOW:ebot-2' } });
		expect(seen[2].started).toBe(true);
		trigger.parameters.options = { dropEbotEchoes: false };
		await hose.emit({ event: 'ebot', url: url(), payload: { flowId, nodeId: 'FLOW:ebot-2' } });
		expect(seen[3].started).toBe(true);
	});

	it('the event filter drops other events (answered 204, no run); bad bodies are 400', async () => {
		trigger.parameters.events = ['flow.paid', 'ebot'];
		expect((await hose.emit({ event: 'backlog.approving', url: url() })).status).toBe(204);
		await hose.emit({ event: 'flow.paid', url: url() });
		await hose.emit({ event: 'ebot', url: url() });
		expect(seen.map((s) => [s.started, s.items[0] && s.items[0].event])).toEqual([[false, undefined], [true, 'flow.paid'], [true, 'ebot']]);
		const bad = await hose.harness.callWebhook({ type: 'hoseTrigger', parameters: trigger.parameters, headers: { 'content-type': 'application/json' }, body: '[1,2]' });
		expect(bad.response.status).toBe(400);
		expect(bad.started).toBe(false);
	});

	it('an empty body with the right token is refused (400, Hose\'s refusal body) and starts nothing', async () => {
		// hose.md: Hose POSTs each outbound message as JSON holding the fields chosen in its config — an empty
		// body is no Hose message (it used to start a run with event "unknown").
		trigger.parameters = { ...trigger.parameters, verification: 'token', token: 'tok-123', deliveredIn: 'header', fieldName: 'X-Hose-Token' };
		for (const body of ['', '  \n']) {
			const empty = await hose.harness.callWebhook({ type: 'hoseTrigger', parameters: trigger.parameters, headers: { 'content-type': 'application/json', 'x-hose-token': 'tok-123' }, body });
			expect(empty.response.status).toBe(400);
			expect(empty.response.body).toEqual({ message: 'body is empty: Hose posts each outbound message as a JSON object' });
			expect(empty.started).toBe(false);
		}
		// The same call with a message still starts its run; a wrong token is still refused first.
		const message = await hose.harness.callWebhook({ type: 'hoseTrigger', parameters: trigger.parameters, headers: { 'content-type': 'application/json', 'x-hose-token': 'tok-123' }, body: '{"action":"flow.paid","flowId":"F1"}' });
		expect([message.response.status, message.started]).toEqual([204, true]);
		const wrong = await hose.harness.callWebhook({ type: 'hoseTrigger', parameters: trigger.parameters, headers: { 'x-hose-token': 'nope' }, body: '' });
		expect([wrong.response.status, wrong.started]).toEqual([401, false]);
	});

	it('an authenticated JSON object naming no flow, event, node or delivery (e.g. {}) is refused (400) and starts nothing', async () => {
		// hose.md: the body holds the fields chosen in Hose's config — flowId, nodeId, action, … — so a message
		// carries at least one of them; `{}` is no message (it used to start a run with event "unknown").
		trigger.parameters = { ...trigger.parameters, verification: 'token', token: 'tok-123', deliveredIn: 'header', fieldName: 'X-Hose-Token' };
		const call = (body) => hose.harness.callWebhook({ type: 'hoseTrigger', parameters: trigger.parameters, headers: { 'content-type': 'application/json', 'x-hose-token': 'tok-123' }, body });
		for (const body of ['{}', '{"flowId":"","action":null}', '{"userInfo":{"id":"u1"},"state":"paid"}']) {
			const refused = await call(body);
			expect([refused.response.status, refused.started]).toEqual([400, false]);
			expect(refused.response.body).toEqual({ message: 'not a Hose outbound message: none of action, flowId, nodeId, messageId' });
		}
		// A message whose action was not chosen in 字段选择 still starts a run (event "unknown") when Events is
		// empty (all); with an event filter it is answered and dropped.
		const bare = await call('{"flowId":"F-bare","state":"paid"}');
		expect([bare.response.status, bare.started, bare.items[0] && bare.items[0].event]).toEqual([204, true, 'unknown']);
		trigger.parameters = { ...trigger.parameters, events: ['flow.paid'] };
		const filtered = await call('{"flowId":"F-bare-2","state":"paid"}');
		expect([filtered.response.status, filtered.started]).toEqual([204, false]);
	});

	it('the EBot answer from the triggered item goes back through the Hose node (value.code 204)', async () => {
		await hose.emit({ event: 'ebot', url: url() });
		const [message] = seen[0].items;
		const answer = await hose.run({ resource: 'ebot', operation: 'accept', signKey: '={{ $json.signKey }}', flowId: '={{ $json.flowId }}', nodeId: '={{ $json.nodeId }}' }, [{ json: message }]);
		expect(answer.json('Node')[0]).toMatchObject({ answered: true, code: '204' });
	});
});
