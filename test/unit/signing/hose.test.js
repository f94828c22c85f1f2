// Hose: token fetch, accessToken query parameter, edition presets, expiry signal (HTTP 403).
const hose = require('../../../credentials/signing/hose');
const { HoseApi } = require('../../../credentials/HoseApi.credentials');
const { withBoundToken, fingerprintOf } = require('../../helpers/bound-token');

const SECRETS = { appSecurity: 'hose-SECRET-sec-1', accessToken: 'hose-SECRET-tok-2' };
const creds = (extra = {}) =>
	withBoundToken({ edition: 'standalone', baseUrl: '', appKey: 'hose-app', appSecurity: SECRETS.appSecurity, accessToken: SECRETS.accessToken, ...extra }, hose.HOSE_TOKEN_FIELDS);

describe('Hose base URL', () => {
	test('edition presets and custom URL', () => {
		expect(hose.hoseBaseUrl({})).toBe('https://app.ekuaibao.com');
		expect(hose.hoseBaseUrl({ edition: 'dingtalk' })).toBe('https://dd2.hosecloud.com');
		expect(hose.hoseBaseUrl({ edition: 'wecom' })).toBe('https://wx2.ekuaibao.com');
		expect(hose.hoseBaseUrl({ edition: 'feishu' })).toBe('https://feishu.ekuaibao.com');
		expect(hose.hoseBaseUrl({ edition: 'kingdee' })).toBe('https://kdcloud2.ekuaibao.com');
		expect(hose.hoseBaseUrl({ edition: 'feishu', baseUrl: 'http://127.0.0.1:8787/hose/' })).toBe('http://127.0.0.1:8787/hose');
		expect(() => hose.hoseBaseUrl({ edition: 'x' })).toThrow('Edition (edition) must be one of');
		expect(() => hose.hoseBaseUrl({ baseUrl: 'app.ekuaibao.com' })).toThrow('Base URL (baseUrl) must start with http:// or https://');
	});
});

describe('Hose token', () => {
	test('body and answer', () => {
		expect(hose.hoseTokenBody(creds())).toEqual({ appKey: 'hose-app', appSecurity: SECRETS.appSecurity });
		expect(() => hose.hoseTokenBody(creds({ appSecurity: 'a b' }))).toThrow('App Security (appSecurity) must not contain spaces');
		expect(() => hose.hoseTokenBody(creds({ appKey: '' }))).toThrow('App Key (appKey) is required');
		expect(hose.parseHoseToken({ value: { accessToken: 'a', refreshToken: 'r', expireTime: 1700000000000, corporationId: 'c' } }, creds())).toEqual({
			accessToken: 'a',
			refreshToken: 'r',
			expireTime: 1700000000000,
			corporationId: 'c',
		});
		const error = (() => {
			try {
				hose.parseHoseToken({ errorCode: 400, errorMessage: `appSecurity ${SECRETS.appSecurity} wrong` }, creds(), 400);
			} catch (e) {
				return e;
			}
		})();
		expect(error.message).toContain('Hose token request failed (400)');
		expect(error.message).not.toContain(SECRETS.appSecurity);
		expect(hose.isHoseTokenExpired(403)).toBe(true);
		expect(hose.isHoseTokenExpired(401)).toBe(false);
	});
});

