'use strict';
// The vendor sandbox: one local server that behaves like DiDi Enterprise, Hose, Zhenling, ZhiGuanChe and Zeyi
// (as specified by their documents), plus a control API under /_sandbox. A dev tool, not published.
//
//   const { createSandbox } = require('./sandbox');
//   const sandbox = await createSandbox({ port: 0, seed: 1, size: 'small', tokenTtlSeconds: 3600 });
//   sandbox.url  // http://127.0.0.1:<port>;  vendor bases: sandbox.url + '/didi' | '/hose' | '/zhenling' | '/zhiguanche' | '/zeyi'
//   await sandbox.close();
const Fastify = require('fastify');
const { generate } = require('./data');
const { rng, hash32, randomToken, safeJson, sleep, matches } = require('./lib/util');
const CREDENTIALS = require('./credentials.json');

const VENDORS = {
	didi: require('./vendors/didi'),
	hose: require('./vendors/hose'),
	zhenling: require('./vendors/zhenling'),
	zhiguanche: require('./vendors/zhiguanche'),
	zeyi: require('./vendors/zeyi'),
};
const VENDOR_NAMES = Object.keys(VENDORS);
const LOG_LIMIT = 5000;
/**
 * Random fault kinds: [kind, rate key]. Before the vendor handles the call: `drop` (connection closed, nothing
 * done), `5xx`, `429` (no Retry-After), `429ra` (with Retry-After), `revoke` (every token of the vendor revoked,
 * then the call is handled: it meets the expiry signal), `slow` (`slowMs` pause, then handled — past a client's
 * timeout the client gave up while the vendor still does the write). After the vendor handled (committed) it:
 * `5xxAfter` (the answer replaced by a 5xx), `dropAfter` (the connection closed instead of answering),
 * `malformed` (the answer cut in half).
 */
const FAULT_KINDS = [
	['drop', 'dropRate'],
	['5xx', 'rate5xx'],
	['429', 'rate429'],
	['malformed', 'malformedRate'],
	['revoke', 'revokeRate'],
	['429ra', 'rate429RetryAfter'],
	['5xxAfter', 'rate5xxAfter'],
	['dropAfter', 'dropAfterRate'],
	['slow', 'slowKindRate'],
];

class HttpError extends Error {
	constructor(status, message) {
		super(message);
		this.status = status;
	}
}

/** Everything the server holds: seeded data, per-vendor state, tokens, config, faults and the request log. */
class Core {
	constructor(options = {}) {
		this.options = options;
		this.seed = Number(options.seed ?? 1);
		this.size = options.size === 'large' ? 'large' : 'small';
		this.credentials = JSON.parse(JSON.stringify(CREDENTIALS));
		this.log = [];
		this.inbox = new Map(); // name → what a stand-in system (an OA, a dashboard) received
		this.seq = 0;
		this.tokens = new Map(); // token → { vendor, subject, expiresAt }
		this.issued = []; // every token ever issued (and refresh token, `kind: 'refresh'`), for leak scans
		this.faults = {}; // vendor → { random: {...rates, rng}, targeted: [] }
		this.config = {};
		this.states = {};
		for (const name of VENDOR_NAMES) this.config[name] = this.defaultConfig(name);
		this.data = generate({ seed: this.seed, size: this.size });
		// The test suite's secret scan (test/helpers/secret-scan.js) collects the tokens every sandbox issues.
		const cores = /** @type {any} */ (globalThis).__cnEnterpriseSandboxCores;
		if (Array.isArray(cores)) cores.push(this);
	}

	defaultConfig(vendor) {
		const ttl = this.options.tokenTtlSeconds;
		const ttlFor = typeof ttl === 'number' ? ttl : ttl && typeof ttl === 'object' && ttl[vendor] !== undefined ? Number(ttl[vendor]) : VENDORS[vendor].defaultTtlSeconds;
		const modes = (this.options.config && this.options.config[vendor]) || {};
		return { tokenTtlSeconds: ttlFor, ...(VENDORS[vendor].defaultConfig ? VENDORS[vendor].defaultConfig(this.credentials[vendor]) : {}), ...modes };
	}

	/** The vendor's mutable state, built from the seeded data on first use. */
	state(vendor) {
		if (!this.states[vendor]) this.states[vendor] = VENDORS[vendor].createState(this.data, this);
		return this.states[vendor];
	}

