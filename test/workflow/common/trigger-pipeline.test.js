// The shared trigger pipeline with a made-up vendor ("Acme"): the stages a new trigger plugs into, their
// order (handshake → verify → ping → filter → emit), and answers in the vendor's envelope.
const { createHmac } = require('node:crypto');
const { NodeConnectionTypes } = require('n8n-workflow');
const { createHarness } = require('../../helpers/workflow-harness');
const { runTrigger, refusal, inboundAuthProperties, webhookPathWithSecret, noRegistration } = require('../../../nodes/common/trigger');

const KEY = 'acme-signing-key';
const hmac = (text) => createHmac('sha256', KEY).update(text).digest('hex');

const acmeSpec = {
	accepted: (ctx) => (ctx.options.emptyAnswer ? { status: 204 } : { status: 200, body: { code: 0 } }),
	refused: (message, status) => ({ status, body: { code: status, message } }),
	unwrap: ({ call }) => ({ sign: call.header('x-acme-sign'), ts: call.header('x-acme-ts'), id: call.header('x-acme-id') }),
	handshake: ({ call }) => (call.header('x-acme-challenge') ? { status: 200, body: { challenge: call.header('x-acme-challenge') } } : undefined),
	verifySignature: ({ call }, h) => (h.sign && h.sign === hmac(call.text) ? undefined : 'bad signature'),
	timestamp: { of: (_c, h) => (h.ts ? Number(h.ts) : undefined), required: (ctx) => ctx.auth === 'signature' },
	deliveryId: (_c, h) => h.id || undefined,
	parse(text) {
		try {
			const value = JSON.parse(text);
			return value && typeof value === 'object' && !Array.isArray(value) ? value : refusal('body must be a JSON object', 400);
		} catch {
			return refusal('body is not JSON', 400);
		}
	},
	isPing: (p) => p.type === 'ping',
	filter: (p, ctx) => (p.type === 'blocked' ? refusal('type blocked', 403) : (ctx.options.only || p.type) === p.type ? 'emit' : 'ignore'),
	redelivery: { key: (p) => p.messageId, ttlMs: () => 60_000 },
	item: (p, ctx) => ({ ...p, receivedAt: ctx.call.receivedAt.toISOString() }),
	respondWithNode: (ctx) => ctx.options.late === true,
};

class AcmeTrigger {
	constructor() {
		this.description = {
			displayName: 'Acme Trigger',
			name: 'acmeTrigger',
			group: ['trigger'],
			version: 1,
			description: 'test vendor',
			defaults: { name: 'Acme Trigger' },
			inputs: [],
			outputs: [NodeConnectionTypes.Main],
			webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: webhookPathWithSecret('acme') }],
			properties: [
				...inboundAuthProperties({ signatureName: 'Acme Signature', signatureDescription: 'HMAC', secretHeader: 'X-Acme-Token' }),
				{ displayName: 'Options', name: 'options', type: 'json', default: {} },
			],
		};
		this.webhookMethods = { default: noRegistration };
	}

	async webhook() {
		return await runTrigger.call(this, acmeSpec);
	}
}

const harness = createHarness({ extraNodes: { 'test.acmeTrigger': new AcmeTrigger() } });
let n = 0;
/** @param {unknown} body @param {{ headers?: Record<string, string>, parameters?: object, workflowId?: string, sign?: boolean, ts?: number | string }} [options] */
const send = (body, { headers = {}, parameters = {}, workflowId = `acme-${++n}`, sign = true, ts = Date.now() } = {}) => {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	const signed = sign ? { 'x-acme-sign': hmac(text), 'x-acme-ts': String(ts) } : {};
	return harness.callWebhook({ type: 'test.acmeTrigger', parameters, body: text, headers: { 'content-type': 'application/json', ...signed, ...headers }, workflowId });
};

