// ZhiGuanChe credential: path prefix / login path as typed by a user, the token answer, event timestamps, and
// the signed request (URL below base + prefix, query canonical, headers) — vendors/zhiguanche.md. Complements
// zhiguanche.test.js.
const zgc = require('../../../credentials/signing/zhiguanche');
const { hmacSha256Hex, sha256Hex } = require('../../../credentials/signing/common');

const creds = (extra = {}) => ({ baseUrl: 'https://zgc.example', appKey: 'ak', appSecret: 'as', ...extra });

describe('credential fields', () => {
	it.each([
		[undefined, '/openapi/v1'],
		[null, '/openapi/v1'],
		['  /api/v2/  ', '/api/v2'],
		['//api//', '/api'],
		['', ''],
		['/', ''],
	])('Path Prefix %j → %j', (pathPrefix, expected) => {
		expect(zgc.zhiguanchePathPrefix({ pathPrefix })).toBe(expected);
	});
	it.each([['/a b'], ['/a?x'], ['/a#x']])('Path Prefix %j is refused (spaces, query, fragment)', (pathPrefix) => {
		expect(() => zgc.zhiguanchePathPrefix({ pathPrefix })).toThrow('Path Prefix (pathPrefix) must be a path without spaces, query or fragment');
	});
	it.each([['https://zgc.example/api'], ['HTTP://x'], ['http:x']])('Path Prefix %j is refused: a URL', (pathPrefix) => {
		expect(() => zgc.zhiguanchePathPrefix({ pathPrefix })).toThrow('Path Prefix (pathPrefix) must be a path, not a URL');
	});
	it('a prefix that merely contains "http:" later is a path', () => {
		expect(zgc.zhiguanchePathPrefix({ pathPrefix: '/proxy/http:8080' })).toBe('/proxy/http:8080');
	});
	it.each([
		[undefined, '/auth/token'],
		['  ', '/auth/token'],
		['oauth/token', '/oauth/token'],
		['///login', '/login'],
		['/a//b', '/a//b'],
		['/proxy/http:8080/token', '/proxy/http:8080/token'],
	])('Login Path %j → %j', (loginPath, expected) => {
		expect(zgc.zhiguancheLoginPath({ loginPath })).toBe(expected);
	});
	it.each([['/a b'], ['/a?x'], ['/a#x'], ['https://zgc.example/auth'], ['http:x']])('Login Path %j is refused', (loginPath) => {
		expect(() => zgc.zhiguancheLoginPath({ loginPath })).toThrow('Login Path (loginPath) must be a path like /auth/token');
	});
	it('the token body needs App Key and App Secret', () => {
		expect(zgc.zhiguancheTokenBody(creds())).toEqual({ appKey: 'ak', appSecret: 'as' });
		expect(() => zgc.zhiguancheTokenBody(creds({ appKey: '' }))).toThrow('App Key (appKey) is required');
		expect(() => zgc.zhiguancheTokenBody(creds({ appSecret: ' ' }))).toThrow('App Secret (appSecret) is required');
	});
	it('requests are signed unless Request Signing is "token"', () => {
		expect(zgc.zhiguancheSignsRequests({})).toBe(true);
		expect(zgc.zhiguancheSignsRequests({ requestSigning: 'hmac' })).toBe(true);
		expect(zgc.zhiguancheSignsRequests({ requestSigning: 'token' })).toBe(false);
	});
});

