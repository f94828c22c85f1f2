// Zhenling master data through the harness against the sandbox: 2.1 counterparty query (Return All /
// Limit), 2.2 / 4.1 / 4.2 / 4.3 / 4.4 / 5.3 batch writes (many items, the vendor's batches), 4.5 value-set
// values, Act as User, vendor errors, validation that sends nothing, token expiry.
jest.setTimeout(30000);

const { setup } = require('./helpers');

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => env && (await env.close()));
beforeEach(() => env.reset());

const bodies = async (pathPart) => (await env.calls()).filter((c) => c.path.endsWith(pathPart)).map((c) => (typeof c.body === 'string' ? JSON.parse(c.body) : c.body));

describe('2.1 counterparty get many', () => {
	it('Return All reads every page of 100 and stops at the total', async () => {
		const total = (await env.state('counterparties')).total;
		const r = await env.run({ resource: 'counterparty', operation: 'getMany', returnAll: true });
		expect(r.error).toBeUndefined();
		expect(r.json('Zhenling')).toHaveLength(total);
		const sent = await bodies('/counterparty/query');
		expect(sent.map((b) => [b.pageNo, b.pageSize])).toEqual(Array.from({ length: Math.ceil(total / 100) }, (_, k) => [k + 1, 100]));
	});

	it('Limit asks for no more than needed; codes filter; Act as User is sent', async () => {
		const r = await env.run({ resource: 'counterparty', operation: 'getMany', returnAll: false, limit: 3 });
		expect(r.json('Zhenling')).toHaveLength(3);
		expect((await bodies('/counterparty/query'))[0]).toMatchObject({ pageNo: 1, pageSize: 3 });
		const code = r.json('Zhenling')[1].code;
		await env.reset();
		const one = await env.run({
			resource: 'counterparty',
			operation: 'getMany',
			returnAll: true,
			filters: { codes: `${code}, NOPE` },
			actAsUser: { userIdType: 'LOGINNAME', userId: 'e000002' },
		});
		expect(one.json('Zhenling').map((c) => c.code)).toEqual([code]);
		expect((await bodies('/counterparty/query'))[0]).toMatchObject({ codes: [code, 'NOPE'], userIdType: 'LOGINNAME', userId: 'e000002' });
	});

	it('an unknown Act-as-User is Zhenling error A0401 with a hint', async () => {
		const r = await env.run({ resource: 'counterparty', operation: 'getMany', returnAll: true, actAsUser: { userIdType: 'EMAIL', userId: 'nobody@corp.example.com' } });
		expect(r.error.message).toBe('Zhenling error A0401: user EMAIL=nobody@corp.example.com does not exist');
		expect(r.error.description).toContain('Act as User');
	});

	it('a malformed Act-as-User e-mail fails naming the field and sends nothing', async () => {
		const r = await env.run({ resource: 'counterparty', operation: 'getMany', returnAll: true, actAsUser: { userIdType: 'EMAIL', userId: 'not-an-email' } });
		expect(r.error.message).toBe('Act as User → User ID (userId) must be an e-mail address when User ID Type is EMAIL (got "not-an-email") [item 0]');
		expect(await env.calls()).toHaveLength(0);
	});

	it('token expiry: a revoked token is refreshed once and the read succeeds', async () => {
		await env.run({ resource: 'counterparty', operation: 'getMany', returnAll: false, limit: 1 });
		await env.control('POST', '/tokens/revoke', { vendor: 'zhenling' });
		const before = env.harness.credentials.get('zhenlingApi', env.credential.id).accessToken;
		const r = await env.run({ resource: 'counterparty', operation: 'getMany', returnAll: false, limit: 1 });
		expect(r.error).toBeUndefined();
		expect(r.json('Zhenling')).toHaveLength(1);
		expect(env.harness.credentials.get('zhenlingApi', env.credential.id).accessToken).not.toBe(before);
		expect((await env.calls()).map((c) => c.status)).toEqual([200, 401, 200]);
		expect(await env.tokenCalls()).toHaveLength(2);
	});
});