	collection(vendor, name) {
		const state = this.state(vendor);
		const value = state[name];
		return typeof value === 'function' ? value() : value;
	}

	/** @param {{ seed?: number | string | null, size?: string, vendor?: string }} [options] */
	reset({ seed, size, vendor } = {}) {
		const newSeed = seed === undefined || seed === null || seed === '' ? this.seed : Number(seed);
		const newSize = size === 'large' || size === 'small' ? size : this.size;
		const targets = vendor ? [vendor] : VENDOR_NAMES;
		if (newSeed !== this.seed || newSize !== this.size) {
			this.seed = newSeed;
			this.size = newSize;
			this.data = generate({ seed: this.seed, size: this.size });
			// A new company for everyone: all vendor states are rebuilt from it.
			for (const name of VENDOR_NAMES) delete this.states[name];
		}
		for (const name of targets) {
			delete this.states[name];
			this.config[name] = this.defaultConfig(name);
			delete this.faults[name];
			this.revoke(name);
		}
		if (vendor) this.log = this.log.filter((e) => e.vendor !== vendor);
		else {
			this.log = [];
			this.inbox.clear();
		}
	}

	// ---- tokens -------------------------------------------------------------------------------------
	issueToken(vendor, subject, { reuse = false } = {}) {
		const now = Date.now();
		if (reuse) {
			for (const [token, info] of this.tokens) {
				if (info.vendor === vendor && info.subject === subject && info.expiresAt > now) {
					return { token, expiresIn: Math.max(0, Math.round((info.expiresAt - now) / 1000)) };
				}
			}
		}
		const ttl = Number(this.config[vendor].tokenTtlSeconds);
		const token = `${vendor.slice(0, 3)}${randomToken(16)}`;
		this.tokens.set(token, { vendor, subject, expiresAt: now + ttl * 1000, issuedAt: now });
		this.issued.push({ vendor, token });
		return { token, expiresIn: ttl };
	}

	/** 'ok' | 'missing' | 'invalid' | 'expired' (+ info). */
	checkToken(vendor, token) {
		if (!token) return { verdict: 'missing' };
		const info = this.tokens.get(token);
		if (!info || info.vendor !== vendor) return { verdict: 'invalid' };
		if (info.expiresAt <= Date.now()) return { verdict: 'expired', info };
		return { verdict: 'ok', info };
	}

	revoke(vendor) {
		let n = 0;
		for (const [token, info] of this.tokens) {
			if (!vendor || info.vendor === vendor) {
				this.tokens.delete(token);
				n++;
			}
		}
		return n;
	}

	// ---- faults -------------------------------------------------------------------------------------
	setFaults(body) {
		const vendor = body.vendor;
		if (!VENDORS[vendor]) throw new HttpError(400, `unknown vendor "${vendor}"`);
		const slot = (this.faults[vendor] = this.faults[vendor] || { random: undefined, targeted: [] });
		if (body.clear) {
			delete this.faults[vendor];
			return { vendor, cleared: true };
		}
		if (body.path !== undefined || body.errno !== undefined || body.code !== undefined || body.errorCode !== undefined || body.body !== undefined) {
			const fault = { ...body, times: body.times === undefined ? 1 : Number(body.times) };
			delete fault.vendor;
			slot.targeted.push(fault);
			return { vendor, targeted: slot.targeted.length };
		}
		const num = (v) => (v === undefined ? 0 : Math.max(0, Math.min(1, Number(v) || 0)));
		const seed = body.seed === undefined ? this.seed : Number(body.seed);
		const rates = Object.fromEntries(FAULT_KINDS.map(([kind, key]) => [key, num(body[key])]));
		// `pattern: 'rotate'`: every round(1 / rate)-th call gets the next kind in turn (each kind equally often,
		// independent of luck); `rate` is the share of calls that get a fault, over `kinds` (default: all).
		const kinds = Array.isArray(body.kinds) ? body.kinds.map(String) : FAULT_KINDS.map(([kind]) => kind);
		for (const kind of kinds) if (!FAULT_KINDS.some(([k]) => k === kind)) throw new HttpError(400, `unknown fault kind "${kind}" (one of ${FAULT_KINDS.map(([k]) => k).join(', ')})`);
		slot.random = {
			...rates,
			slowRate: body.slowRate === undefined ? (body.slowMs && body.pattern !== 'rotate' ? 1 : 0) : num(body.slowRate),
			slowMs: Math.max(0, Number(body.slowMs) || 0),
			retryAfterSeconds: body.retryAfterSeconds === undefined ? 1 : Math.max(0, Number(body.retryAfterSeconds) || 0),
			pattern: body.pattern === 'rotate' ? 'rotate' : 'random',
			rate: num(body.rate),
			kinds,
			calls: 0,
			drawn: Object.fromEntries(FAULT_KINDS.map(([kind]) => [kind, 0])),
			includeAuth: body.includeAuth !== false,
			seed,
			rng: rng(hash32(`${seed}:${vendor}:faults`)),
		};
		const { rng: _rng, ...shown } = slot.random;
		return { vendor, random: shown };
	}

