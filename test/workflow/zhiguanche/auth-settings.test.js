// The credential's auth settings a customer aligns with the document ZhiGuanChe gives them: Login Path (the token call) and
// Request Signing (token + HMAC headers, the contract; or the bearer token only), against a sandbox configured
// the same way.
const { setup } = require('./helpers');
const { logEntries } = require('../../helpers/sandbox-log');

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => {
	if (env) await env.control('POST', '/config', { vendor: 'zhiguanche', tokenPath: '/auth/token', requireSignature: true });
	if (env) await env.close();
});

const companyGet = (data) => {
	const good = env.harness.credentials.get('zhiguancheApi', env.credential.id);
	const ref = env.harness.credentials.set('zhiguancheApi', { ...good, accessToken: '', ...data }, { id: `zgc-auth-${JSON.stringify(data)}`, name: 'auth settings' });
	return env.harness.runNode({ type: 'zhiguanche', name: 'ZhiGuanChe', parameters: { resource: 'company', operation: 'get' }, credentials: { zhiguancheApi: ref } });
};

describe('a document with another token path and no request signatures', () => {
	beforeAll(async () => {
		await env.control('POST', '/config', { vendor: 'zhiguanche', tokenPath: '/oauth2/token', requireSignature: false });
	});
	beforeEach(async () => env.control('DELETE', '/log?vendor=zhiguanche'));

	it('Login Path /oauth2/token and Request Signing "Token Only": the token comes from that path and calls carry only the bearer token', async () => {
		const r = await companyGet({ loginPath: '/oauth2/token', requestSigning: 'token' });
		expect(r.error).toBeUndefined();
		expect(r.json('ZhiGuanChe')[0]).toMatchObject({ name: '远景智联科技集团有限公司' });
		const entries = logEntries(await env.control('GET', '/log?vendor=zhiguanche&limit=100'));
		expect(entries.map((e) => [e.method, e.path, e.status, e.signature])).toEqual([
			['POST', '/openapi/v1/oauth2/token', 200, 'n/a'],
			['GET', '/openapi/v1/company/info', 200, 'not required'],
		]);
	});

	it('the default Login Path against that document fails at the token call with ZhiGuanChe\'s answer', async () => {
		const r = await companyGet({ requestSigning: 'token' });
		expect(r.error).toBeDefined();
		// /auth/token is no token endpoint there: an unauthenticated call, refused.
		expect(r.error.message).toBe('ZhiGuanChe token request failed (40101): access token missing, invalid or expired. Check App Key and App Secret.');
	});
});

describe('the contract (defaults)', () => {
	beforeAll(async () => {
		await env.control('POST', '/config', { vendor: 'zhiguanche', tokenPath: '/auth/token', requireSignature: true });
	});
	beforeEach(async () => env.control('DELETE', '/log?vendor=zhiguanche'));

	it('"Token Only" against a ZhiGuanChe that requires signatures is refused with its 40301', async () => {
		const r = await companyGet({ requestSigning: 'token' });
		expect(r.error.message).toBe('ZhiGuanChe error 40301: signature mismatch (unknown X-App-Key)');
	});

	it('the defaults sign every call (X-Signature verified by the sandbox)', async () => {
		const r = await companyGet({});
		expect(r.error).toBeUndefined();
		expect((await env.calls()).map((e) => e.signature)).toEqual(['ok']);
	});
});