describe('configurable path prefix', () => {
	it('a tenant with another prefix works once the credential says so; a wrong prefix is A0404 with a hint', async () => {
		await env.control('POST', '/config', { vendor: 'zhenling', pathPrefix: '/open/v2' });
		const wrong = await env.run({ resource: 'valueSet', operation: 'getValues', code: 'CONTRACT_TYPE' });
		expect(wrong.error.message).toBe('Zhenling error A0404: unknown endpoint POST /api/v1/valueset/values');
		expect(wrong.error.description).toContain('Path Prefix');
		const other = env.harness.credentials.set('zhenlingApi', { ...env.data, pathPrefix: '/open/v2' }, { id: 'zhenling-v2', name: 'Zhenling v2' });
		const r = await env.harness.runNode({ type: 'zhenling', name: 'Zhenling', parameters: { resource: 'valueSet', operation: 'getValues', code: 'CONTRACT_TYPE' }, credentials: { zhenlingApi: other } });
		expect(r.error).toBeUndefined();
		expect(r.json('Zhenling').map((v) => v.code)).toEqual(['PURCHASE', 'SALES', 'SERVICE', 'LEASE']);
		expect((await env.calls()).map((c) => c.path)).toEqual(['/api/v1/valueset/values', '/open/v2/valueset/values']);
		expect((await env.harness.testCredential('zhenlingApi', { ...env.data, pathPrefix: '/open/v2' })).status).toBe('OK');
	});
});

