// A cached token is bound to the credential values it was fetched with (credentials/signing/tokenBinding.ts):
// every credential's authenticate refuses a token fetched with other values as an expired one (what n8n's
// httpRequestWithAuthentication reads as a 401: it fetches a new token and signs again), and its
// preAuthentication stores the fingerprint beside the token. The fingerprint never carries a secret.
const { createHmac } = require('node:crypto');
const binding = require('../../../credentials/signing/tokenBinding');
const sandboxCredentials = require('../../../sandbox/credentials.json');
const { secretForms } = require('../../helpers/secret-forms');

/** @type {Array<[string, string, string, string, Record<string, unknown>]>} */
const VENDORS = [
	['DidiEnterpriseApi', 'didi', 'DIDI_TOKEN_FIELDS', '/river/Regulation/get', { errno: 0, access_token: 'fresh-token-1', expires_in: 1800 }],
	['HoseApi', 'hose', 'HOSE_TOKEN_FIELDS', '/api/openapi/v1/departments', { value: { accessToken: 'fresh-token-1', refreshToken: 'r', expireTime: 1 } }],
	['ZhenlingApi', 'zhenling', 'ZHENLING_TOKEN_FIELDS', '/api/v1/contract/list', { access_token: 'fresh-token-1', expires_in: 7200 }],
	['ZhiguancheApi', 'zhiguanche', 'ZHIGUANCHE_TOKEN_FIELDS', '/openapi/v1/company/info', { code: 0, data: { accessToken: 'fresh-token-1', expiresIn: 7200 } }],
	['ZeyiApi', 'zeyi', 'ZEYI_TOKEN_FIELDS', '/vehicle-service-api/maintenance/repairConfirm', { errorCode: '0', success: true, result: { accessToken: 'fresh-token-1', expiresIn: 602105 } }],
];

describe('tokenFingerprint', () => {
	const values = ['https://api.vendor.test', 'app-key-1', 'app-secret-value-123'];

	test("is HMAC-SHA256 keyed with the token over the values' JSON, 32 hex characters", () => {
		const expected = createHmac('sha256', 'tok-1').update(JSON.stringify(values)).digest('hex').slice(0, 32);
		expect(binding.tokenFingerprint('tok-1', values)).toBe(expected);
		expect(binding.tokenFingerprint('tok-1', values)).toMatch(/^[0-9a-f]{32}$/);
	});

	test('changes with the token and with every value, and with the order of values', () => {
		const base = binding.tokenFingerprint('tok-1', values);
		expect(binding.tokenFingerprint('tok-2', values)).not.toBe(base);
		for (let i = 0; i < values.length; i++) {
			const changed = values.map((v, j) => (j === i ? `${v}x` : v));
			expect(binding.tokenFingerprint('tok-1', changed)).not.toBe(base);
		}
		expect(binding.tokenFingerprint('tok-1', [values[1], values[0], values[2]])).not.toBe(base);
		// no ambiguity between values: ["ab", "c"] is not ["a", "bc"]
		expect(binding.tokenFingerprint('tok-1', ['ab', 'c'])).not.toBe(binding.tokenFingerprint('tok-1', ['a', 'bc']));
	});

	test('contains no form of the secret or the token', () => {
		const fingerprint = binding.tokenFingerprint('token-value-456', values);
		for (const form of [...secretForms('app-secret-value-123'), ...secretForms('token-value-456')]) expect(fingerprint).not.toContain(form);
	});
});

describe('tokenMatches', () => {
	const fields = ['baseUrl', 'appKey', 'appSecret'];
	const data = { baseUrl: 'https://api.vendor.test', appKey: 'k', appSecret: 's-1', accessToken: 'tok-1' };
	const bound = { ...data, ...binding.boundToken('tok-1', data, fields) };

	test('a token stored with the fingerprint of the current values matches; no token matches', () => {
		expect(binding.tokenMatches(bound, fields)).toBe(true);
		expect(binding.tokenMatches({ ...data, accessToken: '' }, fields)).toBe(true);
		expect(binding.tokenMatches({ ...data, accessToken: undefined }, fields)).toBe(true);
	});

	test('another value of any bound field, a token without a fingerprint, or another token do not', () => {
		for (const field of fields) expect(binding.tokenMatches({ ...bound, [field]: `${bound[field]}-edited` }, fields)).toBe(false);
		expect(binding.tokenMatches(data, fields)).toBe(false); // stored before tokens were bound
		expect(binding.tokenMatches({ ...bound, tokenFingerprint: '' }, fields)).toBe(false);
		expect(binding.tokenMatches({ ...bound, accessToken: 'tok-2' }, fields)).toBe(false);
		expect(binding.tokenMatches({ ...bound, tokenFingerprint: 'short' }, fields)).toBe(false);
	});

	test('a field left out of the binding may change; an absent field is the same as an empty one', () => {
		expect(binding.tokenMatches({ ...bound, companyId: 'other' }, fields)).toBe(true);
		const withEmpty = { ...data, appKey: '' };
		const stored = { ...withEmpty, ...binding.boundToken('tok-1', withEmpty, fields) };
		expect(binding.tokenMatches({ ...stored, appKey: undefined }, fields)).toBe(true);
	});

	test('checks a given token (Hose: the token to renew) against the stored fingerprint', () => {
		expect(binding.tokenMatches({ ...bound, accessToken: '' }, fields, 'tok-1')).toBe(true);
		expect(binding.tokenMatches({ ...bound, accessToken: '', appSecret: 's-2' }, fields, 'tok-1')).toBe(false);
	});

	test('StaleTokenError reads as an HTTP 401 answer to n8n and names what happened', () => {
		expect(() => binding.assertCurrentToken(data, fields)).toThrow(binding.StaleTokenError);
		const error = (() => {
			try {
				binding.assertCurrentToken({ ...bound, appSecret: 's-2' }, fields);
			} catch (e) {
				return e;
			}
		})();
		expect(error.response.status).toBe(401);
		expect(error.message).toMatch(/fetched with other credential values/);
		expect(error.message).not.toContain('s-2');
		expect(() => binding.assertCurrentToken(bound, fields)).not.toThrow();
	});
});

