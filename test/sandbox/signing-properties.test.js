// Property tests (fast-check) over HTTP: for any parameters, any unicode, any body bytes, the request each of
// the five credentials' signers produces is SENT to the running sandbox, whose own request pipeline (written
// from the vendor documents, no signing code shared) verifies it — DiDi's sign over the params, Zeyi's md5
// headers, ZhiGuanChe's HMAC over method / path / query / body, Hose's `accessToken` query parameter,
// Zhenling's Bearer header — and the sandbox's request log shows what it received: the signature verdict
// `ok` and the parameters / body exactly as given. (test/unit/signing-properties.test.js holds the same
// properties against the sandbox's verifier functions, without HTTP.) Runs per property: FC_RUNS (default 40).
const fc = require('fast-check');
const { start } = require('./helpers');
const { signDidiRequest } = require('../../credentials/signing/didi');
const { signZeyiRequest } = require('../../credentials/signing/zeyi');
const { signZhiguancheRequest } = require('../../credentials/signing/zhiguanche');
const { applyHoseToken } = require('../../credentials/signing/hose');
const { applyZhenlingToken } = require('../../credentials/signing/zhenling');

const options = { numRuns: Number(process.env.FC_RUNS || 40) };

// Names the signers or the sandbox reserve (the credential's own fields) are left out of the generated ones.
const RESERVED = ['sign', 'sign_key', 'client_id', 'access_token', 'timestamp', 'accessToken', '__proto__', 'constructor', 'ent', 'encrypt_content'];
const key = fc
	.oneof(fc.stringMatching(/^[A-Za-z0-9_]{1,12}$/), fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }))
	.filter((k) => !RESERVED.includes(k));
const value = fc.string({ unit: 'grapheme', maxLength: 40 });
const params = fc.dictionary(key, value, { maxKeys: 8 });
const bodyBytes = fc.uint8Array({ maxLength: 300 });

let ctx;
beforeAll(async () => {
	ctx = await start({ seed: 1, tokenTtlSeconds: 3600 });
});
afterAll(() => ctx && ctx.close());

/** Sends a signed request as n8n would (`qs` appended to the URL) and returns the sandbox's log entry for it. */
async function send(out) {
	const url = new URL(String(out.url));
	for (const [k, v] of Object.entries(out.qs ?? {})) url.searchParams.append(k, String(v));
	const before = ctx.sandbox.core.log.length;
	const res = await fetch(url, { method: out.method, headers: /** @type {any} */ (out.headers ?? {}), body: out.body });
	await res.arrayBuffer();
	const entries = ctx.sandbox.core.log.slice(before);
	expect(entries).toHaveLength(1);
	return { status: res.status, entry: entries[0] };
}

const credentials = (vendor, subject) => ({ ...ctx.sandbox.credentials(vendor), accessToken: ctx.sandbox.core.issueToken(vendor, subject).token });

