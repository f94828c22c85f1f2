// DiDi signing, AES transport encryption and the credential's authenticate, pinned with DiDi's published
// vectors (vendors/didi.md) and cross-checked against crypto-js as an independent implementation.
const CryptoJS = require('crypto-js');
const nodeCrypto = require('crypto');
const didi = require('../../../credentials/signing/didi');
const { DidiEnterpriseApi } = require('../../../credentials/DidiEnterpriseApi.credentials');
const { withBoundToken, fingerprintOf } = require('../../helpers/bound-token');

const VECTOR_PARAMS = {
	client_id: 'client_id1',
	client_secret: 'client_secret1',
	grant_type: 'client_credentials',
	phone: '11000001234',
	timestamp: 1566477389,
};
const VECTOR_STRING =
	'client_id=client_id1&client_secret=client_secret1&grant_type=client_credentials&phone=11000001234&sign_key=sign_key1&timestamp=1566477389';

const AES_KEY = '64ecd6a08ced45ad5d7fedd0c347f6c9';
const AES_PLAINTEXT =
	'{"phone": "00016270252","birth_date": "2050-01-01", "name": "\\u5916\\u90e8\\u51fa\\u884c\\u4eba_\\u6d4b\\u8bd5_1", "card_list": [{"card_type": 1, "card_no": "513126199803290017", "expire_date": "2050-01-01"}]}';
const AES_PREFIX = 'UyCHdn/a5NOCBo9iY+3bTk9hsa4wFK6w1JBjc6L/';

const SECRETS = {
	clientSecret: 'cs-SECRET-value-123',
	signKey: 'sk-SECRET-value-456',
	accessToken: 'tok-SECRET-value-789',
	encryptKey: '0123456789abcdef0123456789abcdef',
};
const baseCreds = (extra = {}) => withBoundToken({
	environment: 'production',
	baseUrl: 'https://didi.example.test',
	clientId: 'client-1',
	clientSecret: SECRETS.clientSecret,
	signKey: SECRETS.signKey,
	companyId: '1125915646167936',
	signMethod: 'sha256',
	encryption: 'none',
	encryptKey: '',
	accessToken: SECRETS.accessToken,
	...extra,
}, didi.DIDI_TOKEN_FIELDS);

/** An independent implementation of DiDi's rule, written from the vendor page. */
function referenceSign(params, signKey, method) {
	const all = { ...params, sign_key: signKey };
	delete all.sign;
	const str = Object.keys(all)
		.filter((k) => all[k] !== undefined && all[k] !== null)
		.sort()
		.map((k) => `${k}=${typeof all[k] === 'object' ? JSON.stringify(all[k]) : all[k]}`)
		.join('&');
	return method === 'md5' ? CryptoJS.MD5(str).toString() : CryptoJS.SHA256(str).toString();
}