describe.each(VENDORS)('%s: the token is bound to its token fields', (className, vendor, fieldsName, path, answer) => {
	const { [className]: Credential } = require(`../../../credentials/${className}.credentials`);
	const credential = new Credential();
	const fields = require(`../../../credentials/signing/${vendor}`)[fieldsName];
	const data = { ...sandboxCredentials[vendor], baseUrl: `http://127.0.0.1:9999/${vendor}`, accessToken: '' };
	const request = () => ({ method: 'POST', url: `http://127.0.0.1:9999/${vendor}${path}`, body: { code: 'X1' }, json: true, headers: {} });

	test('the credential declares the hidden fingerprint field and binds the fields its token request is made of', () => {
		const property = credential.properties.find((p) => p.name === binding.TOKEN_FINGERPRINT_FIELD);
		expect(property).toMatchObject({ type: 'hidden', default: '' });
		const names = credential.properties.map((p) => p.name);
		for (const field of fields) expect(names).toContain(field);
		expect(fields).toContain('baseUrl');
	});

	test('preAuthentication stores the fingerprint of the values it fetched with; authenticate then signs', async () => {
		const httpRequest = jest.fn(async () => ({ statusCode: 200, body: answer }));
		const output = await credential.preAuthentication.call({ helpers: { httpRequest } }, data);
		expect(output.accessToken).toBe('fresh-token-1');
		expect(output.tokenFingerprint).toBe(binding.tokenFingerprint('fresh-token-1', binding.tokenValues(data, fields)));
		const signed = await credential.authenticate({ ...data, ...output }, request());
		expect(JSON.stringify(signed)).toContain('fresh-token-1');
	});

	test.each(fields)('after an edit of %s the stored token is refused as expired, not sent', async (field) => {
		const stored = { ...data, accessToken: 'old-token-1', ...binding.boundToken('old-token-1', data, fields) };
		await expect(credential.authenticate(stored, request())).resolves.toBeDefined();
		const edited = { ...stored, [field]: field === 'baseUrl' ? 'http://127.0.0.1:9998/other' : `${String(stored[field] ?? '')}-edited` };
		const error = await credential.authenticate(edited, request()).catch((e) => e);
		expect(error).toBeInstanceOf(binding.StaleTokenError);
		expect(error.response).toEqual({ status: 401, statusText: 'Unauthorized' });
	});
});

describe('Hose: a token to renew that was fetched with another App Security is not refreshed', () => {
	const { HoseApi } = require('../../../credentials/HoseApi.credentials');
	const { HOSE_TOKEN_FIELDS } = require('../../../credentials/signing/hose');
	const credential = new HoseApi();
	const data = { edition: 'standalone', baseUrl: 'http://h.test', appKey: 'hose-app', appSecurity: 'sec-1', refreshToken: 'ref-old', tokenExpiresAt: '1' };
	const login = { statusCode: 200, body: { value: { accessToken: 'tok-login', refreshToken: 'ref-login', expireTime: 2 } } };

	test('the renewal asked for by the transport logs in with the current values instead', async () => {
		const stored = { ...data, ...binding.boundToken('tok-old', data, HOSE_TOKEN_FIELDS), accessToken: '', renewAccessToken: 'tok-old' };
		const refreshing = jest.fn(async (/** @type {any} */ _request) => ({ statusCode: 200, body: { value: { accessToken: 'tok-refreshed', refreshToken: 'ref-new', expireTime: 2 } } }));
		expect((await credential.preAuthentication.call({ helpers: { httpRequest: refreshing } }, stored)).accessToken).toBe('tok-refreshed');
		expect(refreshing.mock.calls[0][0].url).toContain('/api/openapi/v2/auth/refreshToken');

		const httpRequest = jest.fn(async (/** @type {any} */ _request) => login);
		const out = await credential.preAuthentication.call({ helpers: { httpRequest } }, { ...stored, appSecurity: 'sec-2' });
		expect(httpRequest).toHaveBeenCalledTimes(1);
		expect(httpRequest.mock.calls[0][0]).toMatchObject({ url: 'http://h.test/api/openapi/v1/auth/getAccessToken', body: { appKey: 'hose-app', appSecurity: 'sec-2' } });
		expect(out).toMatchObject({ accessToken: 'tok-login', tokenFingerprint: binding.tokenFingerprint('tok-login', binding.tokenValues({ ...data, appSecurity: 'sec-2' }, HOSE_TOKEN_FIELDS)) });
	});
});
