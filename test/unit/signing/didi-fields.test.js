// DiDi credential: the refusals a user sees for a wrong field, what the signed request carries (and leaves
// out), the encrypted variant, token answers and encrypted answers (vendors/didi.md "Signing",
// "Encryption", "Auth"). Complements didi.test.js (DiDi's published vectors).
const didi = require('../../../credentials/signing/didi');
const { sha256Hex, md5Hex } = require('../../../credentials/signing/common');

const KEY16 = '0123456789abcdef';
const creds = (extra = {}) => ({ baseUrl: 'https://didi.example', clientId: 'cid', signKey: 'skey', clientSecret: 'csecret', ...extra });
const configOf = (extra) => didi.readDidiConfig(creds(extra));

describe('credential fields', () => {
	it('the token is fetched from the documented path', () => {
		expect(didi.DIDI_GRANT_PATH).toBe('/river/Auth/authorize');
	});
	it('environment preset: production by default, test, anything else refused', () => {
		expect(didi.didiBaseUrl({})).toBe(didi.DIDI_ENVIRONMENTS.production);
		expect(didi.didiBaseUrl({ environment: 'test' })).toBe(didi.DIDI_ENVIRONMENTS.test);
		expect(() => didi.didiBaseUrl({ environment: 'staging' })).toThrow('Environment (environment) must be "production" or "test", or set a Base URL');
	});
	it.each([
		[{ companyId: '12 3' }, 'Company ID (companyId) must not contain spaces'],
		[{ signMethod: 'sha1' }, 'Sign Method (signMethod) must be "md5" or "sha256"'],
		[{ encryption: 'des' }, 'Encryption (encryption) must be "none", "aes128" or "aes256"'],
		[{ encryption: 'aes128', encryptKey: null }, 'Encrypt Key (encryptKey) is required when Encryption is on'],
		[{ encryption: 'aes128' }, 'Encrypt Key (encryptKey) is required when Encryption is on'],
		[{ encryption: 'aes128', encryptKey: '0123456789 abcdef' }, 'Encrypt Key (encryptKey) must not contain spaces or line breaks'],
		[{ encryption: 'aes256', encryptKey: `x${'a'.repeat(64)}` }, 'must be 64 hexadecimal characters for AES256 (got 65 characters)'],
		[{ encryption: 'aes256', encryptKey: `${'a'.repeat(64)}x` }, 'must be 64 hexadecimal characters for AES256 (got 65 characters)'],
	])('%j is refused: %s', (extra, message) => {
		expect(() => configOf(extra)).toThrow(message);
	});
	it('the AES128 key size is counted in bytes: 5 CJK characters + 1 = 16 bytes pass, 5 = 15 bytes are refused', () => {
		expect(configOf({ encryption: 'aes128', encryptKey: '中中中中中1' }).aesKey).toHaveLength(16);
		expect(() => configOf({ encryption: 'aes128', encryptKey: '中中中中中' })).toThrow('Encrypt Key (encryptKey) must be 16, 24 or 32 bytes for AES128 (got 15 bytes)');
	});
	it('didiAesKey with encryption off is refused: no key is used', () => {
		expect(() => didi.didiAesKey(KEY16, 'none')).toThrow('Encryption (encryption) is off: no key is used');
	});
	it('sign method sha256 by default, md5 in any case', () => {
		expect(configOf({}).signMethod).toBe('sha256');
		expect(configOf({ signMethod: 'MD5' }).signMethod).toBe('md5');
	});
});

