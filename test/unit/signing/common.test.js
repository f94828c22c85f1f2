// credentials/signing/common.ts: the helpers every credential signs, validates and redacts with. Each case is
// what a vendor or a user sees: the bytes hashed, the URL a request goes to, the text of a refusal, a secret
// left in a message.
const common = require('../../../credentials/signing/common');

describe('errors name what failed', () => {
	it('CredentialFieldError: "<label> (<field>) <problem>", its field, its name', () => {
		const e = new common.CredentialFieldError('Base URL', 'baseUrl', 'is required');
		expect(e).toBeInstanceOf(Error);
		expect(e.message).toBe('Base URL (baseUrl) is required');
		expect(e.field).toBe('baseUrl');
		expect(e.name).toBe('CredentialFieldError');
	});
	it('TokenRequestError keeps the vendor code and its name', () => {
		const e = new common.TokenRequestError('refused', '401');
		expect([e.message, e.vendorCode, e.name]).toEqual(['refused', '401', 'TokenRequestError']);
	});
});

describe('hashes and order', () => {
	it('md5 / sha256 / HMAC-SHA256 give the published test vectors', () => {
		expect(common.md5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
		expect(common.sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(common.hmacSha256Hex('key', 'The quick brown fox jumps over the lazy dog')).toBe('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
	});
	it('byteCompare sorts by UTF-8 bytes: ASCII, then U+E000, then U+10000; equal is 0', () => {
		expect(['\u{10000}', 'b', '\uE000', 'a'].sort(common.byteCompare)).toEqual(['a', 'b', '\uE000', '\u{10000}']);
		expect(common.byteCompare('é', 'é')).toBe(0);
	});
	it('safeEqual: exact text only (same length, same bytes)', () => {
		expect(common.safeEqual('abc', 'abc')).toBe(true);
		expect(common.safeEqual('é', 'é')).toBe(true);
		expect(common.safeEqual('abc', 'abd')).toBe(false);
		expect(common.safeEqual('abc', 'ab')).toBe(false);
	});
});

describe('randomString (nonces)', () => {
	it('has the length asked for and only the alphabet given', () => {
		const s = common.randomString(500, 'ab');
		expect(s).toHaveLength(500);
		expect(s).toMatch(/^[ab]+$/);
	});
	it('is uniform over the alphabet (no modulo bias), across refills of the random pool', () => {
		// 200 letters: a byte >= 200 must be drawn again, else the first 56 letters come twice as often.
		const alphabet = Array.from({ length: 200 }, (_, i) => String.fromCharCode(0x100 + i)).join('');
		const counts = new Map();
		for (const c of common.randomString(60000, alphabet)) counts.set(c, (counts.get(c) ?? 0) + 1);
		expect(counts.size).toBe(200);
		const values = [...counts.values()];
		// Expected 300 each (sd ≈ 17); a biased draw gives ≈ 390 vs ≈ 195.
		expect(Math.max(...values) / Math.min(...values)).toBeLessThan(1.6);
	});
});

describe('credential fields', () => {
	it('text: trimmed, "" for a missing or null field, numbers as text', () => {
		expect(common.text({ a: '  x  ', n: 5, z: null }, 'a')).toBe('x');
		expect(common.text({ n: 5 }, 'n')).toBe('5');
		expect(common.text({ z: null }, 'z')).toBe('');
		expect(common.text({}, 'missing')).toBe('');
	});
	it('requireToken: missing, null or blank is "is required"; inner whitespace is refused; the value is kept as is', () => {
		for (const value of [undefined, null, '', '   ', '\n']) {
			expect(() => common.requireToken({ k: value }, 'k', 'App Key')).toThrow('App Key (k) is required');
		}
		expect(() => common.requireToken({ k: 'ab c' }, 'k', 'App Key')).toThrow('App Key (k) must not contain spaces or line breaks');
		expect(common.requireToken({ k: 12345 }, 'k', 'App Key')).toBe('12345');
	});
	it('requireField: trimmed value, or "is required"', () => {
		expect(common.requireField({ k: ' v ' }, 'k', 'Label')).toBe('v');
		expect(() => common.requireField({ k: ' ' }, 'k', 'Label')).toThrow('Label (k) is required');
	});
});

describe('normaliseBaseUrl', () => {
	const check = (value) => common.normaliseBaseUrl(value, 'baseUrl', 'Base URL');
	it('trims the value and every trailing slash', () => {
		expect(check('  https://api.example.com/v1//  ')).toBe('https://api.example.com/v1');
		expect(check('HTTP://api.example.com')).toBe('HTTP://api.example.com');
	});
	it('answers the same for the same value again (remembered)', () => {
		expect(check('https://again.example.com/')).toBe('https://again.example.com');
		expect(check('https://again.example.com/')).toBe('https://again.example.com');
	});
	it.each([
		['', 'is required'],
		['   ', 'is required'],
		['xhttp://host.example.com', 'must start with http:// or https://'],
		['api.example.com', 'must start with http:// or https://'],
		['http://exa mple.com', 'is not a valid URL'],
		['http://', 'is not a valid URL'],
		['https://api.example.com/?a=1', 'must not contain a query string or fragment'],
		['https://api.example.com/#top', 'must not contain a query string or fragment'],
	])('%j is refused: %s', (value, problem) => {
		expect(() => check(value)).toThrow(`Base URL (baseUrl) ${problem}`);
	});
});

describe('URLs', () => {
	it('splitUrl: path and decoded pairs; a URL that is only a query has an empty path; the fragment is dropped', () => {
		expect(common.splitUrl('?a=1&b=x%20y')).toEqual({ path: '', query: [['a', '1'], ['b', 'x y']] });
		expect(common.splitUrl('https://h.example/p?q=%E4%B8%AD#frag')).toEqual({ path: 'https://h.example/p', query: [['q', '中']] });
		expect(common.splitUrl('/p#x?y')).toEqual({ path: '/p', query: [] });
	});
	it('encodeQuery: RFC 3986 for names and values', () => {
		expect(common.encodeQuery([['a b', "it's (x)*!"], ['中', '&=']])).toBe("a%20b=it%27s%20%28x%29%2A%21&%E4%B8%AD=%26%3D");
	});
	const fallback = 'https://fallback.example';
	it.each([
		['/p', 'https://base.example/', 'https://base.example/p'],
		['p', 'https://base.example//', 'https://base.example/p'],
		['//p', 'https://base.example', 'https://base.example/p'],
		['a//b', 'https://base.example', 'https://base.example/a//b'],
		['/r?next=https://other.example', 'https://base.example', 'https://base.example/r?next=https://other.example'],
		['http://abs.example/p', 'https://base.example', 'http://abs.example/p'],
		['HTTPS://abs.example/p', 'https://base.example', 'HTTPS://abs.example/p'],
		['', 'https://base.example/', 'https://base.example/'],
	])('absoluteUrl(%j, baseURL %j) → %s', (url, baseURL, expected) => {
		expect(common.absoluteUrl(url, baseURL, fallback)).toBe(expected);
	});
	it('absoluteUrl without baseURL: below the fallback; no URL at all is the fallback itself', () => {
		expect(common.absoluteUrl('/r?next=https://other.example', undefined, `${fallback}/`)).toBe(`${fallback}/r?next=https://other.example`);
		expect(common.absoluteUrl(undefined, undefined, fallback)).toBe(fallback);
		expect(common.absoluteUrl('/p', '', fallback)).toBe(`${fallback}/p`);
	});
	it('takeRequestUrl: url, else the legacy uri (removed from the output), else undefined', () => {
		const out = { uri: 'x' };
		expect(common.takeRequestUrl({ uri: 'https://h.example/u' }, out)).toBe('https://h.example/u');
		expect(out).toEqual({});
		expect(common.takeRequestUrl({ url: 'https://h.example/a', uri: 'https://h.example/u' }, {})).toBe('https://h.example/a');
		expect(common.takeRequestUrl({}, {})).toBeUndefined();
	});
});

describe('bodyText: the exact text sent and signed', () => {
	it.each([
		[undefined, ''],
		[null, ''],
		['{"a" : 1}', '{"a" : 1}'],
		[Buffer.from('中 x', 'utf8'), '中 x'],
		[{}, ''],
		[{ a: 1, b: '中' }, '{"a":1,"b":"中"}'],
		[[1, 2], '[1,2]'],
		[0, '0'],
	])('%j → %j', (body, expected) => {
		expect(common.bodyText(body)).toBe(expected);
	});
});

describe('headers', () => {
	it('setHeader replaces every other spelling of the name and keeps other headers', () => {
		const headers = { 'content-type': 'text/plain', 'CONTENT-TYPE': 'x', Accept: 'a' };
		common.setHeader(headers, 'Content-Type', 'application/json');
		expect(headers).toEqual({ Accept: 'a', 'Content-Type': 'application/json' });
		const same = { 'Content-Type': 'old' };
		common.setHeader(same, 'Content-Type', 'new');
		expect(same).toEqual({ 'Content-Type': 'new' });
	});
});

describe('Base64', () => {
	it('base64Decode: standard or URL-safe alphabet, with or without padding, whitespace ignored', () => {
		const bytes = Buffer.from([0xfb, 0xff, 0x00, 0x41]);
		for (const text of ['+/8AQQ==', '-_8AQQ==', '-_8AQQ', ' +/8A\nQQ== ', '+/8A QQ']) expect(common.base64Decode(text)).toEqual(bytes);
		expect(common.base64Decode('_w').toString('hex')).toBe('ff');
		expect(common.base64Decode('aGk').toString()).toBe('hi');
	});
	it('base64UrlEncode: URL-safe alphabet, padding kept (Java Base64.getUrlEncoder)', () => {
		expect(common.base64UrlEncode(Buffer.from([0xfb, 0xff]))).toBe('-_8=');
		expect(common.base64UrlEncode(Buffer.from([0xfb, 0xef, 0xbe]))).toBe('----');
		expect(common.base64UrlEncode(Buffer.from([0xff, 0xff, 0xff]))).toBe('____');
	});
});

describe('redaction', () => {
	// Chosen so that its Base64 holds "+", "/" and "==" padding: "Pj4/Pz4+Pw==".
	const secret = '>>??>>?';
	const b64 = Buffer.from(secret).toString('base64').replace(/=+$/, '');
	it('every spelling of a secret is removed: raw, URL-encoded, RFC 3986, JSON-escaped, Base64 and URL-safe Base64 unpadded', () => {
		expect(b64).toBe('Pj4/Pz4+Pw');
		const url = Buffer.from(secret).toString('base64url');
		const message = `a ${secret} b ${encodeURIComponent(secret)} c ${b64} d ${url} e`;
		expect(common.redactSecrets(message, [undefined, 42, secret])).toBe('a *** b *** c *** d *** e');
		const quoted = 'x"y\\z-secret';
		expect(common.redactSecrets(`{"k":${JSON.stringify(quoted)}}`, [quoted])).toBe('{"k":"***"}');
		expect(common.redactSecrets("it's (1)!", ["it's (1)!"])).toBe('***');
		expect(common.redactSecrets(`q=${common.rfc3986("it's (1)!")}`, ["it's (1)!"])).toBe('q=***');
	});
	it('values of 4 characters and more are removed; shorter ones are left (they would blank ordinary text)', () => {
		expect(common.redactSecrets('a abc abcd b', ['abc'])).toBe('a abc abcd b');
		expect(common.redactSecrets('a abcd b', ['abcd'])).toBe('a *** b');
		expect(common.redactSecrets('a abcd b', [' abcd '])).toBe('a***b'); // the value as pasted, and trimmed
	});
	it('redactCredentials: every secret field, non-text values skipped, no credentials leaves the text', () => {
		const credentials = { appSecret: 'app-secret-1', accessToken: 'token-xyz-1', appKey: 'app-key-1', password: 1234567 };
		expect(common.redactCredentials('app-secret-1 token-xyz-1 app-key-1 1234567', credentials)).toBe('*** *** app-key-1 1234567');
		expect(common.redactCredentials('token-xyz-1', undefined)).toBe('token-xyz-1');
	});
	it('safeErrorMessage: the message, else the code, else "request failed"; secrets removed', () => {
		const credentials = { appSecret: 'app-secret-1' };
		expect(common.safeErrorMessage(new Error('bad app-secret-1'), credentials)).toBe('bad ***');
		expect(common.safeErrorMessage({ message: '', code: 'ECONNRESET' }, credentials)).toBe('ECONNRESET');
		expect(common.safeErrorMessage({ message: 42, code: 'ETIMEDOUT' }, credentials)).toBe('ETIMEDOUT');
		expect(common.safeErrorMessage({}, credentials)).toBe('request failed');
		expect(common.safeErrorMessage(null, credentials)).toBe('request failed');
		expect(common.safeErrorMessage(undefined, credentials)).toBe('request failed');
	});
});

describe('answers', () => {
	it('safeJson: parsed JSON, undefined for other text', () => {
		expect(common.safeJson('{"a":[1]}')).toEqual({ a: [1] });
		expect(common.safeJson('not json')).toBeUndefined();
	});
	it('answerObject: objects (parsed from text too); scalars, null and non-JSON are undefined', () => {
		expect(common.answerObject('{"a":1}')).toEqual({ a: 1 });
		expect(common.answerObject({ b: 2 })).toEqual({ b: 2 });
		for (const body of ['5', '"abc"', 'null', 'x', 5, null, undefined, '']) expect(common.answerObject(body)).toBeUndefined();
	});
	it('nowSeconds / nowMillis are the clock in seconds and milliseconds', () => {
		const before = Date.now();
		const ms = common.nowMillis();
		const s = common.nowSeconds();
		const after = Date.now();
		expect(ms).toBeGreaterThanOrEqual(before);
		expect(ms).toBeLessThanOrEqual(after);
		expect(s).toBeGreaterThanOrEqual(Math.floor(before / 1000));
		expect(s).toBeLessThanOrEqual(Math.floor(after / 1000));
		expect(Number.isInteger(s)).toBe(true);
	});
});
