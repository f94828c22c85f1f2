// Zeyi credential: refusals a user sees for a wrong field, the login answer, the encrypted payload modes, the
// signed request (headers, body, Encrypt Payload switch, re-signing its own output) — vendors/zeyi.md
// "签名", "加密", "登录". Complements zeyi.test.js.
const zeyi = require('../../../credentials/signing/zeyi');
const { md5Hex } = require('../../../credentials/signing/common');

const SECRET = 'sbx0zeyi0app0secret0000000000001'; // 32 bytes: AES-256
const IV = 'sbx0zeyi0iv00001';
const creds = (extra = {}) => ({ baseUrl: 'https://zeyi.example', appKey: 'ak', appSecret: SECRET, aesIv: IV, username: 'u', password: 'p', ...extra });
const key = Buffer.from(SECRET);
const iv = Buffer.from(IV);

describe('credential fields', () => {
	it('environment preset: production by default; another value is refused', () => {
		expect(zeyi.zeyiBaseUrl({})).toBe(zeyi.ZEYI_ENVIRONMENTS.production);
		expect(() => zeyi.zeyiBaseUrl({ environment: 'qa' })).toThrow('Environment (environment) must be "production" or "test", or set a Base URL');
	});
	it('Sign Data: "body" by default, "none", anything else refused', () => {
		expect(zeyi.zeyiSignDataOf({})).toBe('body');
		expect(zeyi.zeyiSignDataOf({ signData: 'none' })).toBe('none');
		expect(() => zeyi.zeyiSignDataOf({ signData: 'all' })).toThrow('Sign Data (signData) must be "body" or "none"');
	});
	it('Encryption Mode: prefixed by default (needs the IV), randomIv (does not), anything else refused', () => {
		expect(zeyi.zeyiCryptoOptions(creds()).mode).toBe('prefixed');
		for (const aesIv of [null, undefined, '']) expect(() => zeyi.zeyiCryptoOptions(creds({ aesIv }))).toThrow('AES IV (aesIv) is required to encrypt or decrypt Zeyi payloads');
		expect(zeyi.zeyiCryptoOptions(creds({ aesIv: null, encryptionMode: 'randomIv' }))).toMatchObject({ mode: 'randomIv', aesIv: '' });
		expect(() => zeyi.zeyiCryptoOptions(creds({ encryptionMode: 'ecb' }))).toThrow('Encryption Mode (encryptionMode) must be "prefixed" or "randomIv"');
		expect(() => zeyi.zeyiCryptoOptions(creds({ aesIv: 'short' }))).toThrow('AES IV (aesIv) must be exactly 16 bytes (got 5 bytes)');
	});
	it('login body: the password as given (not trimmed); missing or null is refused', () => {
		expect(zeyi.zeyiLoginBody(creds({ password: ' p w ' }))).toEqual({ username: 'u', password: ' p w ' });
		expect(zeyi.zeyiLoginBody(creds({ password: 12 }))).toEqual({ username: 'u', password: '12' });
		for (const password of [undefined, null, '']) expect(() => zeyi.zeyiLoginBody(creds({ password }))).toThrow('Password (password) is required');
	});
});

describe('login answer', () => {
	it('the token and expiresIn', () => {
		expect(zeyi.parseZeyiToken({ success: true, result: { accessToken: 't', expiresIn: 60 } }, creds())).toEqual({ accessToken: 't', expiresIn: 60 });
		expect(zeyi.parseZeyiToken('{"result":{"accessToken":"t"}}', creds())).toEqual({ accessToken: 't', expiresIn: undefined });
	});
	it.each([
		[{ success: false, errorCode: 'E1', message: 'wrong password', result: { accessToken: 't' } }, 'Zeyi login failed (errorCode E1): wrong password. Check Username and Password (issued by Zeyi).', 'E1'],
		[{ success: true, errorCode: null, result: { accessToken: 5 } }, 'Zeyi login failed: no accessToken in the answer. Check Username and Password (issued by Zeyi).', undefined],
		[{ success: true, result: { accessToken: '' } }, 'Zeyi login failed: no accessToken in the answer. Check Username and Password (issued by Zeyi).', undefined],
		[null, 'Zeyi login failed: no accessToken in the answer. Check Username and Password (issued by Zeyi).', undefined],
		[{ errorCode: 0, message: 'x' }, 'Zeyi login failed (errorCode 0): x. Check Username and Password (issued by Zeyi).', '0'],
	])('%j fails: %s', (body, message, code) => {
		let error;
		try {
			zeyi.parseZeyiToken(body, creds());
		} catch (e) {
			error = e;
		}
		expect(error && error.message).toBe(message);
		expect(error.vendorCode).toBe(code);
	});
});

