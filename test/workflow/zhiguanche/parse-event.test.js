// Parse Event: an event body as n8n's RabbitMQ / Kafka trigger hands it on, verified (HMAC over the exact bytes,
// ±5 minutes, replay) and normalised. Signed here with crypto-js, independently of the node's signing module.
const CryptoJS = require('crypto-js');
const { createHarness } = require('../../helpers/workflow-harness');

const SECRET = 'mq-subscription-secret-0001';
const hmac = (key, s) => CryptoJS.HmacSHA256(CryptoJS.enc.Utf8.parse(s), CryptoJS.enc.Utf8.parse(key)).toString();
let seq = 0;
/** @param {{ eventType?: string, data?: Record<string, unknown>, ts?: number, secret?: string, nonce?: string, eventId?: string }} [options] */
function message({ eventType = 'vehicle.returned', data = { requestId: '300001', plateNo: '沪A12345', mileageKm: 86 }, ts = Date.now(), secret = SECRET, nonce, eventId } = {}) {
	seq += 1;
	const n = nonce ?? `nonce${String(seq).padStart(11, '0')}`;
	const body = JSON.stringify({ eventId: eventId ?? `evt-${seq}`, eventType, occurredAt: 1796000000000, data });
	return { content: body, properties: { headers: { 'X-Zgc-Timestamp': String(ts), 'X-Zgc-Nonce': n, 'X-Zgc-Signature': hmac(secret, `${ts}\n${n}\n${body}`) } } };
}

const harness = createHarness();
const credential = harness.credentials.set('zhiguancheApi', { baseUrl: 'http://127.0.0.1:9', appKey: 'k', appSecret: 's' });
/** One execution of a workflow whose ZhiGuanChe node receives the broker trigger's items (static data per id). */
const parse = (items, over = {}) =>
	harness.runWorkflow(
		{
			id: over.workflowId ?? `mq-${Math.random()}`,
			nodes: [
				{
					name: 'ZhiGuanChe',
					type: 'zhiguanche',
					parameters: { resource: 'event', operation: 'parse', secret: SECRET, eventTypes: [], ...over.parameters },
					credentials: { zhiguancheApi: credential },
				},
			],
			connections: {},
		},
		{ items: items.map((json) => ({ json })) },
	);

describe('Parse Event (message queues)', () => {
	it('a valid message becomes a normalised event item', async () => {
		const r = await parse([message()]);
		expect(r.error).toBeUndefined();
		expect(r.json('ZhiGuanChe')).toEqual([
			{ eventId: 'evt-1', eventType: 'vehicle.returned', occurredAt: 1796000000000, occurredAtIso: '2026-11-30T08:53:20+08:00', data: { requestId: '300001', plateNo: '沪A12345', mileageKm: 86 }, verified: true },
		]);
	});

	it.each([
		['forged (another secret)', () => message({ secret: 'other' }), 'the signature does not match (wrong secret, or the body was changed)'],
		['stale (10 minutes old)', () => message({ ts: Date.now() - 10 * 60e3 }), 'the timestamp is outside ±5 minutes'],
		['without signature headers', () => ({ ...message(), properties: { headers: {} } }), 'the X-Zgc-Timestamp, X-Zgc-Nonce or X-Zgc-Signature header is missing'],
		['altered body', () => { const m = message(); return { ...m, content: m.content.replace('86', '860') }; }, 'the signature does not match (wrong secret, or the body was changed)'],
	])('%s is refused and produces nothing', async (_name, build, reason) => {
		const r = await parse([build()]);
		expect(r.error.message).toBe(`ZhiGuanChe event refused: ${reason} [item 0]`);
		expect(r.items('ZhiGuanChe') ?? []).toHaveLength(0);
	});

	it('a replayed message (same nonce, or the same event ID redelivered) is refused across executions', async () => {
		const m = message();
		const workflowId = 'mq-replay';
		expect((await parse([m], { workflowId })).error).toBeUndefined();
		expect((await parse([m], { workflowId })).error.message).toBe('ZhiGuanChe event refused: this delivery (nonce or event ID) was seen before [item 0]');
		const redelivered = message({ eventId: 'evt-redelivered' });
		expect((await parse([redelivered], { workflowId })).error).toBeUndefined();
		const again = message({ eventId: 'evt-redelivered' });
		expect((await parse([again], { workflowId })).error.message).toMatch(/seen before/);
	});

	it('filters by event type: other events produce no item', async () => {
		const r = await parse([message({ eventType: 'alert.speeding', data: { speed: 132.5 } }), message()], { parameters: { eventTypes: ['alert.speeding'] } });
		expect(r.json('ZhiGuanChe').map((e) => e.eventType)).toEqual(['alert.speeding']);
	});

	it('Kafka shape (message + headers) is read the same way', async () => {
		const m = message();
		const r = await parse([{ message: m.content, headers: m.properties.headers }]);
		expect(r.json('ZhiGuanChe')[0]).toMatchObject({ eventType: 'vehicle.returned', verified: true });
	});

	it('a body already parsed as JSON is refused: the signature needs the exact bytes', async () => {
		const m = message();
		const r = await parse([{ content: JSON.parse(m.content), properties: m.properties }]);
		expect(r.error.message).toBe('Message (message) must be the raw message text, not parsed JSON [item 0]');
	});

	it('without verification it only normalises, and refuses what is not an event', async () => {
		const ok = await parse([{ content: message().content }], { parameters: { verify: false } });
		expect(ok.json('ZhiGuanChe')[0]).toMatchObject({ eventType: 'vehicle.returned', verified: false });
		const bad = await parse([{ content: '{"hello":1}' }], { parameters: { verify: false } });
		expect(bad.error.message).toBe('Message (message) the body is not a ZhiGuanChe event {eventId, eventType, occurredAt, data} [item 0]');
	});
});
