// ZhiGuanChe Trigger in-process: the subscription's lifecycle against the sandbox (subscribe, re-activate,
// change events, unsubscribe) and every delivery path, the deliveries emitted and signed by the sandbox.
const http = require('node:http');
const { setup } = require('./helpers');

const WORKFLOW = 'zgc-trigger';
const URL = 'http://localhost:5678/webhook/d1a2b3c4-0000-4000-8000-000000000001/zhiguanche';
let env;
let receiver;

/** Forwards the sandbox's POSTs (raw bytes, headers) into the trigger's webhook() and answers what it answered. */
async function startReceiver(parameters) {
	const received = [];
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const result = await env.harness.callWebhook({
				type: 'zhiguancheTrigger',
				parameters: receiver.parameters,
				credentials: { zhiguancheApi: env.credential },
				headers: req.headers,
				body: Buffer.concat(chunks),
				workflowId: WORKFLOW,
			});
			received.push(result);
			res.writeHead(result.response.status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(result.response.body));
		});
	});
	await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
	return { parameters, received, url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/hook`, close: () => new Promise((r) => server.close(r)) };
}

const method = (name, parameters = { events: ['vehicle.returned', 'request.approved'] }, workflowId = WORKFLOW) =>
	env.harness.runWebhookMethod({ type: 'zhiguancheTrigger', parameters, credentials: { zhiguancheApi: env.credential }, method: name, workflowId });
const subscriptions = () => env.state('subscriptions');
const emit = (body) => env.control('POST', '/emit', { vendor: 'zhiguanche', url: receiver.url, ...body });

beforeAll(async () => {
	env = await setup();
	receiver = await startReceiver({ events: ['vehicle.returned', 'request.approved'] });
});
afterAll(async () => {
	await receiver?.close();
	await env?.close();
});

describe('subscription lifecycle (webhookMethods)', () => {
	beforeAll(async () => env.reset());

	it('activation: checkExists is false, create registers this URL for the chosen events and stores id and secret', async () => {
		expect((await method('checkExists')).value).toBe(false);
		const created = await method('create');
		expect(created.value).toBe(true);
		const subs = await subscriptions();
		expect(subs).toHaveLength(1);
		expect(subs[0]).toMatchObject({ url: URL, events: ['vehicle.returned', 'request.approved'] });
		expect(created.staticData.node_Trigger ?? Object.values(created.staticData)[0]).toMatchObject({ subscriptionId: subs[0].id, secret: subs[0].secret });
		expect((await method('checkExists')).value).toBe(true);
	});

	it('re-activation (create again, or with lost static data) leaves exactly one subscription', async () => {
		await method('create');
		await method('create', undefined, 'zgc-trigger-fresh-static-data');
		expect(await subscriptions()).toHaveLength(1);
		// The first workflow's stored subscription is gone: its checkExists says so.
		expect((await method('checkExists')).value).toBe(false);
		await method('create');
		expect(await subscriptions()).toHaveLength(1);
		expect((await method('checkExists')).value).toBe(true);
	});

	it('other events chosen: checkExists is false, create replaces the subscription', async () => {
		const events = { events: ['alert.speeding', 'alert.geofence', 'maintenance.due'] };
		expect((await method('checkExists', events)).value).toBe(false);
		await method('create', events);
		const subs = await subscriptions();
		expect(subs).toHaveLength(1);
		expect(subs[0].events).toEqual(['alert.speeding', 'alert.geofence', 'maintenance.due']);
	});

	it('deactivation removes it and forgets the secret; a second delete is harmless', async () => {
		const deleted = await method('delete');
		expect(deleted.value).toBe(true);
		expect(await subscriptions()).toHaveLength(0);
		expect(JSON.stringify(deleted.staticData)).not.toMatch(/secret|subscriptionId/);
		expect((await method('delete')).value).toBe(true);
		expect((await method('checkExists')).value).toBe(false);
	});
});

describe('deliveries', () => {
	beforeAll(async () => {
		await env.reset();
		await method('create');
	});
	beforeEach(() => {
		receiver.received.length = 0;
	});

	it('a valid vehicle.returned starts one run with the normalised event and answers {code: 0}', async () => {
		const r = await emit({ event: 'vehicle.returned', payload: { requestId: '300777', mileageKm: 42 } });
		expect(r.status).toBe(200);
		expect(r.body).toEqual({ code: 0, message: 'success' });
		expect(receiver.received).toHaveLength(1);
		expect(receiver.received[0].started).toBe(true);
		expect(receiver.received[0].items).toEqual([
			expect.objectContaining({ eventId: expect.stringMatching(/^evt-/), eventType: 'vehicle.returned', occurredAtIso: expect.stringMatching(/\+08:00$/), data: expect.objectContaining({ requestId: '300777', mileageKm: 42, expenses: expect.any(Array) }) }),
		]);
	});

	it.each([
		['forged', 'the signature does not match (wrong secret, or the body was changed)'],
		['stale', 'the timestamp is outside ±5 minutes'],
	])('%s: refused with 401, no run', async (variant, message) => {
		const r = await emit({ event: 'vehicle.returned', variant });
		expect(r.status).toBe(401);
		expect(r.body).toEqual({ code: 40100, message });
		expect(receiver.received.map((x) => x.started)).toEqual([false]);
	});

	it('replay: the same bytes and nonce again are refused, only the first starts a run', async () => {
		const r = await emit({ event: 'request.approved', variant: 'replay' });
		expect(r.first.status).toBe(200);
		expect(r.second.status).toBe(401);
		expect(r.second.body.message).toBe('this delivery (nonce or event ID) was seen before');
		expect(receiver.received.map((x) => x.started)).toEqual([true, false]);
	});

	it('redelivery: the same event ID with a fresh nonce and signature (ZhiGuanChe\'s retry) is acknowledged with {code: 0} and starts no second run', async () => {
		const r = await emit({ event: 'vehicle.returned', variant: 'redelivery' });
		expect(r.first).toMatchObject({ status: 200, body: { code: 0, message: 'success' } });
		expect(r.second).toMatchObject({ status: 200, body: { code: 0, message: 'success' } });
		// Two different signed deliveries of one event: different nonces, the same bytes.
		expect(r.second.sent.headers['X-Zgc-Nonce']).not.toBe(r.first.sent.headers['X-Zgc-Nonce']);
		expect(r.second.sent.body).toBe(r.first.sent.body);
		expect(receiver.received.map((x) => x.started)).toEqual([true, false]);
		expect(receiver.received[0].items[0].eventId).toBe(r.eventId);
	});

	it.each([
		['a body that is not an event', { body: '{"hello":"world"}', unsigned: false }, 400, 'the body is not a ZhiGuanChe event {eventId, eventType, occurredAt, data}'],
		['a delivery without the signature headers', { body: undefined, unsigned: true }, 401, 'the X-Zgc-Timestamp, X-Zgc-Nonce or X-Zgc-Signature header is missing'],
	])('%s is refused and starts nothing', async (_name, { body, unsigned }, status, message) => {
		const CryptoJS = require('crypto-js');
		const data = Object.values((await method('checkExists')).staticData).find((x) => x && x.secret);
		const raw = body ?? JSON.stringify({ eventId: 'evt-unsigned-1', eventType: 'vehicle.returned', occurredAt: Date.now(), data: {} });
		const ts = String(Date.now());
		const nonce = `n${Date.now()}`.padEnd(16, '0').slice(0, 16);
		const headers = unsigned ? {} : { 'x-zgc-timestamp': ts, 'x-zgc-nonce': nonce, 'x-zgc-signature': CryptoJS.HmacSHA256(`${ts}\n${nonce}\n${raw}`, data.secret).toString() };
		const r = await env.harness.callWebhook({ type: 'zhiguancheTrigger', parameters: receiver.parameters, credentials: { zhiguancheApi: env.credential }, headers, body: Buffer.from(raw), workflowId: WORKFLOW });
		expect(r.response).toMatchObject({ status, body: { code: status === 401 ? 40100 : 40001, message } });
		expect(r.started).toBe(false);
	});

	it('replay while the first call\'s static data is not saved yet (n8n 2.x reloads it per call) is still refused', async () => {
		const CryptoJS = require('crypto-js');
		const data = Object.values((await method('checkExists')).staticData).find((x) => x && x.secret);
		const body = JSON.stringify({ eventId: 'evt-unsaved-1', eventType: 'vehicle.returned', occurredAt: Date.now(), data: {} });
		const ts = String(Date.now());
		const nonce = 'unsavednonce0001';
		const headers = { 'x-zgc-timestamp': ts, 'x-zgc-nonce': nonce, 'x-zgc-signature': CryptoJS.HmacSHA256(`${ts}\n${nonce}\n${body}`, data.secret).toString() };
		const call = () => env.harness.callWebhook({ type: 'zhiguancheTrigger', parameters: receiver.parameters, credentials: { zhiguancheApi: env.credential }, headers, body: Buffer.from(body), workflowId: WORKFLOW });
		const first = await call();
		expect(first.started).toBe(true);
		// What n8n 2.x does: the next call sees static data as it was before the first execution finished.
		for (const node of Object.values(first.staticData)) if (node && node.seenDeliveries) delete node.seenDeliveries;
		const second = await call();
		expect(second.response.status).toBe(401);
		expect(second.started).toBe(false);
	});

	it('an event type the trigger does not listen for is acknowledged and starts nothing', async () => {
		const r = await emit({ event: 'alert.speeding' });
		expect(r.status).toBe(200);
		expect(receiver.received.map((x) => x.started)).toEqual([false]);
	});

	it('without an active subscription (no secret stored) every delivery is refused', async () => {
		await method('delete');
		const r = await emit({ event: 'vehicle.returned', secret: 'any-secret' });
		expect(r.status).toBe(401);
		expect(receiver.received.map((x) => x.started)).toEqual([false]);
		await method('create');
	});
});