	/** The first targeted fault matching this call (consumed), or undefined. */
	takeTargetedFault(vendor, path, method, query = {}) {
		const slot = this.faults[vendor];
		if (!slot || !slot.targeted.length) return undefined;
		// `query` (optional): the call's query parameters must include these (e.g. one page: { start: '300' }).
		const queryMatches = (f) => !f.query || Object.entries(f.query).every(([k, v]) => query[k] !== undefined && String(query[k]) === String(v));
		const index = slot.targeted.findIndex((f) => (!f.path || path.endsWith(f.path) || path === f.path) && (!f.method || String(f.method).toUpperCase() === method) && queryMatches(f));
		if (index < 0) return undefined;
		const fault = slot.targeted[index];
		fault.times -= 1;
		if (fault.times <= 0) slot.targeted.splice(index, 1);
		return fault;
	}

	/** Draws the transport-level fault for one call: undefined | {kind, ...}. Deterministic from the seed. */
	drawRandomFault(vendor, isAuth) {
		const f = this.faults[vendor] && this.faults[vendor].random;
		if (!f || (isAuth && !f.includeAuth)) return undefined;
		const out = {};
		if (f.pattern === 'rotate') {
			f.calls += 1;
			const every = f.rate > 0 ? Math.max(1, Math.round(1 / f.rate)) : 0;
			if (!every || f.calls % every !== 0 || !f.kinds.length) return undefined;
			out.kind = f.kinds[(f.calls / every - 1) % f.kinds.length];
		} else {
			if (f.slowRate && f.rng() < f.slowRate) out.slowMs = f.slowMs;
			const roll = f.rng();
			let edge = 0;
			for (const [kind, key] of FAULT_KINDS) {
				edge += f[key] || 0;
				if (roll < edge) {
					out.kind = kind;
					break;
				}
			}
		}
		if (out.kind === 'slow') out.slowMs = f.slowMs;
		if (out.kind === '429ra') out.retryAfterSeconds = f.retryAfterSeconds;
		if (out.kind) f.drawn[out.kind] += 1;
		return out.kind || out.slowMs ? out : undefined;
	}

	addLog(entry) {
		entry.seq = ++this.seq;
		this.log.push(entry);
		const limit = Number(this.options.logLimit) || LOG_LIMIT;
		if (this.log.length > limit) this.log.splice(0, this.log.length - limit);
		return entry;
	}
}

function parseQuery(url) {
	const q = url.indexOf('?');
	const rawQuery = q < 0 ? '' : url.slice(q + 1);
	const query = {};
	for (const [k, v] of new URLSearchParams(rawQuery)) query[k] = v;
	return { rawQuery, query, pathname: q < 0 ? url : url.slice(0, q) };
}

const maskHeaders = (headers) => {
	const out = { ...headers };
	if (out.authorization) out.authorization = String(out.authorization).replace(/^(Bearer\s+.{4}).*$/i, '$1…');
	return out;
};

