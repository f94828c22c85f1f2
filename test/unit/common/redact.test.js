const { redact } = require('../../../nodes/common/redact');

test('redact removes every secret credential value from text', () => {
	const credentials = { clientId: 'visible-id', clientSecret: 'sec-123456', signKey: 'sk-abcdef', accessToken: 'tok-999999' };
	const text = 'GET https://x/api?access_token=tok-999999 failed for visible-id using sk-abcdef and sec-123456';
	const out = redact(text, credentials);
	expect(out).toBe('GET https://x/api?access_token=*** failed for visible-id using *** and ***');
});
