const { redactCredentials, redactSecrets, safeErrorMessage } = require('../../../credentials/signing/common');

test('redact removes every secret credential value from text', () => {
	const credentials = { clientId: 'visible-id', clientSecret: 'sec-123456', signKey: 'sk-abcdef', accessToken: 'tok-999999' };
	const text = 'GET https://x/api?access_token=tok-999999 failed for visible-id using sk-abcdef and sec-123456';
	const out = redactCredentials(text, credentials);
	expect(out).toBe('GET https://x/api?access_token=*** failed for visible-id using *** and ***');
});

describe('redactSecrets: every spelling of a secret', () => {
	const secret = 'p@ss/w"rd+1 ok';
	const unpadded = (text) => text.replace(/=+$/, '');
	test.each([
		['literal', secret],
		['URL-encoded', encodeURIComponent(secret)],
		['RFC 3986', 'it%27s%28%2A%29%21'],
		['JSON-escaped', JSON.stringify(secret).slice(1, -1)],
		['Base64', unpadded(Buffer.from(secret).toString('base64'))],
		['URL-safe Base64', Buffer.from(secret).toString('base64url')],
	])('%s', (_name, form) => {
		expect(redactSecrets(`before ${form} after`, [secret, "it's(*)!"])).toBe('before *** after');
	});

	test('a secret containing another secret is removed whole; short values and other text stay', () => {
		expect(redactSecrets('key=abcd-efgh-ijkl, id=abc', ['abcd', 'abcd-efgh-ijkl', 'abc'])).toBe('key=***, id=abc');
	});

	test('a secret pasted with surrounding spaces is redacted in its trimmed form too', () => {
		expect(redactCredentials('refused sec-123456', { clientSecret: ' sec-123456 ' })).toBe('refused ***');
	});

	test('safeErrorMessage: the failure message (or code) of a transport error, redacted', () => {
		expect(safeErrorMessage(new Error('hang up sec-123456'), { clientSecret: 'sec-123456' })).toBe('hang up ***');
		expect(safeErrorMessage({ code: 'ECONNRESET' }, { clientSecret: 'sec-123456' })).toBe('ECONNRESET');
	});
});