describe('signature check of calls Zeyi makes', () => {
	const signed = (data) => ({ appKey: 'ak', appSecret: SECRET, timestamp: '1700000000000', nonce: 'abc123', sign: zeyi.zeyiSign({ appKey: 'ak', appSecret: SECRET, timestamp: '1700000000000', nonce: 'abc123', data }) });
	it('verifies over the body (text or bytes), upper-case hex accepted; with signData none over no body', () => {
		expect(zeyi.verifyZeyiSign({ ...signed('{"a":"中"}'), body: Buffer.from('{"a":"中"}') })).toBe(true);
		expect(zeyi.verifyZeyiSign({ ...signed('x'), body: 'x', sign: signed('x').sign.toUpperCase() })).toBe(true);
		expect(zeyi.verifyZeyiSign({ ...signed(''), body: 'anything', signData: 'none' })).toBe(true);
		expect(zeyi.verifyZeyiSign({ ...signed(''), body: undefined })).toBe(true);
		expect(zeyi.verifyZeyiSign({ ...signed('x'), body: 'y' })).toBe(false);
	});
	it('no sign, timestamp or nonce fails', () => {
		for (const missing of ['sign', 'timestamp', 'nonce']) expect(zeyi.verifyZeyiSign({ ...signed(''), body: '', [missing]: '' })).toBe(false);
	});
});

describe('payload encryption', () => {
	const options = (extra = {}) => ({ appKey: 'ak', appSecret: SECRET, aesIv: IV, ...extra });
	it('prefixed: plaintext appKey + timestamp + nonce + data with the issued IV; decrypted back with or without the timestamp and nonce', () => {
		const c = zeyi.zeyiEncryptPayload('{"a":1}', options({ timestamp: '1700000000000', nonce: 'abc123' }));
		expect(zeyi.zeyiAesDecrypt(c, key, iv)).toBe('ak1700000000000abc123{"a":1}');
		expect(zeyi.zeyiDecryptPayload(c, options({ timestamp: '1700000000000', nonce: 'abc123' }))).toBe('{"a":1}');
		expect(zeyi.zeyiDecryptPayload(c, options())).toBe('{"a":1}');
		// Another timestamp: the prefix is not ours, the text is given whole.
		expect(zeyi.zeyiDecryptPayload(c, options({ timestamp: '1700000000001', nonce: 'abc123' }))).toBe('ak1700000000000abc123{"a":1}');
		expect(zeyi.zeyiDecryptPayload(c, options({ timestamp: '1700000000000' }))).toBe('{"a":1}');
		expect(zeyi.zeyiDecryptPayload(c, options({ nonce: 'abc123' }))).toBe('{"a":1}');
	});
	it('prefixed without timestamp and nonce: nothing between appKey and data; an app key with regex characters is matched literally', () => {
		const c = zeyi.zeyiEncryptPayload('d', options({ appKey: 'a.k' }));
		expect(zeyi.zeyiAesDecrypt(c, key, iv)).toBe('a.kd');
		const p = zeyi.zeyiEncryptPayload('d', options({ appKey: 'a.k', timestamp: '1700000000000', nonce: 'abc123' }));
		expect(zeyi.zeyiDecryptPayload(p, options({ appKey: 'a.k' }))).toBe('d');
		const other = zeyi.zeyiEncryptPayload('d', options({ appKey: 'aXk', timestamp: '1700000000000', nonce: 'abc123' }));
		expect(zeyi.zeyiDecryptPayload(other, options({ appKey: 'a.k' }))).toBe('aXk1700000000000abc123d');
	});
	it('prefixed needs the IV', () => {
		expect(() => zeyi.zeyiEncryptPayload('d', { appKey: 'ak', appSecret: SECRET })).toThrow('AES IV (aesIv) is required');
		expect(() => zeyi.zeyiDecryptPayload('AAAA', { appKey: 'ak', appSecret: SECRET })).toThrow('AES IV (aesIv) is required');
	});
	it('randomIv: a fresh IV prepended, data only', () => {
		const a = zeyi.zeyiEncryptPayload('{"a":1}', options({ mode: 'randomIv' }));
		const b = zeyi.zeyiEncryptPayload('{"a":1}', options({ mode: 'randomIv' }));
		expect(a).not.toBe(b);
		const raw = Buffer.from(a, 'base64');
		expect(zeyi.zeyiAesDecrypt(raw.subarray(16), key, raw.subarray(0, 16))).toBe('{"a":1}');
		expect(zeyi.zeyiDecryptPayload(a, options({ mode: 'randomIv' }))).toBe('{"a":1}');
	});
	it('zeyiCiphertextOfBody: only {"data":"<Base64>"} with nothing else', () => {
		expect(zeyi.zeyiCiphertextOfBody('{"data":"QUJD+/=="}')).toBe('QUJD+/==');
		for (const body of [' {"data":"QUJD"}', '{"data":"QU JD"}', '{"data":"QUJD","x":1}', '{"data":5}', '{"data":"x-y"}', '{"data":"QUJD==="}', '{bad', 'null', '[1]', '{}']) {
			expect(zeyi.zeyiCiphertextOfBody(body)).toBeUndefined();
		}
	});
});

