'use strict';
// ZhiGuanChe (智管车): the contract this project defines in docs/vendors/zhiguanche.md (the vendor's own API
// document is private). Token from appKey/appSecret; every business call HMAC-SHA256-signed in X-* headers;
// envelope {code, message, data}; pageNo/pageSize ≤ 100; 20 requests/second per app; event subscriptions
// whose deliveries are HMAC-signed with the subscription's secret.
const { safeEqual, safeJson, randomAlnum, randomToken } = require('../../lib/util');
const { deliver } = require('../../lib/deliver');
const { isQueueUrl, publish } = require('./queue');
const { signRequest, signEvent, stringToSign, canonicalQuery } = require('./sign');
const { createState } = require('./state');
const { route, ZgcError, fail } = require('./routes');

const EVENT_TYPES = ['vehicle.dispatched', 'vehicle.returned', 'trip.completed', 'request.approved', 'request.rejected', 'request.cancelled', 'maintenance.due', 'alert.speeding', 'alert.geofence', 'expense.created'];

/** The URL's path: the sandbox's own index, so a delivery to 127.0.0.1 finds the subscription registered for localhost. */
const pathOf = (url) => {
	try {
		return new URL(String(url)).pathname;
	} catch {
		return '';
	}
};

function subscriptions(ctx, s, b, params) {
	const M = ctx.method;
	if (M === 'POST' && !params) {
		if (!b.url || !/^https?:\/\//.test(String(b.url))) fail(400, 40001, 'url is required (http/https)');
		const events = Array.isArray(b.events) && b.events.length ? b.events.map(String) : EVENT_TYPES;
		const unknown = events.filter((e) => !EVENT_TYPES.includes(e));
		if (unknown.length) fail(400, 40001, `unknown events: ${unknown.join(', ')}`);
		const sub = { id: String(100 + ++s._seq), url: String(b.url), path: pathOf(b.url), events, secret: randomToken(16), createdAt: Date.now() };
		s.subscriptions.push(sub);
		return { id: sub.id, secret: sub.secret, url: sub.url, events };
	}
	if (M === 'GET' && !params) return { list: s.subscriptions.map(({ secret, ...x }) => x), total: s.subscriptions.length, pageNo: 1, pageSize: 100 };
	if (M === 'DELETE' && params) {
		const at = s.subscriptions.findIndex((x) => x.id === params);
		if (at < 0) fail(404, 40401, `subscription ${params} not found`);
		s.subscriptions.splice(at, 1);
		return { id: params, deleted: true };
	}
	return undefined;
}

/** Deliveries a state change causes, to every subscription listening for the event (fire and forget). */
function notify(core, events) {
	if (!core.config.zhiguanche.autoEvents) return;
	const s = core.state('zhiguanche');
	for (const [eventType, data] of events) {
		for (const sub of s.subscriptions.filter((x) => x.events.includes(eventType))) {
			/** @type {{ subscriptionId: string, eventType: string, url: string, at: number, status: string | number, eventId?: string, answer?: unknown }} */
			const delivery = { subscriptionId: sub.id, eventType, url: sub.url, at: Date.now(), status: 'pending' };
			s.deliveries.push(delivery);
			const { headers, body } = buildEvent(sub.secret, eventType, data, 'valid');
			delivery.eventId = JSON.parse(body).eventId;
			deliver(sub.url, { headers, body, timeoutMs: 5000 }).then((r) => {
				delivery.status = r.status;
				delivery.answer = r.body;
			});
		}
	}
}

function buildEvent(secret, eventType, data, variant) {
	return signDelivery(secret, JSON.stringify({ eventId: `evt-${randomToken(8)}`, eventType, occurredAt: Date.now(), data }), variant);
}

/** Headers of one delivery of `body`: a fresh timestamp and nonce each time (a retry of an event is signed anew). */
function signDelivery(secret, body, variant) {
	const timestamp = String(variant === 'stale' ? Date.now() - 10 * 60e3 : variant === 'future' ? Date.now() + 10 * 60e3 : Date.now());
	const nonce = randomAlnum(16);
	const signature = signEvent(variant === 'forged' ? `${secret}-forged` : secret, timestamp, nonce, body);
	return { headers: { 'content-type': 'application/json', 'X-Zgc-Timestamp': timestamp, 'X-Zgc-Nonce': nonce, 'X-Zgc-Signature': signature }, body };
}

/** The contract's request signature, timestamp window and nonce: the refusal, or undefined when they pass. */
function checkSignature(ctx, s, creds, config) {
	const answer = (status, code, message) => ({ status, body: { code, message } });
	const h = ctx.headers;
	const timestamp = String(h['x-timestamp'] || '');
	const nonce = String(h['x-nonce'] || '');
	const given = String(h['x-signature'] || '');
	const parts = { method: ctx.method, path: ctx.fullPath, rawQuery: ctx.rawQuery, timestamp, nonce, body: ctx.raw };
	if (!given || h['x-app-key'] !== creds.appKey || !safeEqual(signRequest(creds.appSecret, parts), given.toLowerCase())) {
		ctx.entry.signature = given ? 'bad' : 'missing';
		ctx.entry.stringToSign = stringToSign(parts);
		return answer(403, 40301, h['x-app-key'] !== creds.appKey ? 'signature mismatch (unknown X-App-Key)' : 'signature mismatch');
	}
	ctx.entry.signature = 'ok';
	const now = Date.now();
	const windowMs = Number(config.timestampWindowSeconds) * 1000;
	if (!/^\d{13}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > windowMs) return answer(403, 40302, 'timestamp outside ±5 minutes');
	for (const [k, at] of s._nonces) if (now - at > 2 * windowMs) s._nonces.delete(k);
	if (!/^[0-9a-z]{16}$/.test(nonce)) return answer(400, 40001, 'X-Nonce must be 16 characters [0-9a-z]');
	if (s._nonces.has(nonce)) return answer(403, 40303, 'nonce already used');
	s._nonces.set(nonce, now);
	return undefined;
}

async function handle(ctx) {
	const s = ctx.state();
	const creds = ctx.credentials;
	const config = ctx.config;
	const answer = (status, code, message, data) => ({ status, body: data === undefined ? { code, message } : { code, message, data } });
	const prefix = String(config.pathPrefix ?? '/openapi/v1').replace(/\/+$/, '');
	if (!ctx.path.startsWith(`${prefix}/`)) return answer(404, 40401, `unknown path ${ctx.path} (path prefix is ${prefix})`);
	const sub = ctx.path.slice(prefix.length);
	const parsed = ctx.raw ? safeJson(ctx.raw) : { ok: true, value: {} };

	if (sub === String(config.tokenPath || '/auth/token')) {
		if (ctx.method !== 'POST') return answer(405, 40001, 'use POST');
		const b = parsed.ok && parsed.value && typeof parsed.value === 'object' ? parsed.value : {};
		if (b.appKey !== creds.appKey || b.appSecret !== creds.appSecret) return answer(401, 40100, 'invalid appKey or appSecret');
		const { token, expiresIn } = ctx.core.issueToken('zhiguanche', b.appKey);
		return answer(200, 0, 'success', { accessToken: token, expiresIn });
	}

	const auth = String(ctx.headers.authorization || '');
	const token = ctx.core.checkToken('zhiguanche', /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, '') : '');
	if (token.verdict !== 'ok') return answer(401, 40101, 'access token missing, invalid or expired');

	// requireSignature false: a document whose calls carry only the bearer token.
	if (config.requireSignature === false) ctx.entry.signature = 'not required';
	else {
		const refused = checkSignature(ctx, s, creds, config);
		if (refused) return refused;
	}
	const now = Date.now();
	const limit = Number(config.rateLimitPerSecond);
	if (limit > 0) {
		while (s._calls.length && now - s._calls[0] >= 1000) s._calls.shift();
		if (s._calls.length >= limit) return answer(429, 42901, `rate limit: ${limit} requests/second per app`);
		s._calls.push(now);
	}

	const fault = ctx.fault();
	if (fault) return fault;
	if (!parsed.ok) return answer(400, 40001, 'body is not valid JSON');
	const b = parsed.value && typeof parsed.value === 'object' && !Array.isArray(parsed.value) ? parsed.value : {};
	ctx.events = [];
	try {
		let data;
		const subMatch = /^\/event\/subscriptions(?:\/([^/]+))?$/.exec(sub);
		if (subMatch) data = subscriptions(ctx, s, b, subMatch[1]);
		else {
			const found = route(ctx.method, sub);
			if (!found) return answer(404, 40401, `unknown endpoint ${ctx.method} ${sub}`);
			data = found.handler(ctx, s, b, ctx.query, found.params);
		}
		if (data === undefined) return answer(404, 40401, `unknown endpoint ${ctx.method} ${sub}`);
		notify(ctx.core, ctx.events);
		return answer(200, 0, 'success', data);
	} catch (error) {
		if (error instanceof ZgcError) return answer(error.status, error.code, error.message, error.data);
		throw error;
	}
}