async function handleVendor(core, vendorName, request, reply) {
	const vendor = VENDORS[vendorName];
	const started = Date.now();
	const { rawQuery, query, pathname } = parseQuery(request.raw.url);
	const path = pathname.slice(vendorName.length + 1) || '/';
	const raw = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
	const entry = {
		time: new Date(started).toISOString(),
		vendor: vendorName,
		method: request.method,
		path,
		url: request.raw.url,
		query,
		headers: maskHeaders(request.headers),
		rawBody: raw,
		body: raw,
		signature: 'n/a',
	};
	const ctx = {
		core,
		vendor: vendorName,
		method: request.method,
		path,
		fullPath: pathname,
		rawQuery,
		query,
		headers: request.headers,
		raw,
		rawBuffer: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
		entry,
		config: core.config[vendorName],
		credentials: core.credentials[vendorName],
		state: () => core.state(vendorName),
		/** A targeted fault for this call (after auth/signature), in the vendor's own envelope. */
		fault() {
			const f = core.takeTargetedFault(vendorName, path, request.method, query);
			if (!f) return undefined;
			entry.fault = 'targeted';
			if (f.body !== undefined) return { status: f.status || 200, body: f.body };
			if (f.echoToken) {
				// A vendor error that quotes the token the call carried (as DiDi's 19999 sign string does).
				const seen = [...core.issued].reverse().find(({ token }) => request.raw.url.includes(token) || ctx.raw.includes(token) || JSON.stringify(request.headers).includes(token));
				const quote = ` token=${seen ? seen.token : 'none'}`;
				return vendor.faultAnswer({ ...f, message: `${f.message || f.errmsg || f.errorMessage || 'fault'}${quote}`, errmsg: `${f.errmsg || f.message || 'fault'}${quote}`, errorMessage: `${f.errorMessage || f.message || 'fault'}${quote}` }, ctx);
			}
			return vendor.faultAnswer(f, ctx);
		},
	};
	const isAuth = vendor.isAuthPath ? vendor.isAuthPath(path) : false;
	const random = core.drawRandomFault(vendorName, isAuth);
	let answer;
	try {
		if (random && random.slowMs) {
			entry.slowMs = random.slowMs;
			await sleep(random.slowMs);
		}
		if (random && random.kind === 'revoke') {
			core.revoke(vendorName);
			entry.fault = 'revoke';
		}
		if (random && random.kind === 'drop') {
			entry.fault = 'drop';
			entry.status = 0;
			core.addLog(entry);
			reply.hijack();
			request.raw.socket.destroy();
			return;
		}
		if (random && (random.kind === '5xx' || random.kind === '429' || random.kind === '429ra')) {
			entry.fault = random.kind;
			answer = vendor.transportFault(random.kind === '5xx' ? '5xx' : '429', ctx);
			if (random.kind === '429ra') answer = { ...answer, headers: { ...(answer.headers || {}), 'retry-after': String(random.retryAfterSeconds) } };
		} else {
			answer = await vendor.handle(ctx);
		}
		if (random && random.kind === 'slow') entry.fault = 'slow';
		if (random && random.kind === 'dropAfter') {
			// The vendor did the work; the answer never arrives.
			entry.fault = 'dropAfter';
			entry.status = 0;
			entry.response = answer && answer.body;
			core.addLog(entry);
			reply.hijack();
			request.raw.socket.destroy();
			return;
		}
		if (random && random.kind === '5xxAfter') {
			entry.fault = '5xxAfter';
			entry.committed = answer && answer.body;
			answer = vendor.transportFault('5xx', ctx);
		}
	} catch (error) {
		entry.error = String(error && error.stack ? error.stack.split('\n').slice(0, 3).join(' ') : error);
		answer = vendor.transportFault('5xx', ctx, 'sandbox internal error: ' + String(error && error.message));
	}
	if (!answer) answer = { status: 404, body: { message: `not emulated: ${request.method} ${path}` } };
	const status = answer.status || 200;
	let payload = typeof answer.body === 'string' || Buffer.isBuffer(answer.body) ? answer.body : JSON.stringify(answer.body ?? '');
	if (random && random.kind === 'malformed') {
		entry.fault = 'malformed';
		payload = String(payload).slice(0, Math.max(1, Math.floor(String(payload).length / 2))) + '{"';
	}
	entry.status = status;
	entry.response = Buffer.isBuffer(answer.body) ? `<${answer.body.length} bytes>` : answer.body;
	entry.durationMs = Date.now() - started;
	if (answer.body && typeof answer.body === 'object') {
		if (answer.body.errno !== undefined) entry.errno = answer.body.errno;
		if (answer.body.code !== undefined) entry.code = answer.body.code;
		if (answer.body.errorCode !== undefined) entry.errorCode = answer.body.errorCode;
	}
	core.addLog(entry);
	reply.code(status);
	reply.header('content-type', answer.contentType || 'application/json; charset=utf-8');
	for (const [k, v] of Object.entries(answer.headers || {})) reply.header(k, v);
	return reply.send(payload);
}