describe('signed requests sent to the sandbox verify there, for any parameters and bodies', () => {
	it.each(['sha256', 'md5'])('DiDi POST (%s): the sandbox verifies the sign and reads every field as given', async (signMethod) => {
		ctx.sandbox.configure('didi', { signMethod });
		const creds = { ...credentials('didi', ctx.sandbox.core.credentials.didi.clientId), signMethod };
		await fc.assert(
			fc.asyncProperty(params, async (fields) => {
				const out = signDidiRequest(creds, { method: 'POST', url: '/river/Member/detail', body: fields }, Math.floor(Date.now() / 1000));
				const { entry } = await send(out);
				expect(entry.signature).toBe('ok');
				for (const [k, v] of Object.entries(fields)) expect(entry.params[k]).toBe(v);
			}),
			options,
		);
	});

	it('DiDi GET: any query parameters, signed in the query string', async () => {
		ctx.sandbox.configure('didi', { signMethod: 'sha256' });
		const creds = credentials('didi', ctx.sandbox.core.credentials.didi.clientId);
		await fc.assert(
			fc.asyncProperty(params, async (qs) => {
				const out = signDidiRequest(creds, { method: 'GET', url: '/river/Member/detail', qs }, Math.floor(Date.now() / 1000));
				const { entry } = await send(out);
				expect(entry.signature).toBe('ok');
				for (const [k, v] of Object.entries(qs)) expect(entry.query[k]).toBe(v);
			}),
			options,
		);
	});

	it('Zeyi: any body bytes, md5 over the bytes sent; the sandbox received exactly them', async () => {
		const creds = credentials('zeyi', ctx.sandbox.core.credentials.zeyi.username);
		await fc.assert(
			fc.asyncProperty(bodyBytes, async (bytes) => {
				const out = signZeyiRequest(creds, { method: 'POST', url: '/vehicle-service-api/maintenance/repairConfirm', body: Buffer.from(bytes), headers: {} }, Date.now());
				const { entry } = await send(out);
				expect(entry.signature).toBe('ok');
				expect(entry.rawBody).toBe(Buffer.from(bytes).toString('utf8'));
			}),
			options,
		);
	});

	it('Zeyi: any JSON body with any unicode names and values', async () => {
		const creds = credentials('zeyi', ctx.sandbox.core.credentials.zeyi.username);
		await fc.assert(
			fc.asyncProperty(fc.dictionary(key, fc.oneof(value, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), { minKeys: 1, maxKeys: 8 }), async (fields) => {
				const out = signZeyiRequest(creds, { method: 'POST', url: '/vehicle-service-api/maintenance/repairConfirm', body: fields, headers: {} }, Date.now());
				const { entry } = await send(out);
				expect(entry.signature).toBe('ok');
				expect(JSON.parse(entry.rawBody)).toEqual(JSON.parse(JSON.stringify(fields)));
			}),
			options,
		);
	});

	it('ZhiGuanChe: any method, any query parameters, any body bytes', async () => {
		const creds = credentials('zhiguanche', ctx.sandbox.core.credentials.zhiguanche.appKey);
		await fc.assert(
			fc.asyncProperty(params, bodyBytes, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), async (qs, bytes, method) => {
				const body = method === 'GET' ? undefined : Buffer.from(bytes);
				const out = signZhiguancheRequest(creds, { method, url: '/vehicles', qs, body, headers: {} }, Date.now());
				const { status, entry } = await send(out);
				expect(entry.signature).toBe('ok');
				expect(status).not.toBe(403);
				expect(entry.query).toEqual({ ...qs });
				expect(entry.rawBody).toBe(body ? body.toString('utf8') : '');
			}),
			options,
		);
	});

	it('Hose: the token is accepted beside any query parameters, which arrive as given', async () => {
		const creds = credentials('hose', ctx.sandbox.core.credentials.hose.appKey);
		await fc.assert(
			fc.asyncProperty(params, async (qs) => {
				const out = applyHoseToken(creds, { method: 'GET', url: '/api/openapi/v1/staffs', qs });
				const { status, entry } = await send(out);
				expect(status).not.toBe(403);
				expect(entry.query).toEqual({ ...qs, accessToken: creds.accessToken });
			}),
			options,
		);
	});

	it('Zhenling: the Bearer token is accepted with any query and any body bytes, which arrive as given', async () => {
		const creds = credentials('zhenling', ctx.sandbox.core.credentials.zhenling.clientId);
		await fc.assert(
			fc.asyncProperty(params, bodyBytes, async (qs, bytes) => {
				const search = new URLSearchParams(qs).toString();
				const out = applyZhenlingToken(creds, { method: 'POST', url: `/api/v1/contract/query${search ? `?${search}` : ''}`, body: Buffer.from(bytes), headers: { 'Content-Type': 'application/json' } });
				const { status, entry } = await send(out);
				expect(status).not.toBe(401);
				expect(entry.query).toEqual({ ...qs });
				expect(entry.rawBody).toBe(Buffer.from(bytes).toString('utf8'));
			}),
			options,
		);
	});
});
