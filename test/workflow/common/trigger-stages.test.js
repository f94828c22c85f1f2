// The trigger pipeline's order of stages and its defaults, with a made-up vendor ("Gamma"): what a refused
// call leaves behind (no delivery id or business key burnt by a forged, stale or ignored call), the
// timestamp window and its switch-off, the Inbound Verification default of a spec without a signature,
// refusals without a status, text answers, and payloads that merely look like refusals.
const { createHmac } = require('node:crypto');
const { NodeConnectionTypes } = require('n8n-workflow');
const { createHarness } = require('../../helpers/workflow-harness');
const { runTrigger, refusal, inboundAuthProperties, noRegistration } = require('../../../nodes/common/trigger');

const KEY = 'gamma-signing-key';
const hmac = (text) => createHmac('sha256', KEY).update(text).digest('hex');

const gammaSpec = {
	accepted: (ctx) => (ctx.options.textAnswer ? { status: 200, body: 'OK' } : { status: 200, body: { ok: true } }),
	refused: (message, status) => (status === 400 ? { status, body: `bad request: ${message}` } : { status, body: { ok: false, status, message } }),
	unwrap: ({ call }) =>
		call.header('x-gamma-block') ? refusal('blocked by unwrap') : { sign: call.header('x-gamma-sign'), ts: call.header('x-gamma-ts'), id: call.header('x-gamma-id') },
	verifySignature: ({ call }, h) => (h.sign === hmac(call.text) ? undefined : 'bad signature'),
	timestamp: { of: (_c, h) => (h.ts ? Number(h.ts) : undefined), required: () => true },
	deliveryId: (_c, h) => h.id || undefined,
	// The body travels Base64-encoded; "!" is not Base64 and is refused without a status.
	decode: ({ call }) => (call.text.startsWith('!') ? refusal('cannot decode') : Buffer.from(call.text, 'base64').toString('utf8')),
	parse(text) {
		try {
			return JSON.parse(text);
		} catch {
			return refusal('not JSON', 400);
		}
	},
	isPing: (p) => p.type === 'ping',
	filter: (p, ctx) => (p.type === 'forbidden' ? { refuse: 'type forbidden' } : ctx.options.only && p.type !== ctx.options.only ? 'ignore' : 'emit'),
	redelivery: { key: (p) => p.messageId, ttlMs: () => 60_000 },
	item: (p) => p,
};

/** A vendor without a signature of its own: only the Inbound Verification choices. */
const unsignedSpec = {
	accepted: () => ({ status: 200, body: { ok: true } }),
	refused: (message, status) => ({ status, body: { ok: false, status, message } }),
	unwrap: () => ({}),
	maxAgeSeconds: 60,
	timestamp: { of: ({ call }) => (call.header('x-ts') ? Number(call.header('x-ts')) : undefined), required: () => false },
	parse: (text) => JSON.parse(text),
	item: (p) => p,
};

const node = (name, spec, properties) => ({
	description: {
		displayName: name,
		name,
		group: ['trigger'],
		version: 1,
		description: 'test vendor',
		defaults: { name },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'gamma' }],
		properties: [...properties, { displayName: 'Options', name: 'options', type: 'json', default: {} }],
	},
	webhookMethods: { default: noRegistration },
	async webhook() {
		return await runTrigger.call(this, spec);
	},
});

const inbound = inboundAuthProperties({ signatureName: 'Gamma Signature', signatureDescription: 'HMAC', secretHeader: 'X-Gamma-Token' });
const harness = createHarness({
	extraNodes: {
		'test.gammaTrigger': node('gammaTrigger', gammaSpec, inbound),
		'test.unsignedChoice': node('unsignedChoice', unsignedSpec, inbound),
		// No Inbound Verification parameter at all: the pipeline's own default applies.
		'test.unsignedBare': node('unsignedBare', unsignedSpec, [
			{ displayName: 'Shared Secret', name: 'inboundSecret', type: 'string', default: '' },
		]),
	},
});