describe('trigger pipeline (a vendor spec of a dozen lines)', () => {
	it('emits an accepted call with the vendor answer and the item', async () => {
		const r = await send({ type: 'order', id: 1 });
		expect(r.response).toMatchObject({ status: 200, body: { code: 0 } });
		expect(r.started).toBe(true);
		expect(r.items).toEqual([{ type: 'order', id: 1, receivedAt: expect.stringMatching(/^\d{4}-/) }]);
	});

	it('answers a handshake before verification (no signature needed), without a run', async () => {
		const r = await send({}, { sign: false, headers: { 'x-acme-challenge': 'c-123' } });
		expect(r.response).toMatchObject({ status: 200, body: { challenge: 'c-123' } });
		expect(r.started).toBe(false);
	});

	it('verifies before parsing: a forged call with a broken body gets 401, not the parser 400', async () => {
		const forged = await send('{not json', { headers: { 'x-acme-sign': 'f'.repeat(64) } });
		expect(forged.response).toMatchObject({ status: 401, body: { code: 401, message: 'bad signature' } });
		const signedBroken = await send('{not json');
		expect(signedBroken.response).toMatchObject({ status: 400, body: { code: 400, message: 'body is not JSON' } });
		expect([forged.started, signedBroken.started]).toEqual([false, false]);
	});

	it('answers a ping as accepted without a run; the filter ignores or refuses', async () => {
		const ping = await send({ type: 'ping' });
		expect([ping.response.status, ping.started]).toEqual([200, false]);
		const ignored = await send({ type: 'refund' }, { parameters: { options: { only: 'order' } } });
		expect([ignored.response.status, ignored.response.body, ignored.started]).toEqual([200, { code: 0 }, false]);
		const blocked = await send({ type: 'blocked' });
		expect([blocked.response.status, blocked.response.body, blocked.started]).toEqual([403, { code: 403, message: 'type blocked' }, false]);
	});

	it('refuses stale and far-future timestamps (both directions of the window), and a missing one when signed', async () => {
		for (const ts of [Date.now() - 301_000, Date.now() + 301_000]) {
			const r = await send({ type: 'order' }, { ts });
			expect([r.response.status, r.response.body.message, r.started]).toEqual([401, 'stale or missing timestamp', false]);
		}
		const missing = await send({ type: 'order' }, { ts: '' });
		expect(missing.response.body.message).toBe('stale or missing timestamp');
		const within = await send({ type: 'order' }, { ts: Date.now() + 250_000, parameters: { options: { maxAgeSeconds: 300 } } });
		expect(within.started).toBe(true);
	});

	it('refuses a replayed delivery id, also when the copies arrive together', async () => {
		const workflowId = 'acme-replay';
		const calls = await Promise.all(Array.from({ length: 6 }, () => send({ type: 'order' }, { workflowId, headers: { 'x-acme-id': 'msg-1' } })));
		expect(calls.filter((c) => c.started)).toHaveLength(1);
		expect(calls.filter((c) => !c.started).map((c) => c.response.body)).toEqual(Array(5).fill({ code: 401, message: 'already received (replay)' }));
		// Same id in another workflow: its own memory.
		expect((await send({ type: 'order' }, { headers: { 'x-acme-id': 'msg-1' } })).started).toBe(true);
	});

	it('answers a redelivery of the same business key as accepted and starts no second run', async () => {
		const workflowId = 'acme-redelivery';
		const first = await send({ type: 'order', messageId: 'm-9' }, { workflowId });
		const again = await send({ type: 'order', messageId: 'm-9' }, { workflowId });
		expect([first.started, again.started, again.response.status]).toEqual([true, false, 200]);
	});

	it('answers 204 without a body when the vendor wants that, and leaves the answer to Respond to Webhook when asked', async () => {
		const empty = await send({ type: 'order' }, { parameters: { options: { emptyAnswer: true } } });
		expect(empty.response).toMatchObject({ status: 204, body: undefined, ended: true });
		expect(empty.started).toBe(true);
		const late = await send({ type: 'order' }, { parameters: { options: { late: true } } });
		expect(late.started).toBe(true);
		expect(late.result.noWebhookResponse).toBeUndefined();
	});

	it('without a signature choice (None) unsigned calls pass, and a timestamp, when sent, must still be fresh', async () => {
		const parameters = { inboundAuth: 'none' };
		expect((await send({ type: 'order' }, { sign: false, parameters })).started).toBe(true);
		const stale = await send({ type: 'order' }, { sign: false, parameters, headers: { 'x-acme-ts': String(Date.now() - 3600_000) } });
		expect([stale.response.status, stale.started]).toEqual([401, false]);
	});
});