async function handleControl(core, request, reply) {
	const { query, pathname } = parseQuery(request.raw.url);
	const route = pathname.replace(/^\/_sandbox/, '') || '/';
	const raw = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
	let body = {};
	if (raw.trim()) {
		const parsed = safeJson(raw);
		if (!parsed.ok) throw new HttpError(400, 'control body must be JSON');
		body = parsed.value || {};
	}
	const m = request.method;
	const vendorOf = (name) => {
		if (!VENDORS[name]) throw new HttpError(400, `unknown vendor "${name}" (one of ${VENDOR_NAMES.join(', ')})`);
		return name;
	};
	if (m === 'GET' && (route === '/' || route === '')) {
		return {
			vendors: Object.fromEntries(VENDOR_NAMES.map((v) => [v, `/${v}`])),
			seed: core.seed,
			size: core.size,
			company: core.data.company,
			collections: Object.fromEntries(VENDOR_NAMES.map((v) => [v, Object.keys(core.state(v)).filter((k) => !k.startsWith('_'))])),
		};
	}
	if (m === 'POST' && route === '/reset') {
		if (body.vendor) vendorOf(body.vendor);
		core.reset(body);
		return { ok: true, seed: core.seed, size: core.size, vendor: body.vendor || 'all' };
	}
	let match = /^\/state\/([^/]+)(?:\/([^/]+))?$/.exec(route);
	if (m === 'GET' && match) {
		const vendor = vendorOf(match[1]);
		if (!match[2]) {
			const state = core.state(vendor);
			return { vendor, collections: Object.keys(state).filter((k) => !k.startsWith('_')) };
		}
		const list = core.collection(vendor, match[2]);
		if (list === undefined) throw new HttpError(404, `no collection "${match[2]}" for ${vendor}`);
		const items = Array.isArray(list) ? list : list instanceof Map ? [...list.values()] : [list];
		const filtered = items.filter((r) => matches(r, query));
		const offset = Number(query._offset) || 0;
		const limit = query._limit === undefined ? filtered.length : Number(query._limit);
		return { vendor, collection: match[2], total: filtered.length, records: filtered.slice(offset, offset + limit) };
	}
	if (route === '/log') {
		if (m === 'DELETE') {
			const before = core.log.length;
			core.log = query.vendor ? core.log.filter((e) => e.vendor !== query.vendor) : [];
			return { ok: true, removed: before - core.log.length };
		}
		if (m === 'GET') {
			let entries = core.log;
			if (query.vendor) entries = entries.filter((e) => e.vendor === query.vendor);
			if (query.path) entries = entries.filter((e) => e.path.includes(query.path));
			if (query.limit) entries = entries.slice(-Number(query.limit));
			return entries;
		}
	}
	if (m === 'POST' && route === '/faults') {
		vendorOf(body.vendor);
		return core.setFaults(body);
	}
	if (m === 'GET' && route === '/faults') {
		return Object.fromEntries(Object.entries(core.faults).map(([v, f]) => [v, { random: f.random && { ...f.random, rng: undefined }, targeted: f.targeted }]));
	}
	if (m === 'GET' && route === '/tokens/issued') {
		return { total: core.issued.length, records: core.issued };
	}
	if (m === 'POST' && route === '/tokens/revoke') {
		if (body.vendor) vendorOf(body.vendor);
		return { ok: true, revoked: core.revoke(body.vendor) };
	}
	if (m === 'POST' && route === '/config') {
		const vendor = vendorOf(body.vendor);
		/** @type {Record<string, any>} */
		const { vendor: _v, ...changes } = body;
		const config = core.config[vendor];
		if (VENDORS[vendor].applyConfig) VENDORS[vendor].applyConfig(config, changes, core);
		else Object.assign(config, changes);
		if (changes.tokenTtlSeconds !== undefined) {
			config.tokenTtlSeconds = Number(changes.tokenTtlSeconds);
			// Existing tokens follow the new lifetime (counted from their issue time).
			for (const info of core.tokens.values()) if (info.vendor === vendor) info.expiresAt = info.issuedAt + config.tokenTtlSeconds * 1000;
		}
		return { vendor, config: { ...config } };
	}
	if (m === 'GET' && route === '/config') return core.config;
	if (m === 'GET' && route === '/credentials') return core.credentials;
	const inbox = /^\/inbox\/([\w.-]+)$/.exec(route);
	if (inbox) {
		// A stand-in for the customer's own systems (OA write-back, dashboard feed): records what it is sent.
		const list = core.inbox.get(inbox[1]) || [];
		core.inbox.set(inbox[1], list);
		if (m === 'POST' || m === 'PUT') {
			list.push({ at: Date.now(), method: m, body });
			return { ok: true, received: list.length };
		}
		if (m === 'GET') return { total: list.length, records: list };
		if (m === 'DELETE') return { ok: true, removed: list.splice(0).length };
	}
	if (m === 'POST' && route === '/emit') {
		const vendor = vendorOf(body.vendor);
		if (!body.url) throw new HttpError(400, 'emit needs a url');
		return await VENDORS[vendor].emit(core, body);
	}
	throw new HttpError(404, `unknown control route ${m} ${route}`);
}