/** Default payload of each event type, built from the sandbox's own fleet. */
function defaultPayload(s, eventType) {
	const v = s.vehicles[0];
	const d = s.drivers.find((x) => x.vehicleId === v.id) || s.drivers[0];
	const r = s.vehicleRequests[s.vehicleRequests.length - 1];
	const request = r ? { requestId: r.id, outerId: r.outerId, status: r.status } : { requestId: '300001', outerId: 'OA-CAR-0001', status: 'approved' };
	const now = Date.now();
	switch (eventType) {
		case 'vehicle.dispatched':
			return { ...request, vehicleId: v.id, plateNo: v.plateNo, driverId: d.id, driverName: d.name, driverMobile: d.mobile };
		case 'vehicle.returned':
		case 'trip.completed':
			return { ...request, vehicleId: v.id, plateNo: v.plateNo, driverId: d.id, checkOutTime: now - 3 * 3600e3, checkInTime: now, mileageKm: 86, expenses: [{ type: 'fuel', amount: '215.50' }, { type: 'toll', amount: '45.00' }] };
		case 'request.approved':
		case 'request.rejected':
		case 'request.cancelled':
			return { ...request, status: eventType.split('.')[1] };
		case 'maintenance.due':
			return { vehicleId: v.id, plateNo: v.plateNo, mileage: v.mileage, dueMileage: v.mileage + 500, dueDate: new Date(now + 7 * 86400e3).toISOString().slice(0, 10), items: ['机油', '机油滤芯'] };
		case 'alert.speeding':
			return { vehicleId: v.id, plateNo: v.plateNo, driverId: d.id, speed: 132.5, limit: 120, lng: 116.407, lat: 39.904, at: now };
		case 'alert.geofence':
			return { vehicleId: v.id, plateNo: v.plateNo, fenceId: 'F001', fenceName: '市区范围', action: 'exit', lng: 116.6, lat: 40.1, at: now };
		case 'expense.created':
			return { expenseId: '3900001', vehicleId: v.id, plateNo: v.plateNo, type: 'fuel', amount: '300.00', occurredAt: now };
		default:
			return { vehicleId: v.id, plateNo: v.plateNo };
	}
}

