// ZhiGuanChe request signature and event-delivery verification, pinned with the contract's published
// vector (docs/vendors/zhiguanche.md), cross-checked against crypto-js, plus the credential's authenticate.
const CryptoJS = require('crypto-js');
const zgc = require('../../../credentials/signing/zhiguanche');
const { ZhiguancheApi } = require('../../../credentials/ZhiguancheApi.credentials');
const { withBoundToken, fingerprintOf } = require('../../helpers/bound-token');

/** @type {import('../../../credentials/signing/zhiguanche').ZhiguancheSignInput & { appSecret: string }} */
const VECTOR = {
	appSecret: 'zgc-secret-0001',
	method: 'POST',
	path: '/zhiguanche/openapi/v1/vehicles/list',
	query: [['pageSize', '20'], ['pageNo', '1']],
	timestamp: '1700000000000',
	nonce: 'abcdef0123456789',
	body: '{"plateNo":"沪A12345"}',
};
const BODY_SHA256 = '0b813895b6b4e26f493dba3f22afed8ee391baa6bcaa3951be029d77830c2468';
const SIGNATURE = '827d59e67c786c22fd285dd90d7be3774ba64900659ae952e089a44bf7b4a228';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const SECRETS = { appSecret: 'zgc-SECRET-app-777', accessToken: 'zgc-SECRET-token-888' };
const creds = (extra = {}) => withBoundToken({
	baseUrl: 'http://127.0.0.1:8787/zhiguanche',
	pathPrefix: '/openapi/v1',
	appKey: 'zgc-app-1',
	appSecret: SECRETS.appSecret,
	accessToken: SECRETS.accessToken,
	...extra,
}, zgc.ZHIGUANCHE_TOKEN_FIELDS);

/** Independent implementation with crypto-js, from the contract text. */
function reference(appSecret, method, path, canonicalQuery, timestamp, nonce, body) {
	const s = [method, path, canonicalQuery, timestamp, nonce, CryptoJS.SHA256(CryptoJS.enc.Utf8.parse(body)).toString()].join('\n');
	return CryptoJS.HmacSHA256(CryptoJS.enc.Utf8.parse(s), CryptoJS.enc.Utf8.parse(appSecret)).toString();
}

describe('ZhiGuanChe signature (contract vector)', () => {
	test('string to sign', () => {
		expect(zgc.zhiguancheStringToSign(VECTOR)).toBe(
			`POST\n/zhiguanche/openapi/v1/vehicles/list\npageNo=1&pageSize=20\n1700000000000\nabcdef0123456789\n${BODY_SHA256}`,
		);
	});
	test('pinned signature, and crypto-js agrees', () => {
		expect(zgc.zhiguancheSign(VECTOR.appSecret, VECTOR)).toBe(SIGNATURE);
		expect(reference('zgc-secret-0001', 'POST', VECTOR.path, 'pageNo=1&pageSize=20', VECTOR.timestamp, VECTOR.nonce, VECTOR.body)).toBe(SIGNATURE);
		expect(zgc.verifyZhiguancheSign(VECTOR.appSecret, VECTOR, SIGNATURE)).toBe(true);
		expect(zgc.verifyZhiguancheSign(VECTOR.appSecret, { ...VECTOR, body: '{}' }, SIGNATURE)).toBe(false);
	});
	test('canonical query: byte-order keys, RFC 3986 encoding; empty body hashes the empty string', () => {
		expect(zgc.zhiguancheCanonicalQuery([['b', 'x y'], ['a', "it's(*)!"], ['B', '沪']])).toBe("B=%E6%B2%AA&a=it%27s%28%2A%29%21&b=x%20y");
		expect(zgc.zhiguancheCanonicalQuery({ z: 1, a: [2, 1], n: null })).toBe('a=1&a=2&z=1');
		expect(zgc.zhiguancheStringToSign({ method: 'get', path: '/p', timestamp: 1, nonce: 'n' })).toBe(`GET\n/p\n\n1\nn\n${EMPTY_SHA256}`);
	});
});

