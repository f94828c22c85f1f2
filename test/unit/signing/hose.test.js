// Hose: token fetch, accessToken query parameter, edition presets, expiry signal (HTTP 403).
const hose = require('../../../credentials/signing/hose');
const { HoseApi } = require('../../../credentials/HoseApi.credentials');

const SECRETS = { appSecurity: 'hose-SECRET-sec-1', accessToken: 'hose-SECRET-tok-2' };
const creds = (extra = {}) => ({ edition: 'standalone', baseUrl: '', appKey: 'hose-app', appSecurity: SECRETS.appSecurity, accessToken: SECRETS.accessToken, ...extra });

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
		expect(await credential.preAuthentication.call({ helpers: { httpRequest } }, creds({ edition: 'wecom' }))).toEqual({ accessToken: 'fresh' });
		expect(httpRequest.mock.calls[0][0]).toMatchObject({ method: 'POST', url: 'https://wx2.ekuaibao.com/api/openapi/v1/auth/getAccessToken', body: { appKey: 'hose-app', appSecurity: SECRETS.appSecurity } });
		const failing = jest.fn(async () => ({ statusCode: 400, body: { errorCode: 'invalid', errorMessage: 'appKey not found' } }));
		const error = await credential.preAuthentication.call({ helpers: { httpRequest: failing } }, creds()).catch((e) => e);
		expect(error.message).toContain('Hose token request failed (invalid): appKey not found');
		expect(error.message).not.toContain(SECRETS.appSecurity);
	});
});
