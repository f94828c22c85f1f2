// Property tests (fast-check): for any parameters, any unicode, any body bytes, the request each credential's
// signer produces verifies with the sandbox's independent verifier (sandbox/, written from the vendor
// documents — no signing code shared). Runs per property: FC_RUNS (default 100; e.g. FC_RUNS=2000 locally).
const fc = require('fast-check');
const SANDBOX = require('../../sandbox/credentials.json');
const didiSandbox = require('../../sandbox/vendors/didi');
const { signRequest: zgcSandboxSign } = require('../../sandbox/vendors/zhiguanche/sign');
const { md5 } = require('../../sandbox/lib/util');
const { signDidiRequest } = require('../../credentials/signing/didi');
const { signZeyiRequest } = require('../../credentials/signing/zeyi');
const { signZhiguancheRequest } = require('../../credentials/signing/zhiguanche');
const { applyHoseToken } = require('../../credentials/signing/hose');
const { applyZhenlingToken } = require('../../credentials/signing/zhenling');

const RUNS = Number(process.env.FC_RUNS || 100);
const options = { numRuns: RUNS };

/**
 * Parameter names and values: any unicode (the full code-point range, astral included; keys non-empty).
 * DiDi sorts the names in byte order (didi.md "Signing" step 3: plain byte/ASCII order) — UTF-8 byte order,
 * which is code-point order, not JavaScript's UTF-16 code-unit `<` (the two differ between U+E000–U+FFFF and
 * the astral planes; the DiDi credential used `<` until fast-check found it).
 */
const RESERVED = ['sign', 'sign_key', 'client_id', 'access_token', 'timestamp', 'accessToken', '__proto__', 'constructor'];
const key = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_]{1,12}$/), fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })).filter((k) => !RESERVED.includes(k));
const value = fc.string({ unit: 'grapheme', maxLength: 40 });
const params = fc.dictionary(key, value, { maxKeys: 8 });
/** The sandbox parses a received query like Node's URLSearchParams over the raw query text. */
const parseQuery = (url) => Object.fromEntries(new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : ''));
const rawQueryOf = (url) => (url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
const pathOf = (url) => new URL(url).pathname;

describe('DiDi: sign over the posted fields (sha256 and md5) verifies with the sandbox', () => {
	const credentials = (signMethod) => ({ ...SANDBOX.didi, baseUrl: 'http://127.0.0.1:1/didi', signMethod, accessToken: 'tok-1' });

	it('names sort in UTF-8 byte order, not UTF-16 code units: U+E000 before U+10000 (and both after ASCII)', () => {
		// UTF-16: "\u{10000}" is D800 DC00, before E000; UTF-8: F0 90 80 80 after EE 80 80.
		const fields = { '\u{10000}': 'astral', '\uE000': 'private-use', z: 'ascii' };
		const out = signDidiRequest(credentials('md5'), { method: 'POST', url: '/river/Approval/create', body: fields }, 1_700_000_000);
		const received = JSON.parse(String(out.body));
		expect(didiSandbox.sign(received, SANDBOX.didi.signKey, 'md5')).toBe(received.sign);
		const { didiSignString } = require('../../credentials/signing/didi');
		const text = didiSignString(received, SANDBOX.didi.signKey);
		expect(text.indexOf('z=ascii') < text.indexOf('\uE000=private-use') && text.indexOf('\uE000=private-use') < text.indexOf('\u{10000}=astral')).toBe(true);
	});

	it.each(['sha256', 'md5'])('POST JSON body, any fields (%s)', (signMethod) => {
		fc.assert(
			fc.property(params, fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }), (fields, now) => {
				const out = signDidiRequest(credentials(signMethod), { method: 'POST', url: '/river/Approval/create', body: fields }, now);
				const received = JSON.parse(String(out.body));
				expect(didiSandbox.sign(received, SANDBOX.didi.signKey, signMethod)).toBe(received.sign);
				for (const [k, v] of Object.entries(fields)) expect(received[k]).toBe(v);
			}),
			options,
		);
	});

	it('GET query, any fields: the sandbox reads the query as sent and the sign matches', () => {
		fc.assert(
			fc.property(params, (fields) => {
				const out = signDidiRequest(credentials('sha256'), { method: 'GET', url: '/river/Member/get', qs: fields }, 1_700_000_000);
				const received = parseQuery(`http://x${out.url}`);
				expect(didiSandbox.sign(received, SANDBOX.didi.signKey, 'sha256')).toBe(received.sign);
				for (const [k, v] of Object.entries(fields)) expect(received[k]).toBe(v);
			}),
			options,
		);
	});
});