describe('master data writes: many items in the vendor batches', () => {
	const counterparties = (n) => Array.from({ length: n }, (_, k) => ({ json: { code: `CP-N${k}`, name: `新相对方${k}有限公司` } }));
	const cpParams = { resource: 'counterparty', operation: 'upsert', code: '={{ $json.code }}', name: '={{ $json.name }}' };

	it('2.2: 250 items go out as 3 calls (100, 100, 50); every item is accepted with its taskId; the records are stored', async () => {
		const r = await env.run(cpParams, counterparties(250));
		expect(r.error).toBeUndefined();
		const out = r.json('Zhenling');
		expect(out).toHaveLength(250);
		expect(out[0]).toMatchObject({ status: 'accepted', api: 'saveCounterparty', sourceCode: 'CP-N0', taskId: expect.any(String), batchNo: expect.any(String), request: { code: 'CP-N0', name: '新相对方0有限公司' } });
		expect(new Set(out.map((o) => o.taskId)).size).toBe(250);
		expect(r.items('Zhenling').map((i) => i.pairedItem.item)).toEqual(Array.from({ length: 250 }, (_, k) => k));
		const sent = await bodies('/counterparty/save');
		expect(sent.map((b) => b.list.length)).toEqual([100, 100, 50]);
		expect((await env.state('counterparties', '?code=CP-N249')).total).toBe(1);
	});

	it('Batch Size splits smaller; Act as User per item splits batches by user', async () => {
		const items = counterparties(5).map((it, k) => ({ json: { ...it.json, user: k < 2 ? 'e000001@corp.example.com' : 'e000002@corp.example.com' } }));
		const r = await env.run({ ...cpParams, actAsUser: { userIdType: 'EMAIL', userId: '={{ $json.user }}' }, options: { batchSize: 2 } }, items);
		expect(r.error).toBeUndefined();
		const sent = await bodies('/counterparty/save');
		expect(sent.map((b) => [b.userId, b.list.map((x) => x.code)])).toEqual([
			['e000001@corp.example.com', ['CP-N0', 'CP-N1']],
			['e000002@corp.example.com', ['CP-N2', 'CP-N3']],
			['e000002@corp.example.com', ['CP-N4']],
		]);
	});

	it('a bad credit code in item 2 fails naming field and item before anything is sent', async () => {
		const items = counterparties(3);
		items[2].json.credit = '123';
		const r = await env.run({ ...cpParams, additionalFields: { creditCode: '={{ $json.credit }}' } }, items);
		expect(r.error.message).toBe('Credit Code (creditCode) must be an 18-character unified social credit code (got "123") [item 2]');
		expect(await env.calls()).toHaveLength(0);
	});

	it('with continueOnFail the bad item becomes an error item and the rest are sent', async () => {
		const items = counterparties(3);
		items[1].json.name = '';
		const r = await env.run(cpParams, items, { onError: 'continueRegularOutput' });
		const out = r.json('Zhenling');
		expect(out[1]).toEqual({ error: 'Name (name) is required [item 1]' });
		expect([out[0].status, out[2].status]).toEqual(['accepted', 'accepted']);
		expect((await bodies('/counterparty/save'))[0].list.map((x) => x.code)).toEqual(['CP-N0', 'CP-N2']);
	});

	it('a vendor refusal of the batch is NodeApiError with the vendor code; later batches are not sent', async () => {
		await env.control('POST', '/faults', { vendor: 'zhenling', path: '/counterparty/save', code: 'A0400', message: 'list holds 1..100 items', status: 400, times: 1 });
		const r = await env.run({ ...cpParams, options: { batchSize: 2 } }, counterparties(4));
		expect(r.error.message).toBe('Zhenling error A0400: list holds 1..100 items');
		expect(r.error.httpCode).toBe('400');
		expect(await bodies('/counterparty/save')).toHaveLength(1);
	});

	it('4.1 organisation → 4.2 position → 4.3 employee, 4.4 value set, 5.3 material are stored', async () => {
		const org = await env.run({ resource: 'organization', operation: 'upsert', code: 'ORG-N', name: '新事业部', additionalFields: { parentCode: 'D000' } });
		expect(org.json('Zhenling')[0]).toMatchObject({ status: 'accepted', api: 'saveOrg', sourceCode: 'ORG-N' });
		const pos = await env.run({ resource: 'position', operation: 'upsert', code: 'POS-N', name: '合同管理员', orgCode: 'ORG-N' });
		expect(pos.json('Zhenling')[0]).toMatchObject({ api: 'savePosition' });
		const emp = await env.run({ resource: 'employee', operation: 'upsert', code: 'E-N1', name: '郑十一', email: 'zheng11@corp.example.com', additionalFields: { orgCode: 'ORG-N', positionCode: 'POS-N', mobile: '138 0013 8000' } });
		expect(emp.json('Zhenling')[0].request).toEqual({ code: 'E-N1', name: '郑十一', email: 'zheng11@corp.example.com', orgCode: 'ORG-N', positionCode: 'POS-N', mobile: '13800138000' });
		const vs = await env.run({ resource: 'valueSet', operation: 'upsert', code: 'REGION', name: '区域', values: { value: [{ code: 'EAST', name: '华东' }, { code: 'WEST', name: '华西' }] } });
		expect(vs.error).toBeUndefined();
		const mat = await env.run({ resource: 'material', operation: 'upsert', code: 'M-1', name: '机油', additionalFields: { unit: '桶', otherFields: '{"brand":"壳牌"}' } });
		expect(mat.json('Zhenling')[0].request).toEqual({ brand: '壳牌', code: 'M-1', name: '机油', unit: '桶' });
		expect((await env.state('positions', '?code=POS-N')).records[0]).toMatchObject({ orgCode: 'ORG-N' });
		expect((await env.state('employees', '?code=E-N1')).records[0]).toMatchObject({ email: 'zheng11@corp.example.com', positionCode: 'POS-N' });
		expect((await env.state('materials', '?code=M-1')).records[0]).toMatchObject({ unit: '桶' });
		const values = await env.run({ resource: 'valueSet', operation: 'getValues', code: 'REGION' });
		expect(values.json('Zhenling')).toEqual([{ code: 'EAST', name: '华东' }, { code: 'WEST', name: '华西' }]);
	});

	it('4.3 a malformed e-mail and 4.4 a value without a code fail before sending', async () => {
		const emp = await env.run({ resource: 'employee', operation: 'upsert', code: 'E-N1', name: '郑十一', email: 'zheng11' });
		expect(emp.error.message).toBe('Email (email) must be an e-mail address (got "zheng11") [item 0]');
		const vs = await env.run({ resource: 'valueSet', operation: 'upsert', code: 'REGION', name: '区域', values: { value: [{ code: '', name: '华东' }] } });
		expect(vs.error.message).toBe('Values → Code (values[0].code) is required [item 0]');
		expect(await env.calls()).toHaveLength(0);
	});

	it('4.5 an unknown value set is Zhenling error A0404', async () => {
		const r = await env.run({ resource: 'valueSet', operation: 'getValues', code: 'NOPE' });
		expect(r.error.message).toBe('Zhenling error A0404: value set NOPE does not exist');
		expect(r.error.httpCode).toBe('404');
	});
});
