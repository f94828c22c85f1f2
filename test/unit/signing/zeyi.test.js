// Zeyi signing and AES-CBC helpers, pinned with fixed vectors (Zeyi publishes the scheme and header
// examples but no vector with a known secret: these were computed with crypto-js, an independent
// implementation, and are pinned here) and the credential's authenticate.
const CryptoJS = require('crypto-js');
const zeyi = require('../../../credentials/signing/zeyi');
const { ZeyiApi } = require('../../../credentials/ZeyiApi.credentials');
const { withBoundToken, fingerprintOf } = require('../../helpers/bound-token');

// appKey, timestamp and nonce are the examples of Zeyi's header table.
const APP_KEY = '0867ef5f23ef446483749e19e1692b40';
const APP_SECRET = 'zeyi-secret-0123456789abcdef0123'; // 32 characters → AES-256
const TIMESTAMP = '1643251533306';
const NONCE = 'gdst9t';
const BODY = '{"code":"WBJL21071000044","repairFlag":true}';
const SIGN_WITH_BODY = 'b8b3bd7c09c300ee9d998e469c6393b7';
const SIGN_LEGACY = '786d04818c071d7dba86703c8f5b3f8f';
const IV = 'zeyi-iv-12345678';

const SECRETS = { password: 'pw-SECRET-zeyi-1', appSecret: APP_SECRET, accessToken: 'tok-SECRET-zeyi-2' };
const creds = (extra = {}) => withBoundToken({
	environment: 'test',
	baseUrl: 'https://zeyi.example.test',
	username: 'zeyi',
	password: SECRETS.password,
	appKey: APP_KEY,
	appSecret: APP_SECRET,
	aesIv: IV,
	signData: 'body',
	encryptionMode: 'prefixed',
	accessToken: SECRETS.accessToken,
	...extra,
}, zeyi.ZEYI_TOKEN_FIELDS);

const cbc = (keyText, ivText) => ({
	key: CryptoJS.enc.Utf8.parse(keyText),
	options: { iv: CryptoJS.enc.Utf8.parse(ivText), mode: CryptoJS.mode.CBC, padding: CryptoJS.pad.Pkcs7 },
});

describe('Zeyi sign', () => {
	test('body scheme: md5(appKey + appSecret + timestamp + nonce + body), pinned and checked with crypto-js', () => {
		const input = { appKey: APP_KEY, appSecret: APP_SECRET, timestamp: TIMESTAMP, nonce: NONCE, data: BODY };
		expect(zeyi.zeyiSignString(input)).toBe(`${APP_KEY}${APP_SECRET}${TIMESTAMP}${NONCE}${BODY}`);
		expect(zeyi.zeyiSign(input)).toBe(SIGN_WITH_BODY);
		expect(CryptoJS.MD5(`${APP_KEY}${APP_SECRET}${TIMESTAMP}${NONCE}${BODY}`).toString()).toBe(SIGN_WITH_BODY);
	});
	test('legacy scheme (signData none): without the body', () => {
		expect(zeyi.zeyiSign({ appKey: APP_KEY, appSecret: APP_SECRET, timestamp: TIMESTAMP, nonce: NONCE })).toBe(SIGN_LEGACY);
		expect(CryptoJS.MD5(`${APP_KEY}${APP_SECRET}${TIMESTAMP}${NONCE}`).toString()).toBe(SIGN_LEGACY);
	});
	test('UTF-8 bodies hash as UTF-8 bytes', () => {
		const data = '{"licenseNumber":"鄂ARY348"}';
		expect(zeyi.zeyiSign({ appKey: 'a', appSecret: 'b', timestamp: 1, nonce: 'c', data })).toBe(
			CryptoJS.MD5(CryptoJS.enc.Utf8.parse(`ab1c${data}`)).toString(),
		);
	});
	test('verifyZeyiSign (triggers): body as string or Buffer, legacy option, tampering detected', () => {
		const base = { appKey: APP_KEY, appSecret: APP_SECRET, timestamp: TIMESTAMP, nonce: NONCE };
		expect(zeyi.verifyZeyiSign({ ...base, sign: SIGN_WITH_BODY, body: BODY })).toBe(true);
		expect(zeyi.verifyZeyiSign({ ...base, sign: SIGN_WITH_BODY.toUpperCase(), body: Buffer.from(BODY) })).toBe(true);
		expect(zeyi.verifyZeyiSign({ ...base, sign: SIGN_LEGACY, body: BODY, signData: 'none' })).toBe(true);
		expect(zeyi.verifyZeyiSign({ ...base, sign: SIGN_WITH_BODY, body: BODY.replace('true', 'false') })).toBe(false);
		expect(zeyi.verifyZeyiSign({ ...base, sign: '', body: BODY })).toBe(false);
	});
	test('nonce: 6 lower-case letters/digits, random', () => {
		const seen = new Set();
		for (let i = 0; i < 50; i++) {
			const n = zeyi.zeyiNonce();
			expect(n).toMatch(/^[a-z0-9]{6}$/);
			seen.add(n);
		}
		expect(seen.size).toBeGreaterThan(45);
	});
});

