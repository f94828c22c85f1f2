'use strict';
// ZhiGuanChe (智管车): the contract this project defines in docs/vendors/zhiguanche.md (the vendor's own API
// document is private). Token from appKey/appSecret; every business call HMAC-SHA256-signed in X-* headers
// over METHOD\nPATH\nCANONICAL_QUERY\nTIMESTAMP\nNONCE\nSHA256(body); envelope {code, message, data}.
const { sha256, hmacSha256, safeEqual, safeJson, randomAlnum, randomToken } = require('../lib/util');
const { deliver, runVariant } = require('../lib/deliver');

const rfc3986 = (v) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function canonicalQuery(rawQuery) {
	const pairs = [...new URLSearchParams(rawQuery)];
	pairs.sort(([a, x], [b, y]) => Buffer.compare(Buffer.from(a), Buffer.from(b)) || Buffer.compare(Buffer.from(x), Buffer.from(y)));
	return pairs.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
}
const stringToSign = ({ method, path, rawQuery, timestamp, nonce, body }) => [method.toUpperCase(), path, canonicalQuery(rawQuery || ''), timestamp, nonce, sha256(body || '')].join('\n');
const signRequest = (secret, parts) => hmacSha256(secret, stringToSign(parts));

const EVENT_TYPES = ['vehicle.dispatched', 'vehicle.returned', 'trip.completed', 'request.approved', 'request.rejected', 'request.cancelled', 'maintenance.due', 'alert.speeding', 'alert.geofence', 'expense.created'];

function createState(data) {
	return {
		company: [{ id: data.company.company_id, name: data.company.name, vehicleCount: data.counts.vehicles }],
		departments: () => data.departments().map((d) => ({ id: d.id, name: d.name, code: d.code, parentId: d.parent_id })),
		users: () => data.employees().slice(0, 3000).map((e) => ({ id: e.member_id, name: e.realname, mobile: e.phone, employeeNo: e.employee_number, departmentId: e.department_id })),
		vehicles: data.vehicles().map((v) => ({ ...v })),
		drivers: data.drivers().map((d) => ({ ...d })),
		fuelCards: data.fuelCards().map((f) => ({ ...f })),
		vehicleRequests: [],
		expenses: [],
		subscriptions: [],
		_nonces: new Map(),
		_seq: 0,
	};
}

class ZgcError extends Error {
	constructor(status, code, message, data) {
		super(message);
		Object.assign(this, { status, code, data });
	}
}
const fail = (status, code, message, data) => {
	throw new ZgcError(status, code, message, data);
};
const page = (list, q, b) => {
	const pageNo = Number(q.pageNo ?? b.pageNo ?? 1);
	const pageSize = Number(q.pageSize ?? b.pageSize ?? 20);
	if (!Number.isInteger(pageNo) || pageNo < 1) fail(400, 40001, 'pageNo must be an integer ≥ 1');
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) fail(400, 40001, 'pageSize must be 1..100');
	return { list: list.slice((pageNo - 1) * pageSize, pageNo * pageSize), total: list.length, pageNo, pageSize };
};
const filterBy = (list, b, fields) => list.filter((r) => fields.every((f) => b[f] === undefined || b[f] === '' || String(r[f]) === String(b[f])));
const byId = (list, id, what) => list.find((r) => r.id === id) || fail(404, 40401, `${what} ${id} not found`);