describe('what is signed', () => {
	it('values: text raw, numbers as decimal text, structures as JSON', () => {
		expect(didi.didiValueText('a b')).toBe('a b');
		expect(didi.didiValueText(12)).toBe('12');
		expect(didi.didiValueText({ a: [1] })).toBe('{"a":[1]}');
	});
	it('params as sent: null / undefined / sign_key dropped, structures as one JSON string', () => {
		expect(didi.normaliseDidiParams({ a: null, b: undefined, sign_key: 'x', c: { d: 1 }, e: 's', f: 0 })).toEqual({ c: '{"d":1}', e: 's', f: 0 });
	});
	it('didiSign: sha256 by default, md5 on request, over the sign string', () => {
		const p = { b: '2', a: '1' };
		expect(didi.didiSign(p, 'k')).toBe(sha256Hex('a=1&b=2&sign_key=k'));
		expect(didi.didiSign(p, 'k', 'md5')).toBe(md5Hex('a=1&b=2&sign_key=k'));
	});
	it('verifyDidiSign: the method follows the length (32 md5, 64 sha256), upper-case hex accepted, no sign or a non-text sign fails', () => {
		const p = { a: '1' };
		expect(didi.verifyDidiSign({ ...p, sign: didi.didiSign(p, 'k', 'md5') }, 'k')).toBe(true);
		expect(didi.verifyDidiSign({ ...p, sign: didi.didiSign(p, 'k').toUpperCase() }, 'k')).toBe(true);
		expect(didi.verifyDidiSign({ ...p, sign: didi.didiSign(p, 'k', 'md5') }, 'k', 'sha256')).toBe(false);
		expect(didi.verifyDidiSign({ ...p, sign: '' }, 'k')).toBe(false);
		expect(didi.verifyDidiSign(p, 'k')).toBe(false);
		expect(didi.verifyDidiSign({ ...p, sign: 12345 }, 'k')).toBe(false);
	});
	it('ent: 2 for AES256, 1 for AES128', () => {
		expect(didi.didiEnt('aes256')).toBe(2);
		expect(didi.didiEnt('aes128')).toBe(1);
	});
	it('encrypt_content plaintext: every param except client_id, access_token, sign, sign_key and empty ones, in byte order', () => {
		expect(didi.didiEncryptContent({ z: 1, client_id: 'c', access_token: 't', sign: 's', sign_key: 'k', n: null, u: undefined, a: { b: 1 }, '\u{10000}': 'x', '\uE000': 'y' })).toBe('a={"b":1}&z=1&\uE000=y&\u{10000}=x');
	});
});

describe('buildDidiParams', () => {
	it('plain: client_id, the token when there is one, timestamp and company_id unless given, then sign', () => {
		const p = didi.buildDidiParams({ x: '1' }, configOf({ companyId: '77', accessToken: 'tok' }), 1700000000);
		expect(p).toEqual({ x: '1', client_id: 'cid', access_token: 'tok', timestamp: 1700000000, company_id: '77', sign: didi.didiSign({ x: '1', client_id: 'cid', access_token: 'tok', timestamp: 1700000000, company_id: '77' }, 'skey') });
		const kept = didi.buildDidiParams({ timestamp: 5, company_id: '9' }, configOf({ companyId: '77' }), 1700000000);
		expect(kept).not.toHaveProperty('access_token');
		expect([kept.timestamp, kept.company_id]).toEqual([5, '9']);
		expect(didi.buildDidiParams({}, configOf({}), 1)).not.toHaveProperty('company_id');
	});
	it('encrypted: only encrypt_content, ent, client_id, access_token and sign are sent; the plaintext holds timestamp and company_id', () => {
		const config = configOf({ encryption: 'aes128', encryptKey: KEY16, companyId: '77', accessToken: 'tok' });
		const p = didi.buildDidiParams({ phone: '138', client_id: 'other', access_token: 'old' }, config, 1700000000);
		expect(Object.keys(p).sort()).toEqual(['access_token', 'client_id', 'encrypt_content', 'ent', 'sign']);
		expect([p.client_id, p.access_token, p.ent]).toEqual(['cid', 'tok', 1]);
		expect(didi.verifyDidiSign(p, 'skey', 'sha256')).toBe(true);
		expect(didi.didiDecrypt(String(p.encrypt_content), Buffer.from(KEY16))).toBe('company_id=77&phone=138&timestamp=1700000000');
		const given = didi.buildDidiParams({ timestamp: 5, company_id: '9' }, config, 1700000000);
		expect(didi.didiDecrypt(String(given.encrypt_content), Buffer.from(KEY16))).toBe('company_id=9&timestamp=5');
		const noToken = didi.buildDidiParams({}, configOf({ encryption: 'aes128', encryptKey: KEY16 }), 1);
		expect(noToken).not.toHaveProperty('access_token');
		expect(didi.didiDecrypt(String(noToken.encrypt_content), Buffer.from(KEY16))).toBe('timestamp=1');
	});
	it('an already encrypted request is not encrypted again (re-signed only)', () => {
		const config = configOf({ encryption: 'aes128', encryptKey: KEY16, accessToken: 'tok' });
		const once = didi.buildDidiParams({ a: '1' }, config, 1700000000);
		const twice = didi.buildDidiParams(once, config, 1700000099);
		expect(twice.encrypt_content).toBe(once.encrypt_content);
		expect(twice).not.toHaveProperty('timestamp');
	});
});