describe('Zeyi AES-CBC (cross-checked with crypto-js)', () => {
	test('AES-256-CBC/PKCS5 with key = appSecret bytes and the issued IV; Base64', () => {
		const key = zeyi.zeyiAesKey(APP_SECRET);
		const iv = zeyi.zeyiAesIv(IV);
		const plain = '{"driverMobile":"18888888888","driverName":"张三"}';
		const ours = zeyi.zeyiAesEncrypt(plain, key, iv);
		const { key: k, options } = cbc(APP_SECRET, IV);
		expect(ours).toBe(CryptoJS.AES.encrypt(plain, k, options).toString());
		expect(zeyi.zeyiAesDecrypt(ours, key, iv)).toBe(plain);
		expect(CryptoJS.AES.decrypt(ours, k, options).toString(CryptoJS.enc.Utf8)).toBe(plain);
	});
	test.each([16, 24])('%i-character appSecret → AES-%i... key sizes agree with crypto-js', (n) => {
		const secret = 's'.repeat(n);
		const ours = zeyi.zeyiAesEncrypt('data', zeyi.zeyiAesKey(secret), zeyi.zeyiAesIv(IV));
		const { key, options } = cbc(secret, IV);
		expect(ours).toBe(CryptoJS.AES.encrypt('data', key, options).toString());
	});
	test('"prefixed" payload: plaintext appKey + timestamp + nonce + data (Zeyi document), round trip', () => {
		/** @type {import('../../../credentials/signing/zeyi').ZeyiCryptoOptions} */
		const options = { appKey: APP_KEY, appSecret: APP_SECRET, aesIv: IV, mode: 'prefixed', timestamp: TIMESTAMP, nonce: NONCE };
		const ours = zeyi.zeyiEncryptPayload('13800000000', options);
		const { key, options: cryptoOptions } = cbc(APP_SECRET, IV);
		expect(CryptoJS.AES.decrypt(ours, key, cryptoOptions).toString(CryptoJS.enc.Utf8)).toBe(`${APP_KEY}${TIMESTAMP}${NONCE}13800000000`);
		expect(zeyi.zeyiDecryptPayload(ours, options)).toBe('13800000000');
		expect(zeyi.zeyiDecryptPayload(ours, { appKey: APP_KEY, appSecret: APP_SECRET, aesIv: IV })).toBe('13800000000');
	});
	test('"randomIv" payload: IV prepended, data only; crypto-js decrypts it', () => {
		/** @type {import('../../../credentials/signing/zeyi').ZeyiCryptoOptions} */
		const options = { appKey: APP_KEY, appSecret: APP_SECRET, mode: 'randomIv' };
		const a = zeyi.zeyiEncryptPayload('秘密', options);
		const b = zeyi.zeyiEncryptPayload('秘密', options);
		expect(a).not.toBe(b);
		const raw = CryptoJS.enc.Base64.parse(a);
		const iv = CryptoJS.lib.WordArray.create(raw.words.slice(0, 4), 16);
		const ct = CryptoJS.lib.WordArray.create(raw.words.slice(4), raw.sigBytes - 16);
		const plain = CryptoJS.AES.decrypt(CryptoJS.lib.CipherParams.create({ ciphertext: ct }), CryptoJS.enc.Utf8.parse(APP_SECRET), {
			iv,
			mode: CryptoJS.mode.CBC,
			padding: CryptoJS.pad.Pkcs7,
		}).toString(CryptoJS.enc.Utf8);
		expect(plain).toBe('秘密');
		expect(zeyi.zeyiDecryptPayload(a, options)).toBe('秘密');
	});
	test('bad key / IV sizes name the field and never show the value', () => {
		expect(() => zeyi.zeyiAesKey('short-secret')).toThrow('App Secret (appSecret) must be 16, 24 or 32 bytes to be used as the AES key (got 12 bytes)');
		expect(() => zeyi.zeyiAesIv('iv')).toThrow('AES IV (aesIv) must be exactly 16 bytes (got 2 bytes)');
		expect(() => zeyi.zeyiAesIv('')).toThrow('AES IV (aesIv) is required');
		expect(() => zeyi.zeyiCryptoOptions(creds({ aesIv: 'x' }))).toThrow('AES IV (aesIv)');
		expect(() => zeyi.zeyiCryptoOptions(creds({ encryptionMode: 'ecb' }))).toThrow('Encryption Mode (encryptionMode)');
		expect(zeyi.zeyiCryptoOptions(creds({ aesIv: '', encryptionMode: 'randomIv' })).mode).toBe('randomIv');
		expect(() => zeyi.zeyiAesKey('short-secret')).toThrow();
		try {
			zeyi.zeyiAesKey('short-secret');
		} catch (error) {
			expect(error.message).not.toContain('short-secret');
		}
	});
});