describe('ZhiGuanChe event deliveries', () => {
	const body = '{"eventId":"evt-1","eventType":"vehicle.returned","occurredAt":1700000000000,"data":{"plateNo":"沪A12345"}}';
	const signature = 'cceb94ccc9eb538e2dbe72c31a55d442138a2132bf52de225cae064f96156f00';
	test('HMAC(secret, timestamp \\n nonce \\n rawBody), pinned and checked with crypto-js', () => {
		expect(zgc.zhiguancheEventSignature('sub-secret-1', '1700000000000', 'abcdef0123456789', body)).toBe(signature);
		expect(zgc.zhiguancheEventSignature('sub-secret-1', 1700000000000, 'abcdef0123456789', Buffer.from(body))).toBe(signature);
		expect(CryptoJS.HmacSHA256(CryptoJS.enc.Utf8.parse(`1700000000000\nabcdef0123456789\n${body}`), 'sub-secret-1').toString()).toBe(signature);
	});
	test('verification: ok, forged, stale, missing headers', () => {
		const base = { secret: 'sub-secret-1', timestamp: '1700000000000', nonce: 'abcdef0123456789', signature, rawBody: body };
		expect(zgc.verifyZhiguancheEvent({ ...base, nowMs: 1700000000000 + 60000 })).toEqual({ ok: true });
		expect(zgc.verifyZhiguancheEvent({ ...base, rawBody: body.replace('evt-1', 'evt-2'), nowMs: 1700000000000 })).toEqual({ ok: false, reason: 'signature' });
		expect(zgc.verifyZhiguancheEvent({ ...base, nowMs: 1700000000000 + 5 * 60000 + 1 })).toEqual({ ok: false, reason: 'stale' });
		expect(zgc.verifyZhiguancheEvent({ ...base, signature: undefined, nowMs: 1700000000000 })).toEqual({ ok: false, reason: 'missing' });
	});
});

describe('ZhiGuanChe token and settings', () => {
	test('API root, prefix handling and validation', () => {
		expect(zgc.zhiguancheApiRoot(creds())).toBe('http://127.0.0.1:8787/zhiguanche/openapi/v1');
		expect(zgc.zhiguancheApiRoot(creds({ pathPrefix: 'api/v2/' }))).toBe('http://127.0.0.1:8787/zhiguanche/api/v2');
		expect(zgc.zhiguancheApiRoot(creds({ pathPrefix: '' }))).toBe('http://127.0.0.1:8787/zhiguanche');
		expect(zgc.zhiguancheApiRoot(creds({ pathPrefix: undefined }))).toBe('http://127.0.0.1:8787/zhiguanche/openapi/v1');
		expect(() => zgc.zhiguancheApiRoot(creds({ pathPrefix: '/a b' }))).toThrow('Path Prefix (pathPrefix)');
		expect(() => zgc.zhiguancheApiRoot(creds({ baseUrl: 'open.zhiguanche.com' }))).toThrow('Base URL (baseUrl) must start with http:// or https://');
	});
	test('token body and answers', () => {
		expect(zgc.zhiguancheTokenBody(creds())).toEqual({ appKey: 'zgc-app-1', appSecret: SECRETS.appSecret });
		expect(zgc.parseZhiguancheToken({ code: 0, message: 'success', data: { accessToken: 't1', expiresIn: 7200 } }, creds())).toEqual({ accessToken: 't1', expiresIn: 7200 });
		const error = (() => {
			try {
				zgc.parseZhiguancheToken({ code: 40100, message: `invalid appKey or appSecret ${SECRETS.appSecret}` }, creds(), 401);
			} catch (e) {
				return e;
			}
		})();
		expect(error.message).toContain('ZhiGuanChe token request failed (40100)');
		expect(error.message).not.toContain(SECRETS.appSecret);
		expect(zgc.isZhiguancheTokenExpired(401)).toBe(true);
	});
});

