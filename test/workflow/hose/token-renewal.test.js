// Hose's refreshToken rotation as real workflows against the sandbox (refresh-auth.md: "在授权码过期前，可使用
// 此接口刷新有效期。如果 accessToken 已经过期，则无法刷新，只能重新获取"; "刷新后 accessToken 和 refreshToken 的值都会
// 变化"). A stored token within 10 minutes of its expireTime is renewed with the refreshToken before the call
// (no login); a refreshToken another worker already rotated falls back to exactly one login; an expired one
// logs in at once instead of sending a doomed call.
const { startHose } = require('./helpers');

const LOGIN = '/api/openapi/v1/auth/getAccessToken';
const REFRESH = '/api/openapi/v2/auth/refreshToken';

describe('Hose token renewal (refreshToken rotation)', () => {
	let hose;
	beforeAll(async () => {
		hose = await startHose();
	});
	afterAll(() => hose && hose.close());
	beforeEach(async () => {
		await hose.reset();
		await hose.control('POST', '/config', { vendor: 'hose', tokenTtlSeconds: 7200 });
	});

	/** Every logged Hose request as [method, path]. */
	const sent = async () => (await hose.log()).map((e) => [e.method, e.path.replace(/^\/hose/, '')]);
	const stored = () => hose.harness.credentials.get('hoseApi', hose.credential.id);
	const getMany = () => hose.run({ resource: 'department', operation: 'getMany', returnAll: false, limit: 5 });
	const LIST = ['GET', '/api/openapi/v1/departments'];

	/** Logs in through a first run whose token lives `ttl` seconds; clears the log. */
	async function loginWithTtl(ttl) {
		await hose.control('POST', '/config', { vendor: 'hose', tokenTtlSeconds: ttl });
		const first = await getMany();
		expect(first.error).toBeUndefined();
		expect(await sent()).toEqual([['POST', LOGIN], LIST]);
		await hose.control('DELETE', '/log');
		await hose.control('POST', '/config', { vendor: 'hose', tokenTtlSeconds: 7200 });
		return stored();
	}

	it('the login answer is kept (refreshToken, expireTime); a token far from expiry is used as is', async () => {
		const credential = await loginWithTtl(7200);
		expect(credential.refreshToken).toMatch(/^r/);
		expect(Number(credential.tokenExpiresAt) - Date.now()).toBeGreaterThan(7100e3);
		expect(credential.renewAccessToken).toBe('');
		expect((await getMany()).error).toBeUndefined();
		expect(await sent()).toEqual([LIST]);
	});

	it('a token near expiry is renewed with the refreshToken — no login — and both tokens rotate', async () => {
		const before = await loginWithTtl(300);
		const result = await getMany();
		expect(result.error).toBeUndefined();
		expect(result.json('Node')).toHaveLength(5);
		const log = await hose.log();
		expect(log.map((e) => [e.method, e.path.replace(/^\/hose/, '')])).toEqual([['POST', REFRESH], LIST]);
		expect(log[0].query).toEqual({ accessToken: before.accessToken, refreshToken: before.refreshToken, powerCode: '219904' });
		const after = stored();
		expect(after.accessToken).not.toBe(before.accessToken);
		expect(after.refreshToken).not.toBe(before.refreshToken);
		expect(log[1].query.accessToken).toBe(after.accessToken);
		// The sandbox's refreshed lifetime (32 days) replaces the 5 minutes left.
		expect(Number(after.tokenExpiresAt) - Date.now()).toBeGreaterThan(31 * 86400e3);
		expect(after.renewAccessToken).toBe('');
		// The next run uses the renewed token as is.
		await hose.control('DELETE', '/log');
		expect((await getMany()).error).toBeUndefined();
		expect(await sent()).toEqual([LIST]);
	});

	it('a refreshToken another worker already rotated falls back to one login', async () => {
		const stale = await loginWithTtl(300);
		// Worker A renews (the sandbox rotates the pair); worker B still holds the old pair.
		expect((await getMany()).error).toBeUndefined();
		await hose.control('DELETE', '/log');
		hose.harness.credentials.set('hoseApi', stale, { id: hose.credential.id, name: hose.credential.name });
		const result = await getMany();
		expect(result.error).toBeUndefined();
		expect(await sent()).toEqual([['POST', REFRESH], ['POST', LOGIN], LIST]);
		const after = stored();
		expect(after.accessToken).not.toBe(stale.accessToken);
		expect(after.refreshToken).not.toBe(stale.refreshToken);
		expect(Number(after.tokenExpiresAt) - Date.now()).toBeGreaterThan(7100e3);
	});

	it('an expired token logs in once before the call (a refresh cannot renew it)', async () => {
		const credential = await loginWithTtl(7200);
		hose.harness.credentials.set('hoseApi', { ...credential, tokenExpiresAt: String(Date.now() - 1000) }, { id: hose.credential.id, name: hose.credential.name });
		expect((await getMany()).error).toBeUndefined();
		expect(await sent()).toEqual([['POST', LOGIN], LIST]);
	});

	it('concurrent items renew once: one refresh, every call with the renewed token', async () => {
		await loginWithTtl(300);
		const items = Array.from({ length: 4 }, (_, k) => ({ json: { k } }));
		const result = await hose.run({ resource: 'department', operation: 'getMany', returnAll: false, limit: 2 }, items);
		expect(result.error).toBeUndefined();
		const log = await sent();
		expect(log.filter(([, path]) => path === REFRESH)).toHaveLength(1);
		expect(log.filter(([, path]) => path === LOGIN)).toHaveLength(0);
		expect(log[0]).toEqual(['POST', REFRESH]);
		const token = stored().accessToken;
		const lists = (await hose.log()).filter((e) => e.path.endsWith('/api/openapi/v1/departments'));
		expect(lists).toHaveLength(4);
		expect(lists.map((e) => e.query.accessToken)).toEqual([token, token, token, token]);
	});
});
