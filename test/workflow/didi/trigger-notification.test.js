// DiDi Trigger, the notification itself: what "Require Signature" off still refuses, a credential without a
// Sign Key or with MD5, the event selection (Events + Other Event Names), the recipient check, how the
// posted fields are read (JSON, form, no content type; nulls, nested values) and the output item. Signed
// here with the sandbox's own signer (sandbox/vendors/didi.js), never with the credential's signing code.
const { createHarness } = require('../../helpers/workflow-harness');
const SANDBOX = require('../../../sandbox/credentials.json');
const didiSandbox = require('../../../sandbox/vendors/didi');

const harness = createHarness();
const base = { ...SANDBOX.didi, accessToken: '' };
const credentials = {
	sha256: harness.credentials.set('didiEnterpriseApi', base, { id: 'didi-n-sha', name: 'DiDi sha' }),
	md5: harness.credentials.set('didiEnterpriseApi', { ...base, signMethod: 'MD5' }, { id: 'didi-n-md5', name: 'DiDi md5' }),
	noKey: harness.credentials.set('didiEnterpriseApi', { ...base, signKey: '' }, { id: 'didi-n-nokey', name: 'DiDi no key' }),
};
let n = 0;
const now = () => Math.floor(Date.now() / 1000);
/** @param {Record<string, unknown>} [over] */
const params = (over = {}) => ({
	notify_type: 'order.finished',
	notify_id: `ntf-n-${++n}`,
	company_id: SANDBOX.didi.companyId,
	client_id: SANDBOX.didi.clientId,
	timestamp: now(),
	data: '{"order_id":"o-9"}',
	...over,
});
const signed = (p, method = 'sha256', key = SANDBOX.didi.signKey) => ({ ...p, sign: didiSandbox.sign(p, key, method) });
/** @param {object | string} body @param {{ parameters?: object, credential?: object, contentType?: string | null }} [o] */
const send = (body, { parameters = {}, credential = credentials.sha256, contentType = 'application/json' } = {}) =>
	harness.callWebhook({
		type: 'didiEnterpriseTrigger',
		parameters: { events: [], ...parameters },
		credentials: { didiEnterpriseApi: credential },
		headers: contentType ? { 'content-type': contentType } : {},
		body: typeof body === 'string' ? body : JSON.stringify(body),
		workflowId: `didi-n-${++n}`,
	});
const outcome = (r) => [r.response.status, r.response.body, r.started];
const OK = { errno: 0, errmsg: 'success' };
const REFUSED = (errmsg, errno = 401) => ({ errno, errmsg });
const form = (p) => new URLSearchParams(/** @type {[string, string][]} */ (Object.entries(p).map(([k, v]) => [k, String(v)]))).toString();

describe('DiDi Trigger: Require Signature off', () => {
	const parameters = { options: { requireSignature: false } };
	it('an unsigned notification starts a run', async () => {
		expect(outcome(await send(params(), { parameters }))).toEqual([200, OK, true]);
	});
	it('a wrong sign, or an empty one, is still refused', async () => {
		expect(outcome(await send({ ...params(), sign: 'f'.repeat(64) }, { parameters }))).toEqual([401, REFUSED('sign verification failed'), false]);
		expect(outcome(await send({ ...params(), sign: '' }, { parameters }))).toEqual([401, REFUSED('missing sign'), false]);
	});
	it('on (the default), the unsigned one is refused', async () => {
		expect(outcome(await send(params(), { parameters: { options: { requireSignature: true } } }))).toEqual([401, REFUSED('missing sign'), false]);
	});
});

describe("DiDi Trigger: the credential's Sign Key and Sign Method", () => {
	it('Sign Method MD5 (in any case): an MD5 sign verifies, a SHA-256 sign does not', async () => {
		expect(outcome(await send(signed(params(), 'md5'), { credential: credentials.md5 }))).toEqual([200, OK, true]);
		expect(outcome(await send(signed(params(), 'sha256'), { credential: credentials.md5 }))).toEqual([401, REFUSED('sign verification failed'), false]);
		expect(outcome(await send(signed(params(), 'md5'), { credential: credentials.sha256 }))).toEqual([401, REFUSED('sign verification failed'), false]);
	});
	it('without a Sign Key nothing verifies, not even a sign made with an empty key', async () => {
		expect(outcome(await send(signed(params(), 'sha256', ''), { credential: credentials.noKey }))).toEqual([401, REFUSED('sign verification failed'), false]);
	});
});