describe('token and answers', () => {
	it('parseDidiToken: the token and expires_in (undefined when missing)', () => {
		expect(didi.parseDidiToken({ access_token: 't', expires_in: 3600 }, creds())).toEqual({ accessToken: 't', expiresIn: 3600 });
		expect(didi.parseDidiToken('{"access_token":"t"}', creds())).toEqual({ accessToken: 't', expiresIn: undefined });
	});
	it.each([
		[{ errno: 400, errmsg: 'bad client' }, 'DiDi token request failed (errno 400): bad client. Check Client ID and Client Secret.'],
		[{ errno: 19999, errmsg: 'sign error' }, 'DiDi token request failed (errno 19999): sign error. Check Sign Key and Sign Method.'],
		[{ errno: 10002, errmsg: 'ip' }, "DiDi token request failed (errno 10002): ip. The n8n server's IP is not on the DiDi app's IP whitelist."],
		[{ errno: 500, errmsg: 'busy' }, 'DiDi token request failed (errno 500): busy.'],
		[{ access_token: 5 }, 'DiDi token request failed: no access_token in the answer.'],
		[null, 'DiDi token request failed: no access_token in the answer.'],
		['not json', 'DiDi token request failed: no access_token in the answer.'],
	])('parseDidiToken(%j) fails: %s', (body, message) => {
		let error;
		try {
			didi.parseDidiToken(body, creds());
		} catch (e) {
			error = e;
		}
		expect(error && error.message).toBe(message);
		const errno = body && /** @type {any} */ (body).errno;
		expect(error.vendorCode).toBe(errno !== undefined && errno !== null ? String(errno) : undefined);
	});
	it('isDidiTokenExpired: errno 401 in an object or JSON text; anything else is not', () => {
		expect(didi.isDidiTokenExpired({ errno: 401 })).toBe(true);
		expect(didi.isDidiTokenExpired('{"errno":"401"}')).toBe(true);
		for (const body of [{ errno: 0 }, '401', 'x', null, undefined]) expect(didi.isDidiTokenExpired(body)).toBe(false);
	});
	it('decryptDidiResponse: plain, empty and non-object answers pass through unchanged', () => {
		const c = creds({ encryption: 'aes128', encryptKey: KEY16 });
		for (const body of ['text', null, [1], { errno: 0, data: { a: 1 } }, { encrypt_data: '' }, { encrypt_data: 5 }]) expect(didi.decryptDidiResponse(body, c)).toBe(body);
	});
	it('decryptDidiResponse: an envelope inside replaces the fields; other JSON becomes data; non-JSON text is data as text', () => {
		const c = creds({ encryption: 'aes128', encryptKey: KEY16 });
		const key = Buffer.from(KEY16);
		const enc = (text) => didi.didiEncrypt(text, key, 'aes128');
		expect(didi.decryptDidiResponse({ errno: 0, request_id: 'r', encrypt_data: enc('{"errno":1,"errmsg":"x"}') }, c)).toEqual({ errno: 1, errmsg: 'x', request_id: 'r' });
		expect(didi.decryptDidiResponse({ errno: 0, encrypt_data: enc('[1,2]') }, c)).toEqual({ errno: 0, data: [1, 2] });
		expect(didi.decryptDidiResponse({ errno: 0, encrypt_data: enc('{"a":1}') }, c)).toEqual({ errno: 0, data: { a: 1 } });
		expect(didi.decryptDidiResponse({ errno: 0, encrypt_data: enc('plain') }, c)).toEqual({ errno: 0, data: 'plain' });
		expect(didi.decryptDidiResponse({ errno: 0, encrypt_data: enc('5') }, c)).toEqual({ errno: 0, data: 5 });
		expect(didi.decryptDidiResponse({ errno: 0, encrypt_data: enc('null') }, c)).toEqual({ errno: 0, data: null });
	});
	it('decryptDidiResponse: a wrong key or encryption off is a clear credential error', () => {
		const enc = didi.didiEncrypt('{"a":1}', Buffer.from(KEY16), 'aes128');
		expect(() => didi.decryptDidiResponse({ encrypt_data: enc }, creds({ encryption: 'aes128', encryptKey: 'fedcba9876543210' }))).toThrow('Encrypt Key (encryptKey) could not decrypt the DiDi answer: check the key and Encryption type');
		expect(() => didi.decryptDidiResponse({ encrypt_data: enc }, creds())).toThrow('Encryption (encryption) is off, but DiDi answered encrypted data');
	});
});