describe('Zeyi token', () => {
	test('login body and token parsing', () => {
		expect(zeyi.zeyiLoginBody(creds())).toEqual({ username: 'zeyi', password: SECRETS.password });
		expect(() => zeyi.zeyiLoginBody(creds({ password: '' }))).toThrow('Password (password) is required');
		expect(() => zeyi.zeyiLoginBody(creds({ username: ' ' }))).toThrow('Username (username) is required');
		expect(
			zeyi.parseZeyiToken({ success: true, businessException: false, result: { accessToken: '64d7', expiresIn: 602105, tokenType: 'bearer' } }, creds()),
		).toEqual({ accessToken: '64d7', expiresIn: 602105 });
		const error = (() => {
			try {
				zeyi.parseZeyiToken({ success: false, businessException: true, errorCode: '200', message: `密码错误 ${SECRETS.password}` }, creds());
			} catch (e) {
				return e;
			}
		})();
		expect(error.message).toContain('Zeyi login failed (errorCode 200)');
		expect(error.message).not.toContain(SECRETS.password);
		expect(zeyi.isZeyiTokenExpired(401)).toBe(true);
		expect(zeyi.isZeyiTokenExpired(403)).toBe(false);
	});
	test('environments', () => {
		expect(zeyi.zeyiBaseUrl({})).toBe('https://gw.shjiuze.cn');
		expect(zeyi.zeyiBaseUrl({ environment: 'test' })).toBe('https://test.shjiuze.cn');
		expect(zeyi.zeyiBaseUrl({ environment: 'test', baseUrl: 'http://127.0.0.1:1/zeyi/' })).toBe('http://127.0.0.1:1/zeyi');
		expect(() => zeyi.zeyiBaseUrl({ baseUrl: 'gw.shjiuze.cn' })).toThrow('Base URL (baseUrl) must start with http:// or https://');
	});
});

