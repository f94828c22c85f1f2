// Hose credential: the edition refusal, the token answer (what is kept, what fails and how it reads), the
// token in the query, the stored token fields — vendors/hose.md "获取授权", "刷新授权". Complements hose.test.js.
const hose = require('../../../credentials/signing/hose');
const { zhenlingTokenUrl } = require('../../../credentials/signing/zhenling');

const creds = { appKey: 'ak', appSecurity: 'as-secret-1' };

describe('Hose', () => {
	it('an unknown edition is refused naming the editions', () => {
		expect(() => hose.hoseBaseUrl({ edition: 'cloud' })).toThrow(`Edition (edition) must be one of ${Object.keys(hose.HOSE_EDITIONS).join(', ')}, or set a Base URL`);
	});
	it('token answer: accessToken, refreshToken, expireTime, corporationId; non-text extras are dropped', () => {
		expect(hose.parseHoseToken({ value: { accessToken: 't', refreshToken: 'r', expireTime: '1700000000000', corporationId: 'c' } }, creds, 200)).toEqual({ accessToken: 't', refreshToken: 'r', expireTime: 1700000000000, corporationId: 'c' });
		expect(hose.parseHoseToken({ value: { accessToken: 't', refreshToken: 5, corporationId: 6 } }, creds, 399)).toEqual({ accessToken: 't', refreshToken: undefined, expireTime: undefined, corporationId: undefined });
	});
	it.each([
		[{ value: { accessToken: 't' }, errorCode: 'E403', errorMessage: 'no' }, 400, 'Hose token request failed (E403): no. Check App Key, App Security and the edition / Base URL.', 'E403'],
		[{ value: { accessToken: 't' } }, 500, 'Hose token request failed (500): no accessToken in the answer. Check App Key, App Security and the edition / Base URL.', '500'],
		[{ value: { accessToken: 7 }, message: 'plain message' }, undefined, 'Hose token request failed: plain message. Check App Key, App Security and the edition / Base URL.', undefined],
		[{ value: { accessToken: '' }, errorMessage: 'bad as-secret-1' }, 200, 'Hose token request failed (200): bad ***. Check App Key, App Security and the edition / Base URL.', '200'],
		[null, undefined, 'Hose token request failed: no accessToken in the answer. Check App Key, App Security and the edition / Base URL.', undefined],
	])('%j (HTTP %s) fails: %s', (body, status, message, code) => {
		let error;
		try {
			hose.parseHoseToken(body, creds, status);
		} catch (e) {
			error = e;
		}
		expect(error && error.message).toBe(message);
		expect(error.vendorCode).toBe(code);
	});
	it('the token replaces an accessToken written into the URL; other URL parameters stay', () => {
		const out = hose.applyHoseToken({ baseUrl: 'https://h.example', accessToken: 'new' }, { url: '/api/x?accessToken=old&a=1' });
		expect(out.url).toBe('https://h.example/api/x?a=1');
		expect(/** @type {any} */ (out).qs).toEqual({ accessToken: 'new' });
		const only = hose.applyHoseToken({ baseUrl: 'https://h.example', accessToken: 'new' }, { url: '/api/x?accessToken=old' });
		expect(only.url).toBe('https://h.example/api/x');
		// Without a token in it the URL is sent exactly as written (its encoding untouched).
		const kept = hose.applyHoseToken({ baseUrl: 'https://h.example', accessToken: 'new' }, { url: '/api/x?a=1&b=x+y&c=%7e' });
		expect(kept.url).toBe('https://h.example/api/x?a=1&b=x+y&c=%7e');
	});
	it('stored fields: refreshToken and expiry as text, "" when absent, the renewal marker cleared', () => {
		expect(hose.hoseTokenFields({ accessToken: 't', refreshToken: 'r', expireTime: 5 })).toEqual({ accessToken: 't', [hose.HOSE_REFRESH_TOKEN_FIELD]: 'r', [hose.HOSE_EXPIRES_FIELD]: '5', [hose.HOSE_RENEW_FIELD]: '' });
		expect(hose.hoseTokenFields({ accessToken: 't' })).toEqual({ accessToken: 't', [hose.HOSE_REFRESH_TOKEN_FIELD]: '', [hose.HOSE_EXPIRES_FIELD]: '', [hose.HOSE_RENEW_FIELD]: '' });
		expect(hose.hoseTokenFields({ accessToken: 't', expireTime: 0 })[hose.HOSE_EXPIRES_FIELD]).toBe('0');
	});
});

describe('Zhenling token URL', () => {
	it('a path whose query names an http URL is still a path below the Base URL', () => {
		expect(zhenlingTokenUrl({ baseUrl: 'https://z.example', tokenUrl: '/oauth/token?next=http://x' })).toBe('https://z.example/oauth/token?next=http://x');
	});
});