describe('token answer', () => {
	it('the token and expiresIn, with code 0 or no code', () => {
		expect(zgc.parseZhiguancheToken({ code: 0, data: { accessToken: 't', expiresIn: 7200 } }, creds(), 200)).toEqual({ accessToken: 't', expiresIn: 7200 });
		expect(zgc.parseZhiguancheToken({ data: { accessToken: 't' } }, creds())).toEqual({ accessToken: 't', expiresIn: undefined });
		expect(zgc.parseZhiguancheToken({ code: '0', data: { accessToken: 't' } }, creds(), 399)).toEqual({ accessToken: 't', expiresIn: undefined });
	});
	it.each([
		[{ code: 40100, message: 'invalid appKey or appSecret', data: { accessToken: 't' } }, 200, 'ZhiGuanChe token request failed (40100): invalid appKey or appSecret. Check App Key and App Secret.', '40100'],
		[{ code: 0, data: { accessToken: 't' } }, 400, 'ZhiGuanChe token request failed (0): no accessToken in the answer. Check App Key and App Secret.', '0'],
		[{ data: { accessToken: 5 } }, undefined, 'ZhiGuanChe token request failed: no accessToken in the answer. Check App Key and App Secret.', undefined],
		[{ data: { accessToken: '' } }, 500, 'ZhiGuanChe token request failed (500): no accessToken in the answer. Check App Key and App Secret.', '500'],
		[null, 502, 'ZhiGuanChe token request failed (502): no accessToken in the answer. Check App Key and App Secret.', '502'],
		[null, undefined, 'ZhiGuanChe token request failed: no accessToken in the answer. Check App Key and App Secret.', undefined],
	])('%j (HTTP %s) fails: %s', (body, status, message, code) => {
		let error;
		try {
			zgc.parseZhiguancheToken(body, creds(), status);
		} catch (e) {
			error = e;
		}
		expect(error && error.message).toBe(message);
		expect(error.vendorCode).toBe(code);
	});
	it('a new token is fetched on HTTP 401 only', () => {
		expect(zgc.isZhiguancheTokenExpired(401)).toBe(true);
		expect(zgc.isZhiguancheTokenExpired(403)).toBe(false);
	});
});

describe('events', () => {
	const body = '{"eventId":"e1"}';
	const signed = (timestamp, extra = {}) => ({ secret: 's', timestamp: String(timestamp), nonce: 'n1', signature: zgc.zhiguancheEventSignature('s', timestamp, 'n1', body), rawBody: body, ...extra });
	it('the event signature is HMAC over timestamp \\n nonce \\n raw body (text or bytes alike)', () => {
		expect(zgc.zhiguancheEventSignature('s', 1, 'n', '中')).toBe(hmacSha256Hex('s', '1\nn\n中'));
		expect(zgc.zhiguancheEventSignature('s', 1, 'n', Buffer.from('中'))).toBe(hmacSha256Hex('s', '1\nn\n中'));
	});
	it('timestamps: exactly 5 minutes old or ahead pass, one millisecond more is stale', () => {
		const now = 1_700_000_000_000;
		expect(zgc.verifyZhiguancheEvent({ ...signed(now - zgc.ZHIGUANCHE_WINDOW_MS), nowMs: now })).toEqual({ ok: true });
		expect(zgc.verifyZhiguancheEvent({ ...signed(now + zgc.ZHIGUANCHE_WINDOW_MS), nowMs: now })).toEqual({ ok: true });
		expect(zgc.verifyZhiguancheEvent({ ...signed(now - zgc.ZHIGUANCHE_WINDOW_MS - 1), nowMs: now })).toEqual({ ok: false, reason: 'stale' });
		expect(zgc.verifyZhiguancheEvent({ ...signed(now - 1000), nowMs: now, windowMs: 999 })).toEqual({ ok: false, reason: 'stale' });
	});
});

describe('canonical query and string to sign', () => {
	it('records: empty values left out, arrays as repeated pairs, objects as JSON; sorted by name then value', () => {
		expect(zgc.zhiguancheCanonicalQuery({ b: ['2', '1'], a: null, c: undefined, d: { x: 1 }, e: 0 })).toBe('b=1&b=2&d=%7B%22x%22%3A1%7D&e=0');
	});
	it('the string to sign upper-cases the method and hashes the body', () => {
		expect(zgc.zhiguancheStringToSign({ method: 'post', path: '/p', query: 'a=1', timestamp: 5, nonce: 'n', body: 'b' })).toBe(`POST\n/p\na=1\n5\nn\n${sha256Hex('b')}`);
		expect(zgc.zhiguancheStringToSign({ method: 'get', path: '/p', timestamp: 5, nonce: 'n' })).toBe(`GET\n/p\n\n5\nn\n${sha256Hex('')}`);
	});
	it('verifyZhiguancheSign: upper-case hex accepted; an empty signature fails', () => {
		const input = { method: 'GET', path: '/p', timestamp: 5, nonce: 'n' };
		expect(zgc.verifyZhiguancheSign('as', input, zgc.zhiguancheSign('as', input).toUpperCase())).toBe(true);
		expect(zgc.verifyZhiguancheSign('as', input, '')).toBe(false);
	});
});