describe('signDidiRequest', () => {
	const now = 1700000000;
	it.each(['GET', 'HEAD', 'DELETE', 'OPTIONS', undefined])('%s: params and sign in the query, no body', (method) => {
		const out = didi.signDidiRequest(creds(), { method, url: '/river/x', qs: { a: '1' }, body: { b: '2' } }, now);
		expect(out.body).toBeUndefined();
		const query = Object.fromEntries(new URL(out.url).searchParams);
		expect(query).toMatchObject({ a: '1', client_id: 'cid', timestamp: String(now) });
		expect(didi.verifyDidiSign(query, 'skey', 'sha256')).toBe(true);
	});
	it('GET: empty parameters are not sent (no "undefined" / "null" in the query)', () => {
		const out = didi.signDidiRequest(creds(), { method: 'GET', url: '/river/x', qs: { a: undefined, b: null, c: '1' } }, now);
		expect([...new URL(out.url).searchParams.keys()].sort()).toEqual(['c', 'client_id', 'sign', 'timestamp']);
	});
	it('POST: a JSON body with the sign, one Content-Type whatever its spelling, other headers kept', () => {
		const out = didi.signDidiRequest(creds(), { method: 'post', url: '/river/x', body: { b: '2' }, headers: { 'content-type': 'text/plain', 'X-Keep': 'k' } }, now);
		expect(out.headers).toEqual({ 'X-Keep': 'k', 'Content-Type': 'application/json' });
		expect(didi.verifyDidiSign(JSON.parse(String(out.body)), 'skey', 'sha256')).toBe(true);
	});
	it('POST bodies: JSON text or bytes are read, blank text is no fields, anything else than a JSON object is refused', () => {
		const fields = (body) => JSON.parse(didi.signDidiRequest(creds(), { method: 'POST', url: '/river/x', body }, now).body);
		expect(fields('{"b":"2"}').b).toBe('2');
		expect(fields(Buffer.from('{"b":"3"}')).b).toBe('3');
		expect(Object.keys(fields('  ')).sort()).toEqual(['client_id', 'sign', 'timestamp']);
		expect(Object.keys(fields(7)).sort()).toEqual(['client_id', 'sign', 'timestamp']);
		for (const body of ['[1]', 'null', 'x', '"s"']) {
			expect(() => didi.signDidiRequest(creds(), { method: 'POST', url: '/river/x', body }, now)).toThrow('DiDi request body must be a JSON object');
		}
	});
});