let n = 0;
/** @param {unknown} payload @param {{ headers?: object, parameters?: object, workflowId?: string, sign?: boolean, ts?: number | string, raw?: string }} [o] */
function send(payload, { headers = {}, parameters = {}, workflowId = `gamma-${++n}`, sign = true, ts = Date.now(), raw } = {}) {
	const text = raw ?? Buffer.from(JSON.stringify(payload)).toString('base64');
	const signed = sign ? { 'x-gamma-sign': hmac(text), 'x-gamma-ts': String(ts) } : {};
	return harness.callWebhook({ type: 'test.gammaTrigger', parameters, body: text, headers: { 'content-type': 'text/plain', ...signed, ...headers }, workflowId });
}
const outcome = (r) => [r.response.status, r.response.body, r.started];
const REFUSED = (message, status = 401) => ({ ok: false, status, message });

describe('trigger pipeline: a refused call burns nothing', () => {
	it('a forged call carrying a delivery id does not use the id up: the genuine call with that id still starts', async () => {
		const workflowId = 'gamma-forged-id';
		const forged = await send({ type: 'order' }, { workflowId, headers: { 'x-gamma-id': 'd-1', 'x-gamma-sign': 'f'.repeat(64) } });
		expect(outcome(forged)).toEqual([401, REFUSED('bad signature'), false]);
		expect(outcome(await send({ type: 'order' }, { workflowId, headers: { 'x-gamma-id': 'd-1' } }))).toEqual([200, { ok: true }, true]);
		expect(outcome(await send({ type: 'order' }, { workflowId, headers: { 'x-gamma-id': 'd-1' } }))).toEqual([401, REFUSED('already received (replay)'), false]);
	});

	it('a stale call carrying a delivery id does not use the id up either', async () => {
		const workflowId = 'gamma-stale-id';
		const stale = await send({ type: 'order' }, { workflowId, ts: Date.now() - 3600_000, headers: { 'x-gamma-id': 'd-2' } });
		expect(outcome(stale)).toEqual([401, REFUSED('stale or missing timestamp'), false]);
		expect((await send({ type: 'order' }, { workflowId, headers: { 'x-gamma-id': 'd-2' } })).started).toBe(true);
	});

	it('a call the filter ignores, a ping and a refused type leave their business key unclaimed (redelivery claimed after the filter)', async () => {
		const workflowId = 'gamma-ignored-key';
		const parameters = { options: { only: 'order' } };
		expect(outcome(await send({ type: 'refund', messageId: 'm-1' }, { workflowId, parameters }))).toEqual([200, { ok: true }, false]);
		expect(outcome(await send({ type: 'ping', messageId: 'm-1' }, { workflowId, parameters }))).toEqual([200, { ok: true }, false]);
		expect(outcome(await send({ type: 'forbidden', messageId: 'm-1' }, { workflowId, parameters }))).toEqual([401, REFUSED('type forbidden'), false]);
		expect(outcome(await send({ type: 'order', messageId: 'm-1' }, { workflowId, parameters }))).toEqual([200, { ok: true }, true]);
		expect(outcome(await send({ type: 'order', messageId: 'm-1' }, { workflowId, parameters }))).toEqual([200, { ok: true }, false]);
	});

	it('a delivery id and a business key of the same text do not collide (each has its own scope)', async () => {
		const workflowId = 'gamma-scopes';
		expect((await send({ type: 'order', messageId: 'same' }, { workflowId, headers: { 'x-gamma-id': 'same' } })).started).toBe(true);
	});
});

