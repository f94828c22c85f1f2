// Zhenling: client-credentials token (plain OAuth2 or {code, data}), token URL settings, Bearer header.
const zl = require('../../../credentials/signing/zhenling');
const { ZhenlingApi } = require('../../../credentials/ZhenlingApi.credentials');
const { withBoundToken, fingerprintOf } = require('../../helpers/bound-token');

const SECRETS = { clientSecret: 'zl-SECRET-cs-1', accessToken: 'zl-SECRET-tok-2' };
const creds = (extra = {}) =>
	withBoundToken({ baseUrl: 'http://127.0.0.1:8787/zhenling', tokenUrl: '/oauth/token', clientId: 'zl-client', clientSecret: SECRETS.clientSecret, accessToken: SECRETS.accessToken, ...extra }, zl.ZHENLING_TOKEN_FIELDS);

describe('Zhenling token request', () => {
	test('form-encoded client credentials by default, JSON as an option; token URL relative or absolute', () => {
		expect(zl.zhenlingTokenRequest(creds())).toEqual({
			url: 'http://127.0.0.1:8787/zhenling/oauth/token',
			body: `grant_type=client_credentials&client_id=zl-client&client_secret=${SECRETS.clientSecret}`,
			contentType: 'application/x-www-form-urlencoded',
		});
		const json = zl.zhenlingTokenRequest(creds({ grantEncoding: 'json', tokenUrl: 'https://auth.example.test/token' }));
		expect(json.url).toBe('https://auth.example.test/token');
		expect(JSON.parse(json.body)).toEqual({ grant_type: 'client_credentials', client_id: 'zl-client', client_secret: SECRETS.clientSecret });
		expect(zl.zhenlingTokenUrl(creds({ tokenUrl: '' }))).toBe('http://127.0.0.1:8787/zhenling/oauth/token');
		expect(() => zl.zhenlingTokenUrl(creds({ tokenUrl: 'oauth/token' }))).toThrow('Token URL (tokenUrl) must start with');
		expect(() => zl.zhenlingTokenRequest(creds({ clientSecret: 'a b' }))).toThrow('Client Secret (clientSecret) must not contain spaces');
		expect(() => zl.zhenlingTokenRequest(creds({ baseUrl: 'x.test' }))).toThrow('Base URL (baseUrl) must start with http:// or https://');
		expect(() => zl.zhenlingTokenRequest(creds({ baseUrl: '' }))).toThrow('Base URL (baseUrl) is required');
	});
	test('plain OAuth2 answer and wrapped {code, data} answer', () => {
		expect(zl.parseZhenlingToken({ access_token: 'a', token_type: 'bearer', expires_in: 7199 }, creds())).toEqual({ accessToken: 'a', expiresIn: 7199 });
		expect(zl.parseZhenlingToken({ code: 0, message: 'ok', data: { access_token: 'b', expires_in: 3600 } }, creds())).toEqual({ accessToken: 'b', expiresIn: 3600 });
		expect(zl.parseZhenlingToken({ code: '200', data: { accessToken: 'c' } }, creds())).toEqual({ accessToken: 'c', expiresIn: undefined });
		expect(zl.parseZhenlingToken('{"access_token":"d"}', creds()).accessToken).toBe('d');
		for (const [body, status, text] of /** @type {Array<[unknown, number, string]>} */ ([
			[{ error: 'invalid_client', error_description: 'bad secret' }, 401, 'Zhenling token request failed (invalid_client): bad secret'],
			[{ code: 40001, message: `client ${SECRETS.clientSecret} invalid`, data: null }, 200, 'Zhenling token request failed (40001)'],
		])) {
			let error;
			try {
				zl.parseZhenlingToken(body, creds(), status);
			} catch (e) {
				error = e;
			}
			expect(error.message).toContain(text);
			expect(error.message).not.toContain(SECRETS.clientSecret);
		}
		expect(zl.isZhenlingTokenExpired(401)).toBe(true);
	});
});

describe('Zhenling token URL and grant settings', () => {
	test('an absolute http:// or https:// token URL (any case) is used as it is; a path may contain a colon', () => {
		expect(zl.zhenlingTokenUrl(creds({ tokenUrl: 'http://auth.example.test/token' }))).toBe('http://auth.example.test/token');
		expect(zl.zhenlingTokenUrl(creds({ tokenUrl: 'HTTPS://auth.example.test/token' }))).toBe('HTTPS://auth.example.test/token');
		expect(zl.zhenlingTokenUrl(creds({ tokenUrl: '/oauth2/v1:token' }))).toBe('http://127.0.0.1:8787/zhenling/oauth2/v1:token');
	});
	test('another scheme, whitespace or a URL without a host is refused naming the field', () => {
		for (const tokenUrl of ['ftp://auth.example.test/token', 'mailto:x@example.test', '/oauth/ token']) {
			expect(() => zl.zhenlingTokenUrl(creds({ tokenUrl }))).toThrow('Token URL (tokenUrl) must be an http(s) URL or a path below the Base URL');
		}
		expect(() => zl.zhenlingTokenUrl(creds({ tokenUrl: 'http://' }))).toThrow('Token URL (tokenUrl) is not a valid URL');
		expect(() => zl.zhenlingTokenRequest(creds({ tokenUrl: 'https://' }))).toThrow('Token URL (tokenUrl) is not a valid URL');
	});
	test('the grant encoding is form or json, anything else is refused; each is sent with its content type', () => {
		expect(() => zl.zhenlingTokenRequest(creds({ grantEncoding: 'xml' }))).toThrow('Grant Encoding (grantEncoding) must be "form" or "json"');
		expect(zl.zhenlingTokenRequest(creds({ grantEncoding: 'json' })).contentType).toBe('application/json');
		expect(zl.zhenlingTokenRequest(creds({ grantEncoding: 'form' })).contentType).toBe('application/x-www-form-urlencoded');
		expect(() => zl.zhenlingTokenRequest(creds({ clientId: '' }))).toThrow('Client ID (clientId) is required');
	});
});