describe('signZhiguancheRequest', () => {
	const now = 1_700_000_000_000;
	const sign = (request, extra) => zgc.signZhiguancheRequest(creds(extra), { headers: {}, ...request }, now, 'nonce0000000000a');
	const expectedSign = (method, path, query, body = '') => zgc.zhiguancheSign('as', { method, path, query, timestamp: now, nonce: 'nonce0000000000a', body });
	it.each([
		['/vehicles', 'https://zgc.example/openapi/v1/vehicles'],
		['https://zgc.example/vehicles', 'https://zgc.example/openapi/v1/vehicles'],
		['https://zgc.example/openapi/v1/vehicles', 'https://zgc.example/openapi/v1/vehicles'],
		['https://zgc.example/openapi/v1', 'https://zgc.example/openapi/v1'],
		['https://zgc.example/openapi/v1?a=1', 'https://zgc.example/openapi/v1?a=1'],
		['https://zgc.example/x/openapi/v1?', 'https://zgc.example/openapi/v1/x/openapi/v1'],
		['https://zgc.example/openapi/v10', 'https://zgc.example/openapi/v1/openapi/v10'],
		['https://other.example/vehicles', 'https://other.example/vehicles'],
		['https://zgc.examplex/vehicles', 'https://zgc.examplex/vehicles'],
	])('%s is sent to %s', (url, expected) => {
		expect(sign({ method: 'GET', url }).url).toBe(expected);
	});
	it('no prefix: absolute URLs below the base are left alone', () => {
		expect(sign({ method: 'GET', url: 'https://zgc.example/vehicles' }, { pathPrefix: '' }).url).toBe('https://zgc.example/vehicles');
	});
	it('qs: empty values left out, arrays repeated, objects as JSON, numbers as text; merged with the URL query, all canonical', () => {
		const out = sign({ method: 'GET', url: '/v?z=9', qs: { b: [2, { k: 1 }], a: null, c: undefined, d: 0 } });
		expect(out.url).toBe('https://zgc.example/openapi/v1/v?b=2&b=%7B%22k%22%3A1%7D&d=0&z=9');
		expect(out.qs).toEqual({});
		expect(out.headers['X-Signature']).toBe(expectedSign('GET', '/openapi/v1/v', 'b=2&b=%7B%22k%22%3A1%7D&d=0&z=9'));
	});
	it('headers: Bearer token, app key, timestamp, nonce, signature; Content-Type only with a body; other headers kept; the method is upper-cased', () => {
		const out = sign({ method: 'post', url: '/v', body: { a: 1 }, headers: { 'X-Keep': 'k', 'content-type': 'text/plain' } }, { accessToken: 'tok' });
		expect(out.headers).toEqual({
			'X-Keep': 'k',
			'Content-Type': 'application/json',
			Authorization: 'Bearer tok',
			[zgc.ZHIGUANCHE_HEADERS.appKey]: 'ak',
			[zgc.ZHIGUANCHE_HEADERS.timestamp]: String(now),
			[zgc.ZHIGUANCHE_HEADERS.nonce]: 'nonce0000000000a',
			[zgc.ZHIGUANCHE_HEADERS.signature]: expectedSign('POST', '/openapi/v1/v', '', '{"a":1}'),
		});
		expect(out.body).toBe('{"a":1}');
		const bare = sign({ url: '/v', body: {} });
		expect(bare.body).toBeUndefined();
		expect(bare).not.toHaveProperty('body');
		expect(Object.keys(bare.headers)).not.toContain('Content-Type');
		expect(Object.keys(bare.headers)).not.toContain('Authorization');
		expect(bare.headers[zgc.ZHIGUANCHE_HEADERS.signature]).toBe(expectedSign('GET', '/openapi/v1/v', ''));
	});
	it('Request Signing "token": only the Bearer token, no signature headers', () => {
		const out = sign({ method: 'GET', url: '/v' }, { accessToken: 'tok', requestSigning: 'token' });
		expect(out.headers).toEqual({ Authorization: 'Bearer tok' });
	});
});
