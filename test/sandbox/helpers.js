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
		async post(p, extra = {}, { sign = true, mutate } = {}) {
			const params = client.params(extra);
			if (sign) params.sign = didiSign(params, signKey, signMethod);
			if (mutate) mutate(params);
			const res = await fetch(`${base}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
			return { http: res.status, ...(await res.json()) };
		},
		async get(p, extra = {}, { sign = true, mutate } = {}) {
			const params = client.params(extra);
			if (sign) params.sign = didiSign(params, signKey, signMethod);
			if (mutate) mutate(params);
			const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
			const res = await fetch(`${base}${p}?${qs}`);
			return { http: res.status, ...(await res.json()) };
		},
	};
	return client;
}

/** A local receiver for emit: records raw body + headers, answers with `answer(req)` (default 200 ok). */
async function receiver(answer = () => ({ status: 200, body: { ok: true } })) {
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
	await new Promise((r) => server.listen(0, '127.0.0.1', r));
	return { url: `http://127.0.0.1:${server.address().port}/hook`, received, close: () => new Promise((r) => server.close(r)) };
}

module.exports = { start, CREDS, didiSign, didiClient, receiver, md5, sha256, hmac, CryptoJS };