describe('trigger pipeline: the timestamp window', () => {
	it('maxAgeSeconds 0 switches the timestamp check off, yet a replayed delivery id is still refused', async () => {
		const workflowId = 'gamma-no-window';
		const parameters = { options: { maxAgeSeconds: 0 } };
		const old = Date.now() - 30 * 24 * 3600_000;
		expect((await send({ type: 'order' }, { workflowId, parameters, ts: old, headers: { 'x-gamma-id': 'w-1' } })).started).toBe(true);
		expect((await send({ type: 'order' }, { workflowId, parameters, ts: '', headers: { 'x-gamma-id': 'w-2' } })).started).toBe(true);
		expect(outcome(await send({ type: 'order' }, { workflowId, parameters, ts: old, headers: { 'x-gamma-id': 'w-1' } }))).toEqual([401, REFUSED('already received (replay)'), false]);
	});

	it('the option narrows or widens the default 300 s window, in both directions', async () => {
		const narrow = { options: { maxAgeSeconds: 10 } };
		expect((await send({ type: 'order' }, { parameters: narrow, ts: Date.now() - 20_000 })).started).toBe(false);
		expect((await send({ type: 'order' }, { parameters: narrow, ts: Date.now() + 20_000 })).started).toBe(false);
		expect((await send({ type: 'order' }, { parameters: narrow, ts: Date.now() - 5_000 })).started).toBe(true);
		const wide = { options: { maxAgeSeconds: 3600 } };
		expect((await send({ type: 'order' }, { parameters: wide, ts: Date.now() - 1800_000 })).started).toBe(true);
		expect((await send({ type: 'order' }, { parameters: wide, ts: Date.now() + 1800_000 })).started).toBe(true);
		expect((await send({ type: 'order' }, { parameters: wide, ts: Date.now() - 4000_000 })).started).toBe(false);
	});

	it("a spec's own default window applies without the option; a timestamp it does not require may be absent", async () => {
		const call = (ts) =>
			harness.callWebhook({ type: 'test.unsignedChoice', parameters: { inboundAuth: 'none' }, body: '{"a":1}', headers: { 'content-type': 'application/json', ...(ts === undefined ? {} : { 'x-ts': String(ts) }) }, workflowId: `unsigned-${++n}` });
		expect(outcome(await call(Date.now() - 90_000))).toEqual([401, REFUSED('stale or missing timestamp'), false]);
		expect(outcome(await call(Date.now() + 90_000))).toEqual([401, REFUSED('stale or missing timestamp'), false]);
		expect(outcome(await call(Date.now() - 30_000))).toEqual([200, { ok: true }, true]);
		expect(outcome(await call(undefined))).toEqual([200, { ok: true }, true]);
		expect(outcome(await call('soon'))).toEqual([401, REFUSED('stale or missing timestamp'), false]);
	});
});

describe('trigger pipeline: Inbound Verification of a spec without a vendor signature', () => {
	const body = '{"a":1}';
	it('the "signature" choice is refused: the trigger has no vendor signature to check', async () => {
		const r = await harness.callWebhook({ type: 'test.unsignedChoice', parameters: { inboundAuth: 'signature' }, body, headers: { 'content-type': 'application/json' } });
		expect(outcome(r)).toEqual([401, REFUSED('this trigger has no vendor signature'), false]);
	});

	it('without the choice on the node, the shared secret in the path is required', async () => {
		const secret = 'gamma-path-secret-0123456789';
		const call = (requestPath) =>
			harness.callWebhook({ type: 'test.unsignedBare', parameters: { inboundSecret: secret }, body, headers: { 'content-type': 'application/json' }, requestPath, workflowId: `bare-${++n}` });
		expect(outcome(await call('/webhook/w/gamma'))).toEqual([401, REFUSED('shared secret missing or wrong'), false]);
		expect(outcome(await call(`/webhook/w/${secret}/gamma`))).toEqual([200, { ok: true }, true]);
	});
});

describe('trigger pipeline: refusals and answers', () => {
	it('unwrap, decode and the filter may refuse without a status: 401 in the vendor envelope', async () => {
		expect(outcome(await send({ type: 'order' }, { headers: { 'x-gamma-block': '1' } }))).toEqual([401, REFUSED('blocked by unwrap'), false]);
		expect(outcome(await send(undefined, { raw: '!plain' }))).toEqual([401, REFUSED('cannot decode'), false]);
		expect(outcome(await send({ type: 'forbidden' }))).toEqual([401, REFUSED('type forbidden'), false]);
	});

	it('parse sees the decoded text; its refusal keeps its 400, and a text envelope is sent as text', async () => {
		const r = await send(undefined, { raw: Buffer.from('{broken').toString('base64') });
		expect(outcome(r)).toEqual([400, 'bad request: not JSON', false]);
		const decoded = await send({ type: 'order', n: 1 });
		expect(decoded.items).toEqual([{ type: 'order', n: 1 }]);
	});

	it('an accepted answer may be text', async () => {
		const r = await send({ type: 'order' }, { parameters: { options: { textAnswer: true } } });
		expect([r.response.status, r.response.body, /** @type {any} */ (r.response).ended, r.started]).toEqual([200, 'OK', true, true]);
	});

	it('a payload with a "refuse" field that is not text is data, not a refusal', async () => {
		for (const refuse of [true, 1, { why: 'x' }]) {
			const r = await send({ type: 'order', refuse });
			expect(outcome(r)).toEqual([200, { ok: true }, true]);
			expect(r.items).toEqual([{ type: 'order', refuse }]);
		}
	});
});