describe('Hose credential authenticate', () => {
	const credential = new HoseApi();
	test('token as the accessToken query parameter; idempotent; qs of the caller untouched', async () => {
		const qs = { start: 0, count: 100 };
		const first = await credential.authenticate(creds(), { method: 'GET', url: '/api/openapi/v1.1/staffs', qs });
		expect(first.url).toBe('https://app.ekuaibao.com/api/openapi/v1.1/staffs');
		expect(first.qs).toEqual({ start: 0, count: 100, accessToken: SECRETS.accessToken });
		expect(qs).toEqual({ start: 0, count: 100 });
		const second = await credential.authenticate(creds({ accessToken: 'new' }), first);
		expect(second.qs).toEqual({ start: 0, count: 100, accessToken: 'new' });
		expect(second.url).toBe(first.url);
	});
	test('an accessToken already in the URL is replaced, other query params and $-ids kept', async () => {
		const out = await credential.authenticate(creds({ baseUrl: 'http://h.test' }), {
			method: 'PUT',
			url: 'http://h.test/api/openapi/v1.1/staffs/update/$abc?accessToken=old&type=code',
			body: { name: 'x' },
		});
		expect(out.url).toBe('http://h.test/api/openapi/v1.1/staffs/update/$abc?type=code');
		expect(out.qs.accessToken).toBe(SECRETS.accessToken);
		expect(out.body).toEqual({ name: 'x' });
	});
	test('preAuthentication: POST getAccessToken, errors without secrets', async () => {
		const httpRequest = jest.fn(async (_request) => ({ statusCode: 200, body: { value: { accessToken: 'fresh', refreshToken: 'r', expireTime: 1 } } }));
		expect(await credential.preAuthentication.call({ helpers: { httpRequest } }, creds({ edition: 'wecom' }))).toEqual({
			// The whole answer is kept for the refreshToken rotation; the renewal marker is cleared.
			accessToken: 'fresh',
			refreshToken: 'r',
			tokenExpiresAt: '1',
			renewAccessToken: '',
			tokenFingerprint: fingerprintOf('fresh', creds({ edition: 'wecom' }), hose.HOSE_TOKEN_FIELDS),
		});
		expect(httpRequest.mock.calls[0][0]).toMatchObject({ method: 'POST', url: 'https://wx2.ekuaibao.com/api/openapi/v1/auth/getAccessToken', body: { appKey: 'hose-app', appSecurity: SECRETS.appSecurity } });
		const failing = jest.fn(async () => ({ statusCode: 400, body: { errorCode: 'invalid', errorMessage: 'appKey not found' } }));
		const error = await credential.preAuthentication.call({ helpers: { httpRequest: failing } }, creds()).catch((e) => e);
		expect(error.message).toContain('Hose token request failed (invalid): appKey not found');
		expect(error.message).not.toContain(SECRETS.appSecurity);
	});

	describe('refreshToken rotation', () => {
		const NOW = 1_800_000_000_000;
		const MIN = 60_000;
		// as the last login left it (tok-old with its fingerprint), plus what the transport hands preAuthentication
		const stored = (left, extra = {}) => {
			const data = creds({ accessToken: 'tok-old', refreshToken: 'ref-old', tokenExpiresAt: String(NOW + left), ...extra });
			return { ...data, tokenFingerprint: fingerprintOf('tok-old', data, hose.HOSE_TOKEN_FIELDS) };
		};
		test('hoseRenewal: use the token until 10 minutes before expiry, then refresh, then (last minute / expired) log in', () => {
			expect(hose.hoseRenewal(stored(10 * MIN + 1), NOW)).toBeUndefined();
			expect(hose.hoseRenewal(stored(10 * MIN), NOW)).toEqual({ renewAccessToken: 'tok-old' });
			expect(hose.hoseRenewal(stored(MIN + 1), NOW)).toEqual({ renewAccessToken: 'tok-old' });
			expect(hose.hoseRenewal(stored(MIN), NOW)).toEqual({});
			expect(hose.hoseRenewal(stored(-5 * MIN), NOW)).toEqual({});
			expect(hose.hoseRenewal(stored(5 * MIN, { refreshToken: '' }), NOW)).toEqual({});
			// Tokens stored without an expiry (older credentials), and no token at all: nothing to renew.
			expect(hose.hoseRenewal(stored(5 * MIN, { tokenExpiresAt: '' }), NOW)).toBeUndefined();
			expect(hose.hoseRenewal(stored(5 * MIN, { accessToken: '' }), NOW)).toBeUndefined();
		});
		test('preAuthentication refreshes only when asked to renew (empty token + marker), with the query Hose documents', async () => {
			const httpRequest = jest.fn(async (_request) => ({ statusCode: 200, body: { value: { accessToken: 'tok-new', refreshToken: 'ref-new', expireTime: NOW } } }));
			const out = await credential.preAuthentication.call({ helpers: { httpRequest } }, stored(5 * MIN, { accessToken: '', renewAccessToken: 'tok-old', baseUrl: 'http://h.test' }));
			expect(out).toEqual({ accessToken: 'tok-new', refreshToken: 'ref-new', tokenExpiresAt: String(NOW), renewAccessToken: '', tokenFingerprint: fingerprintOf('tok-new', stored(0, { baseUrl: 'http://h.test' }), hose.HOSE_TOKEN_FIELDS) });
			expect(httpRequest).toHaveBeenCalledTimes(1);
			expect(httpRequest.mock.calls[0][0]).toMatchObject({ method: 'POST', url: 'http://h.test/api/openapi/v2/auth/refreshToken?accessToken=tok-old&refreshToken=ref-old&powerCode=219904' });
			// A 403 retry or a credential test (the token is not empty) logs in, even with a refreshToken stored.
			httpRequest.mockClear();
			await credential.preAuthentication.call({ helpers: { httpRequest } }, stored(5 * MIN, { renewAccessToken: 'tok-old', baseUrl: 'http://h.test' }));
			expect(httpRequest.mock.calls.map(([r]) => r.url)).toEqual(['http://h.test/api/openapi/v1/auth/getAccessToken']);
		});
		test('a refused refresh (403 未授权) falls back to one login; a refused login fails without secrets', async () => {
			const answers = [{ statusCode: 403, body: '未授权' }, { statusCode: 200, body: { value: { accessToken: 'tok-login', refreshToken: 'ref-login', expireTime: NOW } } }];
			const httpRequest = jest.fn(async (_request) => answers.shift());
			const out = await credential.preAuthentication.call({ helpers: { httpRequest } }, stored(5 * MIN, { accessToken: '', renewAccessToken: 'tok-old', baseUrl: 'http://h.test' }));
			expect(out).toEqual({ accessToken: 'tok-login', refreshToken: 'ref-login', tokenExpiresAt: String(NOW), renewAccessToken: '', tokenFingerprint: fingerprintOf('tok-login', stored(0, { baseUrl: 'http://h.test' }), hose.HOSE_TOKEN_FIELDS) });
			expect(httpRequest.mock.calls.map(([r]) => r.url.split('?')[0])).toEqual(['http://h.test/api/openapi/v2/auth/refreshToken', 'http://h.test/api/openapi/v1/auth/getAccessToken']);
			const refused = jest.fn(async () => ({ statusCode: 403, body: '未授权' }));
			const error = await credential.preAuthentication.call({ helpers: { httpRequest: refused } }, stored(5 * MIN, { accessToken: '', renewAccessToken: 'tok-old' })).catch((e) => e);
			expect(refused).toHaveBeenCalledTimes(2);
			expect(error.message).toMatch(/^Hose token request failed \(403\)/);
			for (const secret of ['tok-old', 'ref-old', SECRETS.appSecurity]) expect(error.message).not.toContain(secret);
		});
	});
});
