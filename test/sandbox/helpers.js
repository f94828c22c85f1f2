// Contract-test helpers: raw HTTP clients that build requests from the vendor documents (signing with
// crypto-js, independent of both sandbox/ and credentials/), a sandbox per file, a local receiver for emit.
const http = require('node:http');
const path = require('node:path');
const CryptoJS = require('crypto-js');

const ROOT = path.resolve(__dirname, '../..');
const CREDS = require(path.join(ROOT, 'sandbox/credentials.json'));

const md5 = (s) => CryptoJS.MD5(CryptoJS.enc.Utf8.parse(s)).toString();
const sha256 = (s) => CryptoJS.SHA256(CryptoJS.enc.Utf8.parse(s)).toString();
const hmac = (key, s) => CryptoJS.HmacSHA256(CryptoJS.enc.Utf8.parse(s), CryptoJS.enc.Utf8.parse(key)).toString();

async function start(options = {}) {
	const { createSandbox } = require(path.join(ROOT, 'sandbox'));
	const sandbox = await createSandbox({ port: 0, quiet: true, ...options });
	const control = async (method, route, body) => {
		const res = await fetch(`${sandbox.url}/_sandbox${route}`, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		try {
			return JSON.parse(text);
		} catch {
			return text;
		}
	};
	return { sandbox, url: sandbox.url, control, close: () => sandbox.close() };
}

/** DiDi: sorted k=v + sign_key (didi.md "Signing"), MD5 or SHA-256. */
function didiSign(params, signKey, method = 'sha256') {
	const all = { ...params, sign_key: signKey };
	delete all.sign;
	const str = Object.keys(all)
		.filter((k) => all[k] !== undefined && all[k] !== null)
		.sort()
		.map((k) => `${k}=${all[k]}`)
		.join('&');
	return method === 'md5' ? md5(str) : sha256(str);
}

function didiClient(url, { signMethod = 'sha256', signKey = CREDS.didi.signKey } = {}) {
	const base = `${url}/didi`;
	const c = CREDS.didi;
	const client = {
		token: '',
		now: () => Math.floor(Date.now() / 1000),
		async authorize(overrides = {}) {
			/** @type {Record<string, any>} */
			const body = { client_id: c.clientId, client_secret: c.clientSecret, grant_type: 'client_credentials', timestamp: client.now(), ...overrides };
			if (!('sign' in overrides)) body.sign = didiSign(body, signKey, signMethod);
			const res = await fetch(`${base}/river/Auth/authorize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
			const json = await res.json();
			if (json.access_token) client.token = json.access_token;
			return json;
		},
		params(extra) {
			return { client_id: c.clientId, access_token: client.token, company_id: c.companyId, timestamp: client.now(), ...extra };
		},
		/** @param {string} p @param {Record<string, any>} [extra] @param {{ sign?: boolean, mutate?: (params: Record<string, any>) => void }} [options] */
		async post(p, extra = {}, { sign = true, mutate } = {}) {
			const params = client.params(extra);
			if (sign) params.sign = didiSign(params, signKey, signMethod);
			if (mutate) mutate(params);
			const res = await fetch(`${base}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
			return { http: res.status, ...(await res.json()) };
		},
		/** @param {string} p @param {Record<string, any>} [extra] @param {{ sign?: boolean, mutate?: (params: Record<string, any>) => void }} [options] */
		async get(p, extra = {}, { sign = true, mutate } = {}) {
			const params = client.params(extra);
			if (sign) params.sign = didiSign(params, signKey, signMethod);
			if (mutate) mutate(params);
			const qs = new URLSearchParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))).toString();
			const res = await fetch(`${base}${p}?${qs}`);
			return { http: res.status, ...(await res.json()) };
		},
	};
	return client;
}

/**
 * A local receiver for emit: records raw body + headers, answers with `answer(req)` (default 200 ok).
 * @typedef {{ method?: string, url?: string, headers: import('node:http').IncomingHttpHeaders, raw: string }} ReceivedCall
 * @param {(call: ReceivedCall, received: ReceivedCall[]) => { status: number, body: unknown }} [answer]
 */
async function receiver(answer = () => ({ status: 200, body: { ok: true } })) {
	/** @type {ReceivedCall[]} */
	const received = [];
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (d) => chunks.push(d));
		req.on('end', () => {
			const call = { method: req.method, url: req.url, headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') };
			received.push(call);
			const { status, body } = answer(call, received);
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(typeof body === 'string' ? body : JSON.stringify(body));
		});
	});
	await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise((r) => server.close(r)) };
}

/** ZhiGuanChe: HMAC-SHA256 over METHOD\nPATH\nCANONICAL_QUERY\nTIMESTAMP\nNONCE\nSHA256(body) (docs/vendors/zhiguanche.md). */
const rfc3986 = (v) => encodeURIComponent(v).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`);
function zgcClient(url, { appKey = CREDS.zhiguanche.appKey, appSecret = CREDS.zhiguanche.appSecret } = {}) {
	let n = 0;
	const client = {
		token: '',
		async auth(body = { appKey, appSecret }) {
			const res = await fetch(`${url}/zhiguanche/openapi/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
			const json = { http: res.status, ...(await res.json()) };
			if (json.data && json.data.accessToken) client.token = json.data.accessToken;
			return json;
		},
		/** One signed call; `o` may override ts, nonce, secret, token, sentBody (send other bytes than signed). */
		async call(method, route, o = {}) {
			const path = `/zhiguanche/openapi/v1${route}`;
			const query = o.query || {};
			const raw = o.body === undefined ? '' : JSON.stringify(o.body);
			const ts = o.ts || String(Date.now());
			const nonce = o.nonce || `${Date.now().toString(36)}${String(++n).padStart(8, '0')}`.slice(-16).padStart(16, '0');
			const canonical = Object.entries(query).map(([k, v]) => [k, String(v)]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
			const signature = hmac(o.secret || appSecret, [method, path, canonical, ts, nonce, sha256(raw)].join('\n'));
			const qs = new URLSearchParams(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]))).toString();
			const headers = { Authorization: `Bearer ${o.token ?? client.token}`, 'X-App-Key': appKey, 'X-Timestamp': ts, 'X-Nonce': nonce, 'X-Signature': signature };
			if (raw) headers['content-type'] = 'application/json';
			const res = await fetch(`${url}${path}${qs ? `?${qs}` : ''}`, { method, headers, body: o.sentBody ?? (raw || undefined) });
			return { http: res.status, ...(await res.json()) };
		},
	};
	return client;
}

/** Polls `check` until it returns truthy (event deliveries are asynchronous). */
async function until(check, tries = 100) {
	for (let i = 0; i < tries; i++) {
		const value = await check();
		if (value) return value;
		await new Promise((r) => setTimeout(r, 20));
	}
	throw new Error('condition not reached');
}

module.exports = { start, CREDS, didiSign, didiClient, zgcClient, until, receiver, md5, sha256, hmac, CryptoJS };