describe('signZeyiRequest', () => {
	const now = 1700000000000;
	const sign = (request, extra) => zeyi.signZeyiRequest(creds(extra), { method: 'POST', url: '/api/x', headers: {}, ...request }, now, 'abc123');
	it('headers: Bearer token when there is one, appKey, timestamp, nonce, sign over the body; Content-Type only with a body', () => {
		const out = sign({ body: { a: 1 } }, { accessToken: 'tok' });
		expect(out.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer tok', appKey: 'ak', timestamp: String(now), nonce: 'abc123', sign: md5Hex(`ak${SECRET}${now}abc123{"a":1}`) });
		const bare = sign({ body: {} });
		expect(bare.body).toBeUndefined();
		expect(bare.headers).toEqual({ appKey: 'ak', timestamp: String(now), nonce: 'abc123', sign: md5Hex(`ak${SECRET}${now}abc123`) });
	});
	it('signData none: the sign leaves the body out', () => {
		const out = sign({ body: { a: 1 } }, { signData: 'none' });
		expect(out.headers.sign).toBe(md5Hex(`ak${SECRET}${now}abc123`));
		expect(out.body).toBe('{"a":1}');
	});
	it.each([[true], ['1'], ['true'], [' YES '], ['on']])('Encrypt Payload %j: the body becomes {"data": ciphertext}, the switch header is not sent', (value) => {
		const out = sign({ body: { a: 1 }, headers: { [zeyi.ZEYI_ENCRYPT_HEADER.toLowerCase()]: value } });
		expect(Object.keys(out.headers)).not.toContain(zeyi.ZEYI_ENCRYPT_HEADER.toLowerCase());
		const ciphertext = zeyi.zeyiCiphertextOfBody(out.body);
		expect(zeyi.zeyiAesDecrypt(ciphertext, key, iv)).toBe(`ak${now}abc123{"a":1}`);
		expect(out.headers.sign).toBe(md5Hex(`ak${SECRET}${now}abc123${out.body}`));
	});
	it('Encrypt Payload with no body: nothing is encrypted or sent', () => {
		const out = sign({ body: {}, headers: { [zeyi.ZEYI_ENCRYPT_HEADER]: 'true' } });
		expect(out).not.toHaveProperty('body');
		expect(out.headers.sign).toBe(md5Hex(`ak${SECRET}${now}abc123`));
	});
	it.each([[false], ['0'], ['no'], ['onx'], ['xon'], [undefined]])('Encrypt Payload %j: the body is sent as it is', (value) => {
		const out = sign({ body: { a: 1 }, headers: { [zeyi.ZEYI_ENCRYPT_HEADER]: value } });
		expect(out.body).toBe('{"a":1}');
		expect(Object.keys(out.headers)).not.toContain(zeyi.ZEYI_ENCRYPT_HEADER);
	});
	it('re-signing its own encrypted output encrypts the same plaintext for the new timestamp and nonce', () => {
		const once = sign({ body: { a: 1 }, headers: { [zeyi.ZEYI_ENCRYPT_HEADER]: 'true' } });
		const twice = zeyi.signZeyiRequest(creds(), once, now + 5, 'xyz789');
		expect(zeyi.zeyiAesDecrypt(zeyi.zeyiCiphertextOfBody(twice.body), key, iv)).toBe(`ak${now + 5}xyz789{"a":1}`);
		expect(twice.headers.sign).toBe(md5Hex(`ak${SECRET}${now + 5}xyz789${twice.body}`));
	});
	it('a {"data": …} body that is not its own output is kept byte for byte', () => {
		const once = sign({ body: { a: 1 }, headers: { [zeyi.ZEYI_ENCRYPT_HEADER]: 'true' } });
		for (const headers of [{ ...once.headers, appKey: undefined }, { ...once.headers, timestamp: null }, { ...once.headers, nonce: '' }, { ...once.headers, appKey: 'other' }]) {
			expect(zeyi.signZeyiRequest(creds(), { ...once, headers }, now + 5, 'xyz789').body).toBe(once.body);
		}
		expect(zeyi.signZeyiRequest(creds({ encryptionMode: 'randomIv' }), once, now + 5, 'xyz789').body).toBe(once.body);
		const foreign = '{"data":"QUJDREVGR0hJSktMTU5PUA=="}';
		expect(zeyi.signZeyiRequest(creds(), { ...once, body: foreign }, now + 5, 'xyz789').body).toBe(foreign);
	});
});