describe('DiDi signature (official vector)', () => {
	test('sign string', () => {
		expect(didi.didiSignString(VECTOR_PARAMS, 'sign_key1')).toBe(VECTOR_STRING);
	});
	test('MD5 vector', () => {
		expect(didi.didiSign(VECTOR_PARAMS, 'sign_key1', 'md5')).toBe('c52b8bac5e980da9ac557db412c20580');
		expect(CryptoJS.MD5(VECTOR_STRING).toString()).toBe('c52b8bac5e980da9ac557db412c20580');
	});
	test('SHA-256 vector', () => {
		expect(didi.didiSign(VECTOR_PARAMS, 'sign_key1', 'sha256')).toBe(
			'6f296c236346659f6351d548e3ec4260ac9847b117a1cc9428fd709a5976a8c5',
		);
		expect(CryptoJS.SHA256(VECTOR_STRING).toString()).toBe(
			'6f296c236346659f6351d548e3ec4260ac9847b117a1cc9428fd709a5976a8c5',
		);
	});
	test('default method is SHA-256; sign and null values are excluded; sign_key sorts with the rest', () => {
		const params = { ...VECTOR_PARAMS, sign: 'old', extra: null, nothing: undefined };
		expect(didi.didiSign(params, 'sign_key1')).toBe(didi.didiSign(VECTOR_PARAMS, 'sign_key1', 'sha256'));
		expect(didi.didiSignString({ z: 1, a: 2, sign_key: 'ignored' }, 'k')).toBe('a=2&sign_key=k&z=1');
		// plain byte order: upper case before lower case, '_' (0x5f) between them
		expect(didi.didiSignString({ b: 1, B: 2, a_b: 3, ab: 4 }, 'k')).toBe('B=2&a_b=3&ab=4&b=1&sign_key=k');
	});
	test('raw values: no URL-encoding, UTF-8 hashing, nested structures as their JSON string', () => {
		const params = { name: '张三 & co=1', travel_detail: { a: [1, 2] } };
		expect(didi.didiSignString(params, 'k')).toBe('name=张三 & co=1&sign_key=k&travel_detail={"a":[1,2]}');
		expect(didi.didiSign(params, 'k', 'md5')).toBe(referenceSign(params, 'k', 'md5'));
	});
	test('verifyDidiSign for inbound notifications (method from the signature length)', () => {
		const md5 = { ...VECTOR_PARAMS, sign: 'c52b8bac5e980da9ac557db412c20580' };
		const sha = { ...VECTOR_PARAMS, sign: '6f296c236346659f6351d548e3ec4260ac9847b117a1cc9428fd709a5976a8c5' };
		expect(didi.verifyDidiSign(md5, 'sign_key1')).toBe(true);
		expect(didi.verifyDidiSign(sha, 'sign_key1')).toBe(true);
		expect(didi.verifyDidiSign(sha, 'sign_key1', 'md5')).toBe(false);
		expect(didi.verifyDidiSign({ ...md5, phone: '1' }, 'sign_key1')).toBe(false);
		expect(didi.verifyDidiSign(VECTOR_PARAMS, 'sign_key1')).toBe(false);
	});
});