describe('ZhiGuanChe credential authenticate', () => {
	const credential = new ZhiguancheApi();
	const header = (headers, name) => headers[Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase())];
	const verify = (out) => {
		const url = new URL(out.url);
		return (
			header(out.headers, 'X-Signature') ===
			reference(SECRETS.appSecret, String(out.method || 'GET').toUpperCase(), url.pathname, url.search.slice(1), header(out.headers, 'X-Timestamp'), header(out.headers, 'X-Nonce'), out.body || '')
		);
	};

	test('headers; canonical query built into the URL; prefix added below the base URL; body string signed as sent', async () => {
		const out = await credential.authenticate(creds(), {
			method: 'POST',
			url: 'http://127.0.0.1:8787/zhiguanche/vehicles/list',
			qs: { pageSize: 20, pageNo: 1 },
			body: { plateNo: '沪A12345' },
			headers: {},
		});
		expect(out.url).toBe('http://127.0.0.1:8787/zhiguanche/openapi/v1/vehicles/list?pageNo=1&pageSize=20');
		expect(out.qs).toEqual({});
		expect(out.body).toBe('{"plateNo":"沪A12345"}');
		expect(header(out.headers, 'Authorization')).toBe(`Bearer ${SECRETS.accessToken}`);
		expect(header(out.headers, 'X-App-Key')).toBe('zgc-app-1');
		expect(header(out.headers, 'X-Timestamp')).toMatch(/^\d{13}$/);
		expect(header(out.headers, 'X-Nonce')).toMatch(/^[0-9a-z]{16}$/);
		expect(verify(out)).toBe(true);
		expect(JSON.stringify(out)).not.toContain(SECRETS.appSecret);
	});

	test('idempotent: applied twice, same URL and body bytes, new nonce, valid signature', async () => {
		const first = await credential.authenticate(creds(), { method: 'PUT', url: '/drivers/update', qs: { id: 'd 1' }, body: { name: '王五' }, headers: {} });
		expect(first.url).toBe('http://127.0.0.1:8787/zhiguanche/openapi/v1/drivers/update?id=d%201');
		const second = await credential.authenticate(creds(), first);
		expect(second.url).toBe(first.url);
		expect(second.body).toBe(first.body);
		expect(header(second.headers, 'X-Nonce')).not.toBe(header(first.headers, 'X-Nonce'));
		expect(Object.keys(second.headers).filter((k) => k.toLowerCase() === 'x-signature')).toHaveLength(1);
		expect(verify(second)).toBe(true);
	});

	test('GET without body signs the empty-body hash; URLs already carrying the prefix are kept', async () => {
		const out = await credential.authenticate(creds(), { method: 'GET', url: 'http://127.0.0.1:8787/zhiguanche/openapi/v1/company/info', headers: {} });
		expect(out.url).toBe('http://127.0.0.1:8787/zhiguanche/openapi/v1/company/info');
		expect(out.body).toBeUndefined();
		expect(verify(out)).toBe(true);
		const viaBase = await credential.authenticate(creds(), { method: 'GET', baseURL: 'http://127.0.0.1:8787/zhiguanche', url: '/company/info' });
		expect(viaBase.url).toBe('http://127.0.0.1:8787/zhiguanche/openapi/v1/company/info');
	});

	test('bad fields fail naming the field, never showing a secret', async () => {
		for (const [extra, message] of [
			[{ appSecret: 'a b' }, 'App Secret (appSecret) must not contain spaces'],
			[{ appKey: '' }, 'App Key (appKey) is required'],
			[{ baseUrl: '' }, 'Base URL (baseUrl) is required'],
			[{ baseUrl: 'ftp://x' }, 'Base URL (baseUrl) must start with http:// or https://'],
		]) {
			const error = await credential.authenticate(creds(extra), { method: 'GET', url: '/x' }).catch((e) => e);
			expect(error.message).toContain(message);
			for (const secret of Object.values(SECRETS)) expect(error.message).not.toContain(secret);
		}
	});

	test('preAuthentication posts appKey/appSecret to {root}/auth/token', async () => {
		const httpRequest = jest.fn(async (_request) => ({ statusCode: 200, body: { code: 0, data: { accessToken: 'fresh', expiresIn: 7200 } } }));
		expect(await credential.preAuthentication.call({ helpers: { httpRequest } }, creds())).toEqual({ accessToken: 'fresh', tokenFingerprint: fingerprintOf('fresh', creds(), zgc.ZHIGUANCHE_TOKEN_FIELDS) });
		expect(httpRequest.mock.calls[0][0]).toMatchObject({ method: 'POST', url: 'http://127.0.0.1:8787/zhiguanche/openapi/v1/auth/token', body: { appKey: 'zgc-app-1' } });
	});
});