describe('DiDi Trigger: which notifications start the workflow', () => {
	it('Events plus Other Event Names (comma-separated, trimmed); others are acknowledged and start nothing', async () => {
		const parameters = { events: ['order.finished'], options: { otherEvents: ' approval.created , ,order.refunded ' } };
		for (const type of ['order.finished', 'approval.created', 'order.refunded']) {
			const r = await send(signed(params({ notify_type: type })), { parameters });
			expect(outcome(r)).toEqual([200, OK, true]);
			expect(r.items[0].event).toBe(type);
		}
		for (const type of ['order.cancelled', 'approval', '']) expect(outcome(await send(signed(params({ notify_type: type })), { parameters }))).toEqual([200, OK, false]);
		expect(outcome(await send(signed(params({ notify_type: undefined })), { parameters }))).toEqual([200, OK, false]);
	});
	it('Other Event Names alone select too; no selection at all takes every type, also a missing one', async () => {
		expect(outcome(await send(signed(params({ notify_type: 'x.y' })), { parameters: { options: { otherEvents: 'x.y' } } }))).toEqual([200, OK, true]);
		expect(outcome(await send(signed(params({ notify_type: 'x.z' })), { parameters: { options: { otherEvents: 'x.y' } } }))).toEqual([200, OK, false]);
		const any = await send(signed(params({ notify_type: undefined })));
		expect([any.started, any.items[0].event]).toEqual([true, '']);
	});
	it('a notification for another client or company is refused, even when validly signed; one without them passes', async () => {
		expect(outcome(await send(signed(params({ client_id: 'other-client' }))))).toEqual([401, REFUSED('client_id does not match'), false]);
		expect(outcome(await send(signed(params({ company_id: '42' }))))).toEqual([401, REFUSED('company_id does not match'), false]);
		expect(outcome(await send(signed(params({ client_id: undefined, company_id: undefined }))))).toEqual([200, OK, true]);
	});
});

describe('DiDi Trigger: reading the posted fields', () => {
	it('a form body, and a body without a content type (JSON when it starts with "{", else a form)', async () => {
		const p = signed(params());
		expect(outcome(await send(form(p), { contentType: 'application/x-www-form-urlencoded' }))).toEqual([200, OK, true]);
		expect(outcome(await send(JSON.stringify(signed(params())), { contentType: null }))).toEqual([200, OK, true]);
		expect(outcome(await send(form(signed(params())), { contentType: null }))).toEqual([200, OK, true]);
	});
	it('a JSON body that is not one object, or blank, is refused as invalid', async () => {
		for (const body of ['[1,2]', 'null', '   ', '{"a":', '"text"']) {
			expect(outcome(await send(body))).toEqual([401, REFUSED('invalid notification body'), false]);
		}
	});
	it('null fields are left out and nested values signed as their JSON text', async () => {
		const p = signed(params({ extra: { k: ['a', 'b'], on: true } }));
		const r = await send({ ...p, memo: null });
		expect(outcome(r)).toEqual([200, OK, true]);
		expect(r.items[0].extra).toBe('{"k":["a","b"],"on":true}');
		expect('memo' in r.items[0]).toBe(false);
	});
});

describe('DiDi Trigger: the output item', () => {
	it('event, the other fields, the timestamp as a number with its China-time ISO form, data parsed; no sign', async () => {
		const p = params({ timestamp: 1764745200, data: '{"order_id":"o-1","fee":"12.50"}' });
		const r = await send(signed(p), { parameters: { options: { maxAgeSeconds: 0 } } });
		const { received_at: receivedAt, ...item } = r.items[0];
		expect(item).toEqual({
			event: 'order.finished',
			notify_id: p.notify_id,
			company_id: SANDBOX.didi.companyId,
			client_id: SANDBOX.didi.clientId,
			timestamp: 1764745200,
			notified_at: '2025-12-03T15:00:00+08:00',
			data: { order_id: 'o-1', fee: '12.50' },
		});
		expect(receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+08:00$/);
	});
	it('data that is not JSON stays text; no data is {}; a timestamp that is not a number stays as sent, without notified_at', async () => {
		const parameters = { options: { maxAgeSeconds: 0 } };
		const text = await send(signed(params({ data: 'plain words' })), { parameters });
		expect(text.items[0].data).toBe('plain words');
		const none = await send(signed(params({ data: undefined })), { parameters });
		expect(none.items[0].data).toEqual({});
		const blank = await send(signed(params({ data: '  ' })), { parameters });
		expect(blank.items[0].data).toBe('  ');
		const late = await send(signed(params({ timestamp: 'later' })), { parameters });
		expect([late.items[0].timestamp, late.items[0].notified_at]).toEqual(['later', undefined]);
	});
});