describe('Zeyi: md5(appKey + appSecret + timestamp + nonce + body) verifies with the sandbox formula', () => {
	const credentials = { ...SANDBOX.zeyi, baseUrl: 'http://127.0.0.1:1/zeyi', accessToken: 'tok-1' };
	it('any JSON body with any unicode, any timestamp', () => {
		fc.assert(
			fc.property(fc.dictionary(key, fc.oneof(value, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxKeys: 8 }), fc.integer({ min: 1, max: 4_000_000_000_000 }), (fields, now) => {
				const out = signZeyiRequest(credentials, { method: 'POST', url: '/api/x', body: fields, headers: {} }, now);
				const h = /** @type {any} */ (out.headers);
				const data = String(out.body ?? ''); // an empty object is sent without a body
				expect(h.sign).toBe(md5(`${h.appKey}${SANDBOX.zeyi.appSecret}${h.timestamp}${h.nonce}${data}`));
				expect(h.timestamp).toBe(String(now));
			}),
			options,
		);
	});
	it('any body bytes sent as text', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				const text = Buffer.from(bytes).toString('utf8');
				const out = signZeyiRequest(credentials, { method: 'POST', url: '/api/x', body: text, headers: {} }, 1_700_000_000_000);
				const h = /** @type {any} */ (out.headers);
				expect(h.sign).toBe(md5(`${h.appKey}${SANDBOX.zeyi.appSecret}${h.timestamp}${h.nonce}${out.body ?? ''}`));
			}),
			options,
		);
	});
});

describe('ZhiGuanChe: HMAC over METHOD / path / canonical query / timestamp / nonce / sha256(body) verifies with the sandbox', () => {
	const credentials = { ...SANDBOX.zhiguanche, baseUrl: 'http://127.0.0.1:1/zhiguanche', accessToken: 'tok-1' };
	it('any query parameters, any body bytes, any method', () => {
		fc.assert(
			fc.property(params, fc.uint8Array({ maxLength: 200 }), fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), (qs, bytes, method) => {
				const body = method === 'GET' ? undefined : Buffer.from(bytes).toString('utf8');
				const out = signZhiguancheRequest(credentials, { method, url: '/vehicles', qs, body, headers: {} }, 1_700_000_000_000);
				const h = /** @type {any} */ (out.headers);
				const parts = { method, path: pathOf(out.url), rawQuery: rawQueryOf(out.url), timestamp: h['X-Timestamp'] ?? h['x-timestamp'], nonce: h['X-Nonce'] ?? h['x-nonce'], body: out.body ?? '' };
				expect(String(h['X-Signature'] ?? h['x-signature']).toLowerCase()).toBe(zgcSandboxSign(SANDBOX.zhiguanche.appSecret, parts));
				expect(parseQuery(out.url)).toEqual(Object.fromEntries(Object.entries(qs)));
			}),
			options,
		);
	});
});

describe('Hose and Zhenling sign nothing: the token reaches the sandbox where it reads it, and any query survives', () => {
	it('Hose: accessToken in the query beside any parameters', () => {
		fc.assert(
			fc.property(params, fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() === t && t.length > 0), (qs, token) => {
				const out = applyHoseToken({ ...SANDBOX.hose, baseUrl: 'http://127.0.0.1:1/hose', accessToken: token }, { method: 'GET', url: '/api/openapi/v1/staffs', qs });
				// n8n appends `qs` to the URL when it sends the request.
				const received = { ...parseQuery(String(out.url)), .../** @type {any} */ (out.qs) };
				expect(received.accessToken).toBe(token);
				for (const [k, v] of Object.entries(qs)) if (k !== 'accessToken') expect(received[k]).toBe(v);
			}),
			options,
		);
	});
	it('Zhenling: Bearer token in the Authorization header, any token text', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 60 }).filter((t) => /^[\x21-\x7e]+$/.test(t)), (token) => {
				const out = applyZhenlingToken({ ...SANDBOX.zhenling, baseUrl: 'http://127.0.0.1:1/zhenling', accessToken: token }, { method: 'GET', url: '/api/v1/x', headers: {} });
				const auth = Object.entries(/** @type {any} */ (out.headers)).find(([k]) => k.toLowerCase() === 'authorization');
				expect(auth && auth[1]).toBe(`Bearer ${token}`);
			}),
			options,
		);
	});
});