function routes(ctx, s, b, q) {
	const M = ctx.method;
	const p = ctx.route;
	let m;
	if (M === 'GET' && p === '/company/info') return s.company[0];
	for (const [name, fields] of [['vehicles', ['plateNo', 'status', 'groupId', 'departmentId']], ['drivers', ['name', 'mobile', 'status']], ['fuel-cards', ['cardNo', 'vehicleId']], ['departments', ['name', 'code']], ['users', ['mobile', 'employeeNo', 'departmentId']], ['vehicle-requests', ['status', 'outerId']], ['expenses', ['type', 'vehicleId']]]) {
		const key = name === 'fuel-cards' ? 'fuelCards' : name === 'vehicle-requests' ? 'vehicleRequests' : name;
		const list = typeof s[key] === 'function' ? s[key]() : s[key];
		if ((M === 'POST' && p === `/${name}/list`) || (M === 'GET' && p === `/${name}`)) return page(filterBy(list, { ...q, ...b }, fields), q, b);
		if (M === 'GET' && (m = new RegExp(`^/${name}/([^/]+)$`).exec(p))) return byId(list, decodeURIComponent(m[1]), name);
	}
	if (M === 'POST' && p === '/vehicles') {
		if (!b.plateNo) fail(400, 40001, 'plateNo is required');
		const dup = s.vehicles.find((v) => v.plateNo === b.plateNo || (b.outerId && v.outerId === b.outerId));
		if (dup) fail(409, 40901, `vehicle already exists (${dup.outerId === b.outerId ? 'outerId' : 'plateNo'})`, { id: dup.id });
		const v = { id: String(900000 + ++s._seq), status: 'idle', ...b };
		s.vehicles.push(v);
		return v;
	}
	if (M === 'PUT' && (m = /^\/vehicles\/([^/]+)$/.exec(p))) return Object.assign(byId(s.vehicles, m[1], 'vehicle'), b);
	if (M === 'POST' && p === '/vehicle-requests') {
		for (const f of ['outerId', 'applicantMobile', 'startTime', 'endTime', 'origin', 'destination']) if (!b[f]) fail(400, 40001, `${f} is required`);
		if (Number(b.endTime) < Number(b.startTime)) fail(400, 40001, 'endTime must not be before startTime');
		const dup = s.vehicleRequests.find((r) => r.outerId === b.outerId);
		if (dup) fail(409, 40901, 'outerId already used', { id: dup.id });
		const r = { id: String(300000 + ++s._seq), status: 'pending', createdAt: Date.now(), ...b };
		s.vehicleRequests.push(r);
		return r;
	}
	if (M === 'POST' && (m = /^\/vehicle-requests\/([^/]+)\/(approve|reject|cancel)$/.exec(p))) {
		const r = byId(s.vehicleRequests, m[1], 'vehicle request');
		if (r.status !== 'pending' && !(m[2] === 'cancel' && r.status === 'approved')) fail(400, 40001, `request is ${r.status}`);
		r.status = { approve: 'approved', reject: 'rejected', cancel: 'cancelled' }[m[2]];
		if (m[2] === 'approve') Object.assign(r, { vehicleId: b.vehicleId || s.vehicles.find((v) => v.status === 'idle')?.id, driverId: b.driverId || s.drivers[0]?.id });
		return r;
	}
	if (M === 'POST' && p === '/event/subscriptions') {
		if (!b.url || !/^https?:\/\//.test(b.url)) fail(400, 40001, 'url is required (http/https)');
		const events = Array.isArray(b.events) && b.events.length ? b.events : EVENT_TYPES;
		const unknown = events.filter((e) => !EVENT_TYPES.includes(e));
		if (unknown.length) fail(400, 40001, `unknown events: ${unknown.join(', ')}`);
		const sub = { id: String(100 + ++s._seq), url: b.url, events, secret: randomToken(16), createdAt: Date.now() };
		s.subscriptions.push(sub);
		return { id: sub.id, secret: sub.secret };
	}
	if (M === 'GET' && p === '/event/subscriptions') return page(s.subscriptions.map(({ secret, ...x }) => x), q, b);
	if (M === 'DELETE' && (m = /^\/event\/subscriptions\/([^/]+)$/.exec(p))) {
		const at = s.subscriptions.findIndex((x) => x.id === m[1]);
		if (at < 0) fail(404, 40401, `subscription ${m[1]} not found`);
		s.subscriptions.splice(at, 1);
		return {};
	}
	return undefined;
}

async function handle(ctx) {
	const s = ctx.state();
	const creds = ctx.credentials;
	const prefix = String(ctx.config.pathPrefix ?? '/openapi/v1').replace(/\/+$/, '');
	const answer = (status, code, message, data) => ({ status, body: data === undefined ? { code, message } : { code, message, data } });
	if (!ctx.path.startsWith(prefix + '/')) return answer(404, 40401, `unknown path ${ctx.path}`);
	ctx.route = ctx.path.slice(prefix.length);
	const parsed = ctx.raw ? safeJson(ctx.raw) : { ok: true, value: {} };
	if (ctx.method === 'POST' && ctx.route === '/auth/token') {
		const b = parsed.ok ? parsed.value || {} : {};
		if (b.appKey !== creds.appKey || b.appSecret !== creds.appSecret) return answer(401, 40100, 'invalid appKey or appSecret');
		const { token, expiresIn } = ctx.core.issueToken('zhiguanche', b.appKey);
		return answer(200, 0, 'success', { accessToken: token, expiresIn });
	}
	const auth = String(ctx.headers.authorization || '');
	if (ctx.core.checkToken('zhiguanche', auth.replace(/^Bearer\s+/i, '')).verdict !== 'ok') return answer(401, 40101, 'access token missing, invalid or expired');
	const h = ctx.headers;
	const timestamp = String(h['x-timestamp'] || '');
	const nonce = String(h['x-nonce'] || '');
	const expected = signRequest(creds.appSecret, { method: ctx.method, path: ctx.fullPath, rawQuery: ctx.rawQuery, timestamp, nonce, body: ctx.raw });
	if (h['x-app-key'] !== creds.appKey || !safeEqual(expected, String(h['x-signature'] || ''))) {
		ctx.entry.signature = h['x-signature'] ? 'bad' : 'missing';
		return answer(403, 40301, 'signature mismatch');
	}
	ctx.entry.signature = 'ok';
	if (!/^\d{13}$/.test(timestamp) || Math.abs(Date.now() - Number(timestamp)) > 300e3) return answer(403, 40302, 'timestamp outside ±5 minutes');
	const now = Date.now();
	for (const [k, at] of s._nonces) if (now - at > 600e3) s._nonces.delete(k);
	if (s._nonces.has(nonce)) return answer(403, 40303, 'nonce already used');
	s._nonces.set(nonce, now);
	const fault = ctx.fault();
	if (fault) return fault;
	if (!parsed.ok) return answer(400, 40001, 'body is not valid JSON');
	try {
		const data = routes(ctx, s, parsed.value || {}, ctx.query);
		if (data === undefined) return answer(404, 40401, `unknown endpoint ${ctx.method} ${ctx.path}`);
		return answer(200, 0, 'success', data);
	} catch (error) {
		if (error instanceof ZgcError) return answer(error.status, error.code, error.message, error.data);
		throw error;
	}
}

async function emit(core, request) {
	const s = core.state('zhiguanche');
	const sub = s.subscriptions.find((x) => x.url === request.url) || s.subscriptions[0];
	const secret = request.secret || (sub && sub.secret);
	if (!secret) return { status: 0, error: 'no secret: pass `secret` or create a subscription first (POST /openapi/v1/event/subscriptions)' };
	const eventType = request.event || 'vehicle.returned';
	const vehicle = s.vehicles[0];
	const data = request.payload ?? { vehicleId: vehicle.id, plateNo: vehicle.plateNo, mileage: vehicle.mileage, occurredBy: 'sandbox' };
	const build = (variant) => {
		const timestamp = String(variant === 'stale' ? Date.now() - 10 * 60e3 : Date.now());
		const nonce = randomAlnum(16);
		const body = JSON.stringify({ eventId: `evt-${randomToken(8)}`, eventType, occurredAt: Date.now(), data });
		const signature = hmacSha256(variant === 'forged' ? `${secret}x` : secret, `${timestamp}\n${nonce}\n${body}`);
		return { headers: { 'content-type': 'application/json', 'X-Zgc-Timestamp': timestamp, 'X-Zgc-Nonce': nonce, 'X-Zgc-Signature': signature }, body };
	};
	const variant = request.variant || 'valid';
	if (!['valid', 'forged', 'stale', 'replay'].includes(variant)) return { status: 0, error: `unknown variant "${variant}"` };
	return runVariant(variant, async (v) => deliver(request.url, build(v)));
}

module.exports = {
	defaultTtlSeconds: 7200,
	createState,
	handle,
	emit,
	defaultConfig: (creds) => ({ pathPrefix: creds.pathPrefix || '/openapi/v1' }),
	faultAnswer: (f) => ({ status: f.status || 400, body: { code: Number(f.code ?? f.errno ?? 40001), message: f.message || f.errmsg || 'fault' } }),
	transportFault: (kind, ctx, message) => (kind === '429' ? { status: 429, body: { code: 42901, message: 'rate limit' } } : { status: 500, body: { code: 50000, message: message || 'system error' } }),
	isAuthPath: (p) => p.endsWith('/auth/token'),
	stringToSign,
	signRequest,
	canonicalQuery,
	EVENT_TYPES,
};