describe('Zhenling token answers that carry no usable token', () => {
	const failure = (body, status) => {
		try {
			zl.parseZhenlingToken(body, creds(), status);
		} catch (e) {
			return e;
		}
		throw new Error('expected parseZhenlingToken to fail');
	};
	test('an HTTP 400 or more fails even when the body has a token; 399 does not', () => {
		expect(failure({ access_token: 'a' }, 400).message).toBe('Zhenling token request failed (400): no access_token in the answer. Check Client ID, Client Secret and Token URL.');
		expect(zl.parseZhenlingToken({ access_token: 'a' }, creds(), 399).accessToken).toBe('a');
	});
	test('a non-success code fails even when data has a token, with the vendor code', () => {
		const error = failure({ code: 500, message: 'server busy', data: { access_token: 'a' } });
		expect(error.message).toBe('Zhenling token request failed (500): server busy. Check Client ID, Client Secret and Token URL.');
		expect(error.vendorCode).toBe('500');
	});
	test('a token that is not a non-empty string is no token', () => {
		expect(failure({ access_token: 12345 }).message).toContain('no access_token in the answer');
		expect(failure({ code: 0, data: 'tok' }).message).toContain('no access_token in the answer');
		expect(failure({ code: 0, data: { accessToken: '' } }).message).toContain('no access_token in the answer');
	});
	test('an answer that is not a JSON object fails without a code in the message', () => {
		for (const body of ['<html>bad gateway</html>', '', null]) {
			const error = failure(body);
			expect(error.message).toBe('Zhenling token request failed: no access_token in the answer. Check Client ID, Client Secret and Token URL.');
			expect(error.vendorCode).toBeUndefined();
		}
	});
	test('the vendor message is read from message, msg, error_description or error, in that order', () => {
		expect(failure({ code: 1, msg: 'by msg' }).message).toContain('(1): by msg.');
		expect(failure({ code: 1, message: 'by message', msg: 'by msg' }).message).toContain('(1): by message.');
		expect(failure({ error: 'invalid_grant' }).message).toContain('(invalid_grant): invalid_grant.');
		expect(failure({ error: 'invalid_grant', error_description: 'expired' }).message).toContain('(invalid_grant): expired.');
	});
});

describe('Zhenling credential authenticate', () => {
	const credential = new ZhenlingApi();
	test('Bearer header, replaced (not duplicated) when applied twice; body untouched', async () => {
		const body = { pageNum: 1 };
		const first = await credential.authenticate(creds(), { method: 'POST', url: '/api/x', body, headers: { authorization: 'Bearer old' } });
		expect(first.url).toBe('http://127.0.0.1:8787/zhenling/api/x');
		expect(first.headers).toEqual({ Authorization: `Bearer ${SECRETS.accessToken}` });
		const second = await credential.authenticate(creds({ accessToken: 'new' }), first);
		expect(second.headers).toEqual({ Authorization: 'Bearer new' });
		expect(second.body).toBe(body);
	});
	test('other headers of the request are kept; only an HTTP 401 means the token expired', async () => {
		const signed = await credential.authenticate(creds(), { method: 'GET', url: '/api/x', headers: { 'X-Trace-Id': 't-1', AUTHORIZATION: 'Basic x' } });
		expect(signed.headers).toEqual({ 'X-Trace-Id': 't-1', Authorization: `Bearer ${SECRETS.accessToken}` });
		expect([200, 403, 500].map(zl.isZhenlingTokenExpired)).toEqual([false, false, false]);
	});
	test('preAuthentication sends the grant to the token URL', async () => {
		const httpRequest = jest.fn(async (_request) => ({ statusCode: 200, body: { code: 0, data: { access_token: 'fresh' } } }));
		expect(await credential.preAuthentication.call({ helpers: { httpRequest } }, creds())).toEqual({ accessToken: 'fresh', tokenFingerprint: fingerprintOf('fresh', creds(), zl.ZHENLING_TOKEN_FIELDS) });
		const call = httpRequest.mock.calls[0][0];
		expect(call.url).toBe('http://127.0.0.1:8787/zhenling/oauth/token');
		expect(call.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
		const failing = jest.fn(async () => {
			throw new Error(`socket hang up ${SECRETS.clientSecret}`);
		});
		const error = await credential.preAuthentication.call({ helpers: { httpRequest: failing } }, creds()).catch((e) => e);
		expect(error.message).toContain('Zhenling token request failed: socket hang up');
		expect(error.message).not.toContain(SECRETS.clientSecret);
	});
});