async function emit(core, request) {
	const s = core.state('zhiguanche');
	const sub = s.subscriptions.find((x) => x.url === request.url) || s.subscriptions.find((x) => x.path === pathOf(request.url)) || s.subscriptions[s.subscriptions.length - 1];
	const secret = request.secret || (sub && sub.secret);
	if (!secret) return { status: 0, error: 'no secret: pass `secret`, or create a subscription first (POST /openapi/v1/event/subscriptions)' };
	const eventType = request.event || 'vehicle.returned';
	if (!EVENT_TYPES.includes(eventType)) return { status: 0, error: `unknown ZhiGuanChe event "${eventType}" (${EVENT_TYPES.join(', ')})` };
	const base = defaultPayload(s, eventType);
	const data = request.payload && typeof request.payload === 'object' ? { ...base, ...request.payload } : request.payload ?? base;
	const variant = request.variant || 'valid';
	if (!VARIANTS.includes(variant)) return { status: 0, error: `ZhiGuanChe emit supports ${VARIANTS.join(', ')} (not "${variant}")` };
	// A webhook URL gets a POST; an amqp:// URL a message on `queue` (the message-queue integration).
	const send = isQueueUrl(request.url)
		? (delivery) => publish(request.url, String(request.queue || 'zhiguanche-events'), delivery)
		: (delivery) => deliver(request.url, delivery);
	// rawBody: exactly these bytes, correctly signed — a receiver must still refuse what is not an event.
	if (typeof request.rawBody === 'string') return { variant: 'raw', ...(await send(signDelivery(secret, request.rawBody, 'valid'))) };
	const delivery = buildEvent(secret, eventType, data, ['forged', 'stale', 'future'].includes(variant) ? variant : 'valid');
	const eventId = JSON.parse(delivery.body).eventId;
	if (variant !== 'replay' && variant !== 'redelivery') return { variant, eventId, ...(await send(delivery)) };
	const first = await send(delivery);
	// replay: the same bytes, nonce and signature again (an attacker's copy); redelivery: ZhiGuanChe's retry of
	// the event — same body and eventId, new timestamp, nonce and signature.
	const second = await send(variant === 'replay' ? delivery : signDelivery(secret, delivery.body, 'valid'));
	// The top level mirrors the repeat.
	return { variant, eventId, ...second, first, second };
}

const VARIANTS = ['valid', 'forged', 'stale', 'future', 'replay', 'redelivery'];

module.exports = {
	defaultTtlSeconds: 7200,
	createState,
	handle,
	emit,
	defaultConfig: (creds) => ({ pathPrefix: creds.pathPrefix || '/openapi/v1', tokenPath: '/auth/token', requireSignature: true, rateLimitPerSecond: 20, timestampWindowSeconds: 300, autoEvents: true }),
	faultAnswer: (f) => ({ status: f.status || 400, body: { code: Number(f.code ?? f.errno ?? 40001), message: f.message || f.errmsg || 'fault' } }),
	transportFault: (kind, ctx, message) => (kind === '429' ? { status: 429, body: { code: 42901, message: 'rate limit' } } : { status: 500, body: { code: 50000, message: message || 'system error' } }),
	isAuthPath: (p) => /\/(auth|oauth2?)\/token$/.test(p),
	stringToSign,
	signRequest,
	signEvent,
	canonicalQuery,
	EVENT_TYPES,
};