describe('DiDi AES transport encryption', () => {
	test('official example: 32-char key → AES-256-ECB, standard Base64 (checked against crypto-js)', () => {
		const key = didi.didiAesKey(AES_KEY, 'aes128');
		expect(key.length).toBe(32);
		const ours = didi.didiEncrypt(AES_PLAINTEXT, key, 'aes128');
		expect(ours.startsWith(AES_PREFIX)).toBe(true);
		const theirs = CryptoJS.AES.encrypt(AES_PLAINTEXT, CryptoJS.enc.Utf8.parse(AES_KEY), {
			mode: CryptoJS.mode.ECB,
			padding: CryptoJS.pad.Pkcs7,
		}).toString();
		expect(ours).toBe(theirs);
		expect(didi.didiDecrypt(ours, key)).toBe(AES_PLAINTEXT);
	});
	test.each([16, 24, 32])('"aes128" with a %i-byte key: cipher size from the key length (crypto-js agrees)', (n) => {
		const keyText = 'k'.repeat(n);
		const ours = didi.didiEncrypt('a=1&b=中文', didi.didiAesKey(keyText, 'aes128'), 'aes128');
		const theirs = CryptoJS.AES.encrypt('a=1&b=中文', CryptoJS.enc.Utf8.parse(keyText), {
			mode: CryptoJS.mode.ECB,
			padding: CryptoJS.pad.Pkcs7,
		}).toString();
		expect(ours).toBe(theirs);
		const decrypted = CryptoJS.AES.decrypt(ours, CryptoJS.enc.Utf8.parse(keyText), {
			mode: CryptoJS.mode.ECB,
			padding: CryptoJS.pad.Pkcs7,
		});
		expect(decrypted.toString(CryptoJS.enc.Utf8)).toBe('a=1&b=中文');
	});
	test('"aes256": 64-hex key decoded to 32 bytes, URL-safe Base64 (crypto-js agrees)', () => {
		const hexKey = nodeCrypto.createHash('sha256').update('x').digest('hex');
		const key = didi.didiAesKey(hexKey, 'aes256');
		expect(key.length).toBe(32);
		// a plaintext whose ciphertext has + or / in standard Base64
		let plain = '';
		let ours = '';
		let standard = '';
		for (let i = 0; i < 200; i++) {
			plain = `n=${i}&v=${'x'.repeat(i % 40)}`;
			ours = didi.didiEncrypt(plain, key, 'aes256');
			standard = CryptoJS.AES.encrypt(plain, CryptoJS.enc.Hex.parse(hexKey), {
				mode: CryptoJS.mode.ECB,
				padding: CryptoJS.pad.Pkcs7,
			}).toString();
			if (/[+/]/.test(standard)) break;
		}
		expect(standard).toMatch(/[+/]/);
		expect(ours).toBe(standard.replace(/\+/g, '-').replace(/\//g, '_'));
		expect(ours).not.toMatch(/[+/]/);
		expect(didi.didiDecrypt(ours, key)).toBe(plain);
		expect(didi.didiDecrypt(standard, key)).toBe(plain);
	});
	test('key validation names the field and the expected size, never the key', () => {
		expect(() => didi.didiAesKey('short-key', 'aes128')).toThrow(
			'Encrypt Key (encryptKey) must be 16, 24 or 32 bytes for AES128 (got 9 bytes)',
		);
		expect(() => didi.didiAesKey('abc', 'aes256')).toThrow(
			'Encrypt Key (encryptKey) must be 64 hexadecimal characters for AES256',
		);
		expect(() => didi.didiAesKey('', 'aes256')).toThrow('Encrypt Key (encryptKey) is required');
		expect(() => didi.didiAesKey('0123456789abcdef 123456789abcdef', 'aes128')).toThrow('must not contain spaces');
		expect(() => didi.didiAesKey('my-very-secret-key', 'aes128')).toThrow();
		try {
			didi.didiAesKey('my-very-secret-key', 'aes128');
		} catch (error) {
			expect(error.message).not.toContain('my-very-secret-key');
		}
	});
	test('encrypted request: {encrypt_content, ent, client_id, access_token, sign}, content = sorted k=v of the rest', () => {
		const config = didi.readDidiConfig(baseCreds({ encryption: 'aes128', encryptKey: SECRETS.encryptKey }));
		const params = didi.buildDidiParams({ phone: '13800000000', data: { name: '张三' } }, config, 1700000000);
		expect(Object.keys(params).sort()).toEqual(['access_token', 'client_id', 'encrypt_content', 'ent', 'sign']);
		expect(params.ent).toBe(1);
		const content = CryptoJS.AES.decrypt(/** @type {string} */ (params.encrypt_content), CryptoJS.enc.Utf8.parse(SECRETS.encryptKey), {
			mode: CryptoJS.mode.ECB,
			padding: CryptoJS.pad.Pkcs7,
		}).toString(CryptoJS.enc.Utf8);
		expect(content).toBe('company_id=1125915646167936&data={"name":"张三"}&phone=13800000000&timestamp=1700000000');
		expect(params.sign).toBe(referenceSign(params, SECRETS.signKey, 'sha256'));
		// a second pass (n8n retrying authenticate on its own output) keeps the ciphertext and re-signs
		expect(didi.buildDidiParams(params, config, 1700000999)).toEqual(params);
		const aes256 = didi.readDidiConfig(baseCreds({ encryption: 'aes256', encryptKey: 'ab'.repeat(32) }));
		expect(didi.buildDidiParams({ a: 1 }, aes256, 1).ent).toBe(2);
	});
	test('decryptDidiResponse: encrypt_data → data; plain answers unchanged', () => {
		const creds = baseCreds({ encryption: 'aes128', encryptKey: SECRETS.encryptKey });
		const key = didi.didiAesKey(SECRETS.encryptKey, 'aes128');
		const body = { errno: 0, errmsg: 'SUCCESS', request_id: 'r1', encrypt_data: didi.didiEncrypt('{"total":1,"records":[{"id":"7"}]}', key, 'aes128') };
		expect(didi.decryptDidiResponse(body, creds)).toEqual({ errno: 0, errmsg: 'SUCCESS', request_id: 'r1', data: { total: 1, records: [{ id: '7' }] } });
		const whole = { encrypt_data: didi.didiEncrypt('{"errno":0,"errmsg":"SUCCESS","data":{"x":1}}', key, 'aes128') };
		expect(didi.decryptDidiResponse(whole, creds)).toEqual({ errno: 0, errmsg: 'SUCCESS', data: { x: 1 } });
		const plain = { errno: 0, data: { a: 1 } };
		expect(didi.decryptDidiResponse(plain, creds)).toBe(plain);
		expect(didi.decryptDidiResponse(plain, baseCreds())).toBe(plain);
		expect(() => didi.decryptDidiResponse(body, baseCreds())).toThrow('Encryption (encryption) is off');
		expect(() => didi.decryptDidiResponse(body, baseCreds({ encryption: 'aes128', encryptKey: 'z'.repeat(32) }))).toThrow(
			'Encrypt Key (encryptKey) could not decrypt',
		);
	});
});

describe('DiDi token', () => {
	test('authorize body is signed (no access_token in the set) and carries no sign_key', () => {
		const body = didi.didiAuthorizeBody(baseCreds({ signMethod: 'md5', accessToken: '' }), 1566477389);
		expect(body).toEqual({
			client_id: 'client-1',
			client_secret: SECRETS.clientSecret,
			grant_type: 'client_credentials',
			timestamp: 1566477389,
			sign: referenceSign(
				{ client_id: 'client-1', client_secret: SECRETS.clientSecret, grant_type: 'client_credentials', timestamp: 1566477389 },
				SECRETS.signKey,
				'md5',
			),
		});
		// the official vector through the same function
		const official = didi.didiAuthorizeBody(
			{ clientId: 'client_id1', clientSecret: 'client_secret1', signKey: 'sign_key1', signMethod: 'md5', environment: 'production' },
			1566477389,
		);
		expect(didi.didiSign({ ...official, phone: '11000001234' }, 'sign_key1', 'md5')).toBe('c52b8bac5e980da9ac557db412c20580');
	});
	test('parseDidiToken and expiry detection', () => {
		expect(didi.parseDidiToken({ access_token: 'abc', expires_in: 1800, errno: 0 }, baseCreds())).toEqual({ accessToken: 'abc', expiresIn: 1800 });
		expect(() => didi.parseDidiToken({ errno: 400, errmsg: `bad client ${SECRETS.clientSecret}` }, baseCreds())).toThrow(
			/errno 400.*Check Client ID and Client Secret/,
		);
		try {
			didi.parseDidiToken({ errno: 400, errmsg: `bad client ${SECRETS.clientSecret}` }, baseCreds());
		} catch (error) {
			expect(error.message).not.toContain(SECRETS.clientSecret);
		}
		expect(didi.isDidiTokenExpired({ errno: 401, errmsg: 'expired' })).toBe(true);
		expect(didi.isDidiTokenExpired({ errno: '401' })).toBe(true);
		expect(didi.isTokenExpired('{"errno":401}')).toBe(true);
		expect(didi.isDidiTokenExpired({ errno: 0 })).toBe(false);
		expect(didi.isDidiTokenExpired(undefined)).toBe(false);
	});
	test('environments and custom base URL', () => {
		expect(didi.didiBaseUrl({ environment: 'production' })).toBe('https://api.es.xiaojukeji.com');
		expect(didi.didiBaseUrl({ environment: 'test' })).toBe('https://api.es.xiaojukeji.com/pre-release-20');
		expect(didi.didiBaseUrl({ environment: 'test', baseUrl: 'http://127.0.0.1:8787/didi/' })).toBe('http://127.0.0.1:8787/didi');
		expect(() => didi.didiBaseUrl({ baseUrl: '127.0.0.1:8787/didi' })).toThrow('Base URL (baseUrl) must start with http:// or https://');
		expect(() => didi.didiBaseUrl({ baseUrl: 'https://x.test/?a=1' })).toThrow('Base URL (baseUrl) must not contain a query');
	});
});

describe('DiDi credential authenticate', () => {
	const credential = new DidiEnterpriseApi();
	const verifyParams = (params) => referenceSign(params, SECRETS.signKey, 'sha256') === params.sign;

	test('POST: JSON body string with client_id, access_token, timestamp, company_id and sign; nested values as JSON strings', async () => {
		const original = { phone: '13800000000', travel_detail: { trips: [{ city: '北京' }] } };
		/** @type {import('n8n-workflow').IHttpRequestOptions} */
		const request = { method: 'POST', url: '/river/Approval/create', body: original, headers: {}, json: true };
		const out = await credential.authenticate(baseCreds(), request);
		expect(out.url).toBe('https://didi.example.test/river/Approval/create');
		expect(typeof out.body).toBe('string');
		const sent = JSON.parse(/** @type {string} */ (out.body));
		expect(sent).toMatchObject({
			phone: '13800000000',
			travel_detail: '{"trips":[{"city":"北京"}]}',
			client_id: 'client-1',
			access_token: SECRETS.accessToken,
			company_id: '1125915646167936',
		});
		expect(typeof sent.timestamp).toBe('number');
		expect(sent.sign_key).toBeUndefined();
		expect(out.body).not.toContain(SECRETS.signKey);
		expect(verifyParams(sent)).toBe(true);
		expect(out.headers['Content-Type']).toBe('application/json');
		// the caller's body object is untouched
		expect(original).toEqual({ phone: '13800000000', travel_detail: { trips: [{ city: '北京' }] } });
	});

	test('idempotent: authenticate applied twice keeps the body string byte for byte and the signature valid', async () => {
		const first = await credential.authenticate(baseCreds(), {
			method: 'POST',
			url: 'https://didi.example.test/river/Member/single',
			body: { data: { name: '张三', phone: '1' } },
			headers: {},
		});
		const second = await credential.authenticate(baseCreds(), first);
		expect(second.body).toBe(first.body);
		expect(second.url).toBe(first.url);
		expect(verifyParams(JSON.parse(/** @type {string} */ (second.body)))).toBe(true);
		// with a new token (n8n's retry after a refresh) only access_token and sign change
		const third = await credential.authenticate(baseCreds({ accessToken: 'new-token' }), second);
		const a = JSON.parse(/** @type {string} */ (second.body));
		const b = JSON.parse(/** @type {string} */ (third.body));
		expect(b.access_token).toBe('new-token');
		expect({ ...b, access_token: 0, sign: 0 }).toEqual({ ...a, access_token: 0, sign: 0 });
		expect(verifyParams(b)).toBe(true);
	});

	test('GET: every param and the sign in the query string, RFC 3986-encoded; the sign covers raw values', async () => {
		/** @type {import('n8n-workflow').IHttpRequestOptions} */
		const request = { method: 'GET', url: 'https://didi.example.test/river/Member/get', qs: { offset: 0, length: 100, name: '张 三+&' }, headers: {} };
		const out = await credential.authenticate(baseCreds(), request);
		expect(out.body).toBeUndefined();
		expect(out.qs).toEqual({});
		const url = new URL(out.url);
		expect(url.pathname).toBe('/river/Member/get');
		const params = Object.fromEntries(url.searchParams);
		expect(params).toMatchObject({ offset: '0', length: '100', name: '张 三+&', client_id: 'client-1', company_id: '1125915646167936' });
		expect(out.url).toContain('name=%E5%BC%A0%20%E4%B8%89%2B%26');
		expect(verifyParams(params)).toBe(true);
		const again = await credential.authenticate(baseCreds(), out);
		expect(again.url).toBe(out.url);
	});

	test('relative URL (environment preset, empty Base URL) resolves against the preset host', async () => {
		const out = await credential.authenticate(baseCreds({ baseUrl: '', environment: 'test' }), {
			method: 'GET',
			url: '/river/City/get',
			headers: {},
		});
		expect(out.url.startsWith('https://api.es.xiaojukeji.com/pre-release-20/river/City/get?')).toBe(true);
		const viaBaseUrl = await credential.authenticate(baseCreds({ baseUrl: '' }), { method: 'GET', baseURL: '', url: '/river/City/get', headers: {} });
		expect(viaBaseUrl.url.startsWith('https://api.es.xiaojukeji.com/river/City/get?')).toBe(true);
	});

	test('MD5 sign method and caller-set company_id are honoured', async () => {
		const out = await credential.authenticate(baseCreds({ signMethod: 'md5' }), {
			method: 'POST',
			url: 'https://didi.example.test/river/Approval/cancel',
			body: { company_id: 'other', approval_id: '1' },
		});
		const sent = JSON.parse(/** @type {string} */ (out.body));
		expect(sent.company_id).toBe('other');
		expect(sent.sign).toHaveLength(32);
		expect(sent.sign).toBe(referenceSign(sent, SECRETS.signKey, 'md5'));
	});

	test('bad fields fail naming the field, never showing a secret', async () => {
		const cases = [
			[{ signKey: 'has space' }, 'Sign Key (signKey) must not contain spaces'],
			[{ signKey: '' }, 'Sign Key (signKey) is required'],
			[{ clientId: '' }, 'Client ID (clientId) is required'],
			[{ baseUrl: 'didi.example.test' }, 'Base URL (baseUrl) must start with http:// or https://'],
			[{ signMethod: 'sha1' }, 'Sign Method (signMethod) must be "md5" or "sha256"'],
			[{ encryption: 'aes128', encryptKey: 'abc' }, 'Encrypt Key (encryptKey) must be 16, 24 or 32 bytes'],
			[{ encryption: 'aes256', encryptKey: SECRETS.encryptKey }, 'Encrypt Key (encryptKey) must be 64 hexadecimal characters'],
		];
		for (const [extra, message] of cases) {
			const creds = baseCreds(extra);
			let error;
			try {
				await credential.authenticate(creds, { method: 'GET', url: '/river/City/get' });
			} catch (e) {
				error = e;
			}
			expect(error && error.message).toContain(message);
			for (const secret of Object.values(SECRETS)) expect(error.message).not.toContain(secret);
			if (creds.signKey) expect(error.message).not.toContain(creds.signKey);
		}
		await expect(
			credential.preAuthentication.call({ helpers: { httpRequest: jest.fn() } }, baseCreds({ clientSecret: '' })),
		).rejects.toThrow('Client Secret (clientSecret) is required');
	});

	test('preAuthentication: signed authorize call, token returned, vendor errors without secrets', async () => {
		const httpRequest = jest.fn(async (_request) => ({ statusCode: 200, body: { errno: 0, access_token: 'fresh', expires_in: 1800 } }));
		const result = await credential.preAuthentication.call({ helpers: { httpRequest } }, baseCreds({ accessToken: '' }));
		expect(result).toEqual({ accessToken: 'fresh', tokenFingerprint: fingerprintOf('fresh', baseCreds(), didi.DIDI_TOKEN_FIELDS) });
		const call = httpRequest.mock.calls[0][0];
		expect(call.url).toBe('https://didi.example.test/river/Auth/authorize');
		expect(call.method).toBe('POST');
		expect(call.body.sign).toBe(referenceSign(call.body, SECRETS.signKey, 'sha256'));
		expect(call.body.sign_key).toBeUndefined();

		const failing = jest.fn(async () => {
			throw Object.assign(new Error(`connect ECONNREFUSED ${SECRETS.clientSecret}`), { code: 'ECONNREFUSED' });
		});
		const error = await credential.preAuthentication.call({ helpers: { httpRequest: failing } }, baseCreds()).catch((e) => e);
		expect(error.message).toContain('DiDi token request failed');
		expect(error.message).not.toContain(SECRETS.clientSecret);
	});
});