describe('Zeyi credential authenticate', () => {
	const credential = new ZeyiApi();
	const header = (headers, name) => headers[Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase())];
	/** @param {any} out @param {import('../../../credentials/signing/zeyi').ZeyiSignData} [signData] */
	const verify = (out, signData = 'body') =>
		zeyi.verifyZeyiSign({
			appKey: header(out.headers, 'appKey'),
			appSecret: APP_SECRET,
			timestamp: header(out.headers, 'timestamp'),
			nonce: header(out.headers, 'nonce'),
			sign: header(out.headers, 'sign'),
			body: out.body || '',
			signData,
		});

	test('headers and a body string signed as sent', async () => {
		const body = { code: 'WBJL21071000044', totalAmount: '1000.10', repairProjectList: [{ name: '机油滤芯', number: 1 }] };
		const out = await credential.authenticate(creds(), {
			method: 'POST',
			url: 'https://zeyi.example.test/vehicle-service-api/maintenance/repairList',
			body,
			headers: {},
			json: true,
		});
		expect(out.body).toBe(JSON.stringify(body));
		expect(header(out.headers, 'Authorization')).toBe(`Bearer ${SECRETS.accessToken}`);
		expect(header(out.headers, 'appKey')).toBe(APP_KEY);
		expect(header(out.headers, 'timestamp')).toMatch(/^\d{13}$/);
		expect(header(out.headers, 'nonce')).toMatch(/^[a-z0-9]{6}$/);
		expect(header(out.headers, 'Content-Type')).toBe('application/json');
		// independent check of the sign with crypto-js
		expect(header(out.headers, 'sign')).toBe(
			CryptoJS.MD5(CryptoJS.enc.Utf8.parse(`${APP_KEY}${APP_SECRET}${header(out.headers, 'timestamp')}${header(out.headers, 'nonce')}${out.body}`)).toString(),
		);
		expect(JSON.stringify(out)).not.toContain(APP_SECRET);
	});

	test('idempotent: applied twice, the body string is unchanged and the new sign is valid', async () => {
		const first = await credential.authenticate(creds(), {
			method: 'POST',
			url: 'https://zeyi.example.test/vehicle-service-api/maintenance/invalid',
			body: { code: 'WBJL1', reason: '重复' },
			headers: {},
		});
		const second = await credential.authenticate(creds(), first);
		expect(second.body).toBe(first.body);
		expect(Object.keys(second.headers).filter((k) => k.toLowerCase() === 'sign')).toHaveLength(1);
		expect(verify(second)).toBe(true);
		// a string body chosen by the caller is signed byte for byte (no re-serialisation)
		const spaced = '{ "code" : "WBJL1" }';
		const raw = await credential.authenticate(creds(), { method: 'POST', url: '/x', body: spaced, headers: {} });
		expect(raw.body).toBe(spaced);
		expect(raw.url).toBe('https://zeyi.example.test/x');
		expect(verify(raw)).toBe(true);
	});

	test('legacy scheme signs without the body; environment preset resolves relative URLs', async () => {
		const out = await credential.authenticate(creds({ signData: 'none', baseUrl: '' }), {
			method: 'POST',
			url: '/vehicle-service-api/maintenance/repairConfirm',
			body: { code: 'A' },
			headers: {},
		});
		expect(out.url).toBe('https://test.shjiuze.cn/vehicle-service-api/maintenance/repairConfirm');
		expect(verify(out, 'none')).toBe(true);
		expect(verify(out, 'body')).toBe(false);
	});

	test('bad fields fail naming the field, never showing a secret', async () => {
		const cases = [
			[{ appSecret: 'has space' }, 'App Secret (appSecret) must not contain spaces'],
			[{ appKey: '' }, 'App Key (appKey) is required'],
			[{ baseUrl: 'test.shjiuze.cn' }, 'Base URL (baseUrl) must start with http:// or https://'],
			[{ signData: 'all' }, 'Sign Data (signData) must be "body" or "none"'],
		];
		for (const [extra, message] of cases) {
			const error = await credential.authenticate(creds(extra), { method: 'POST', url: '/x', body: {} }).catch((e) => e);
			expect(error.message).toContain(message);
			for (const secret of Object.values(SECRETS)) expect(error.message).not.toContain(secret);
		}
	});

	describe('encryption requested with the X-N8n-Zeyi-Encrypt header', () => {
		const BILL = '{"code":"WBJL21071000044","totalAmount":1000.10,"stationMobile":"13277788817"}';
		/** @returns {import('n8n-workflow').IHttpRequestOptions} */
		const request = (extra = {}) => ({
			method: 'POST',
			url: 'https://zeyi.example.test/vehicle-service-api/maintenance/repairList',
			body: BILL,
			headers: { 'Content-Type': 'application/json', 'X-N8n-Zeyi-Encrypt': 'true', ...extra },
		});
		const decryptCbc = (b64, ivText) => {
			const { key, options } = cbc(APP_SECRET, ivText);
			return CryptoJS.AES.decrypt(b64, key, options).toString(CryptoJS.enc.Utf8);
		};

		test('"prefixed": body {"data": AES(appKey + timestamp + nonce + body)} with the headers\' timestamp and nonce; sign over the envelope; header not sent', async () => {
			const out = await credential.authenticate(creds(), request());
			expect(Object.keys(out.headers).map((k) => k.toLowerCase())).not.toContain('x-n8n-zeyi-encrypt');
			const envelope = JSON.parse(/** @type {string} */ (out.body));
			expect(Object.keys(envelope)).toEqual(['data']);
			// independent decryption with crypto-js
			expect(decryptCbc(envelope.data, IV)).toBe(`${APP_KEY}${header(out.headers, 'timestamp')}${header(out.headers, 'nonce')}${BILL}`);
			expect(header(out.headers, 'sign')).toBe(
				CryptoJS.MD5(CryptoJS.enc.Utf8.parse(`${APP_KEY}${APP_SECRET}${header(out.headers, 'timestamp')}${header(out.headers, 'nonce')}${out.body}`)).toString(),
			);
			expect(out.body).not.toContain('13277788817');
			expect(JSON.stringify(out)).not.toContain(APP_SECRET);
		});

		test('"randomIv": data only, a random IV prepended (crypto-js decrypts it)', async () => {
			const out = await credential.authenticate(creds({ encryptionMode: 'randomIv', aesIv: '' }), request());
			const raw = CryptoJS.enc.Base64.parse(JSON.parse(/** @type {string} */ (out.body)).data);
			const iv = CryptoJS.lib.WordArray.create(raw.words.slice(0, 4), 16);
			const ciphertext = CryptoJS.lib.WordArray.create(raw.words.slice(4), raw.sigBytes - 16);
			const plain = CryptoJS.AES.decrypt(CryptoJS.lib.CipherParams.create({ ciphertext }), CryptoJS.enc.Utf8.parse(APP_SECRET), { iv, mode: CryptoJS.mode.CBC, padding: CryptoJS.pad.Pkcs7 });
			expect(plain.toString(CryptoJS.enc.Utf8)).toBe(BILL);
			expect(verify(out)).toBe(true);
		});

		test('idempotent: applied to its own output, "prefixed" is re-encrypted for the new timestamp/nonce (same plaintext), "randomIv" kept byte for byte', async () => {
			const first = await credential.authenticate(creds(), request());
			await new Promise((r) => setTimeout(r, 2));
			const second = await credential.authenticate(creds(), first);
			expect(verify(second)).toBe(true);
			expect(header(second.headers, 'nonce')).not.toBe(header(first.headers, 'nonce'));
			expect(decryptCbc(JSON.parse(/** @type {string} */ (second.body)).data, IV)).toBe(`${APP_KEY}${header(second.headers, 'timestamp')}${header(second.headers, 'nonce')}${BILL}`);
			const third = await credential.authenticate(creds(), second);
			expect(decryptCbc(JSON.parse(/** @type {string} */ (third.body)).data, IV)).toBe(`${APP_KEY}${header(third.headers, 'timestamp')}${header(third.headers, 'nonce')}${BILL}`);

			const random = creds({ encryptionMode: 'randomIv' });
			const r1 = await credential.authenticate(random, request());
			const r2 = await credential.authenticate(random, r1);
			expect(r2.body).toBe(r1.body);
			expect(verify(r2)).toBe(true);
		});

		test('without the header nothing is encrypted, also when the body happens to be {"data": …}', async () => {
			const plain = await credential.authenticate(creds(), request({ 'X-N8n-Zeyi-Encrypt': 'false' }));
			expect(plain.body).toBe(BILL);
			const data = '{"data":"aGVsbG8="}';
			const out = await credential.authenticate(creds(), { method: 'POST', url: '/x', body: data, headers: { appKey: APP_KEY, timestamp: TIMESTAMP, nonce: NONCE } });
			expect(out.body).toBe(data);
			expect(verify(out)).toBe(true);
		});

		test('legacy sign scheme: the envelope is sent, the sign leaves the body out', async () => {
			const out = await credential.authenticate(creds({ signData: 'none' }), request());
			expect(JSON.parse(/** @type {string} */ (out.body)).data).toBeTruthy();
			expect(verify(out, 'none')).toBe(true);
		});

		test('missing IV or a wrong-size key fails naming the field', async () => {
			const noIv = await credential.authenticate(creds({ aesIv: '' }), request()).catch((e) => e);
			expect(noIv.message).toContain('AES IV (aesIv) is required');
			const shortKey = await credential.authenticate(creds({ appSecret: 'short-secret' }), request()).catch((e) => e);
			expect(shortKey.message).toContain('App Secret (appSecret) must be 16, 24 or 32 bytes');
			expect(shortKey.message).not.toContain('short-secret');
		});
	});

	test('preAuthentication logs in with username/password and returns the token', async () => {
		const httpRequest = jest.fn(async (_request) => ({ statusCode: 200, body: { success: true, result: { accessToken: 'tok-new', expiresIn: 2592000 } } }));
		expect(await credential.preAuthentication.call({ helpers: { httpRequest } }, creds({ accessToken: '' }))).toEqual({ accessToken: 'tok-new', tokenFingerprint: fingerprintOf('tok-new', creds(), zeyi.ZEYI_TOKEN_FIELDS) });
		expect(httpRequest.mock.calls[0][0]).toMatchObject({
			method: 'POST',
			url: 'https://zeyi.example.test/auth-service-api/login/password',
			body: { username: 'zeyi', password: SECRETS.password },
		});
		const refused = jest.fn(async () => ({ statusCode: 200, body: { success: false, errorCode: '200', message: '用户名或密码错误' } }));
		const error = await credential.preAuthentication.call({ helpers: { httpRequest: refused } }, creds()).catch((e) => e);
		expect(error.message).toContain('Zeyi login failed (errorCode 200): 用户名或密码错误');
		expect(error.message).not.toContain(SECRETS.password);
	});
});