/**
 * Starts the sandbox. Options: port (0 = random, default 8787 only from the CLI), host (127.0.0.1), seed (1),
 * size ('small' | 'large'), tokenTtlSeconds (number or per-vendor object), config (per-vendor modes, the keys of
 * POST /_sandbox/config, e.g. { didi: { signMethod: 'md5' }, zeyi: { signData: 'none' } }; kept across resets), quiet, logLimit (request-log entries kept, 5000).
 */
async function createSandbox(options = {}) {
	const core = new Core(options);
	// 64 MB: a 20 MB contract file as multipart (Zhenling 3.4) plus room; the Zhenling bench row uploads 20 MB.
	const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024, forceCloseConnections: true });
	app.removeAllContentTypeParsers();
	app.addContentTypeParser('*', { parseAs: 'buffer' }, (req, body, done) => done(null, body));
	const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
	app.setErrorHandler((/** @type {any} */ error, request, reply) => {
		reply.code(error.status || error.statusCode || 500).send({ error: error.message });
	});
	app.route({ method: methods, url: '/_sandbox', handler: (req, reply) => handleControl(core, req, reply) });
	app.route({ method: methods, url: '/_sandbox/*', handler: (req, reply) => handleControl(core, req, reply) });
	for (const name of VENDOR_NAMES) {
		app.route({ method: methods, url: `/${name}`, handler: (req, reply) => handleVendor(core, name, req, reply) });
		app.route({ method: methods, url: `/${name}/*`, handler: (req, reply) => handleVendor(core, name, req, reply) });
	}
	const host = options.host || '127.0.0.1';
	await app.listen({ port: options.port === undefined ? 0 : Number(options.port), host });
	const { port } = /** @type {import('node:net').AddressInfo} */ (app.server.address());
	const url = `http://${host}:${port}`;
	if (!options.quiet && options.announce) process.stdout.write(`sandbox listening on ${url}\n`);
	return {
		url,
		port,
		state: core,
		core,
		credentials: (vendor) => ({ ...core.credentials[vendor], baseUrl: `${url}/${vendor}` }),
		emit: (body) => VENDORS[body.vendor].emit(core, body),
		/** Same as POST /_sandbox/config: switch a vendor's modes, e.g. configure('didi', { signMethod: 'md5' }). */
		configure: (vendor, changes) => {
			const config = core.config[vendor];
			if (VENDORS[vendor].applyConfig) VENDORS[vendor].applyConfig(config, changes, core);
			else Object.assign(config, changes);
			return { ...config };
		},
		close: async () => {
			await app.close();
		},
	};
}

/** Acts as a vendor outside a running server: POSTs a signed callback (see each vendor's emit). */
async function emit(body, core = new Core({})) {
	if (!VENDORS[body.vendor]) throw new Error(`unknown vendor "${body.vendor}"`);
	return VENDORS[body.vendor].emit(core, body);
}

module.exports = { createSandbox, emit, VENDOR_NAMES, Core };
