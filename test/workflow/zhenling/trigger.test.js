// Zhenling Trigger with the sandbox's own asynchronous callbacks: a write through the node → Zhenling POSTs
// the result → the trigger starts with code/subCode/sourceSystem/sourceCode; filters by API and status;
// secret token and IP allow-list (Zhenling signs nothing); redeliveries acknowledged without a second run.
jest.setTimeout(30000);

const { setup, until, receiver } = require('./helpers');

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => env && (await env.close()));
beforeEach(() => env.reset());

async function withReceiver(parameters, fn, query = '', headers) {
	const hook = await receiver(env, { parameters, headers, workflowId: `zl-${Math.random()}` });
	try {
		await env.control('POST', '/config', { vendor: 'zhenling', callbackUrl: `${hook.url}${query}` });
		await fn(hook);
	} finally {
		await hook.close();
	}
}
const counterparty = (code, over = {}) => ({ resource: 'counterparty', operation: 'upsert', code, name: `${code}有限公司`, ...over });

describe('Zhenling Trigger', () => {
	it('a batch write delivers one result per item; each starts the workflow with the result', async () => {
		await withReceiver({}, async (hook) => {
			const r = await env.run({ ...counterparty('={{ $json.code }}'), name: '={{ $json.code }}公司', additionalFields: { creditCode: '={{ $json.credit }}' } }, [
				{ json: { code: 'CP-T1', credit: '' } },
				{ json: { code: 'CP-T2', credit: '' } },
			]);
			expect(r.error).toBeUndefined();
			await until(() => hook.received.length >= 2);
			expect(hook.received.map((x) => x.started)).toEqual([true, true]);
			const items = hook.received.map((x) => x.items[0]);
			expect(items.map((i) => i.sourceCode).sort()).toEqual(['CP-T1', 'CP-T2']);
			const accepted = r.json('Zhenling');
			const first = items.find((i) => i.sourceCode === 'CP-T1');
			expect(first).toMatchObject({ api: 'saveCounterparty', success: true, code: '0', subCode: 'SUCCESS', taskId: accepted[0].taskId, batchNo: accepted[0].batchNo, data: { code: 'CP-T1', created: true } });
			expect(hook.received[0].response).toMatchObject({ status: 200, body: { code: '0', message: 'success' } });
		});
	});

	it('filters: only failures of createContract start the workflow; other results are acknowledged', async () => {
		await withReceiver({ apis: ['createContract'], status: 'failure' }, async (hook) => {
			await env.run(counterparty('CP-F1'));
			await env.run({ resource: 'contract', operation: 'create', sourceSystem: 'OA', sourceCode: 'OA-NOFILE', contractName: 'x', amount: '1.00', requireUpload: false });
			await until(() => hook.received.length >= 2);
			expect(hook.received.map((x) => [x.started, x.response.status])).toEqual([[false, 200], [true, 200]]);
			expect(hook.received[1].items[0]).toMatchObject({ api: 'createContract', success: false, code: '1', subCode: 'FILE_NOT_FOUND', sourceSystem: 'OA', sourceCode: 'OA-NOFILE' });
		});
	});

	it('a redelivered result (sandbox replay) is acknowledged and starts nothing the second time', async () => {
		await withReceiver({}, async (hook) => {
			await env.run(counterparty('CP-R1'));
			await until(() => hook.received.length >= 1);
			const replay = await env.control('POST', '/emit', { vendor: 'zhenling', url: hook.url, variant: 'replay', payload: { sourceCode: 'CP-R1' } });
			expect([replay.first.status, replay.second.status]).toEqual([200, 200]);
			expect(hook.received.map((x) => x.started)).toEqual([true, false, false]);
			expect(hook.received[2].response.body).toEqual({ code: '0', message: 'success', duplicate: true });
		});
	});

	it('shared token: the right ?token= starts, a wrong or missing one is 401 and starts nothing', async () => {
		const parameters = { authentication: 'token', sharedToken: 'zl-callback-token-0001' };
		await withReceiver(parameters, async (hook) => {
			await env.run(counterparty('CP-K1'));
			await until(() => hook.received.length >= 1);
			expect(hook.received[0].started).toBe(true);
		}, '?token=zl-callback-token-0001&api=saveCounterparty');
		await withReceiver(parameters, async (hook) => {
			await env.run(counterparty('CP-K2'));
			await until(() => hook.received.length >= 1);
			expect(hook.received[0]).toMatchObject({ started: false, response: { status: 401, body: { code: '401', message: 'missing or wrong token' } } });
			const forged = await env.control('POST', '/emit', { vendor: 'zhenling', url: `${hook.url}?token=guess`, payload: { sourceCode: 'CP-K2' } });
			expect(forged.status).toBe(401);
			expect(hook.received.every((x) => !x.started)).toBe(true);
		});
	});

	it('IP allow-list: the caller outside the list is 403; inside (via a trusted X-Forwarded-For) starts', async () => {
		await withReceiver({ options: { ipAllowList: '10.0.0.0/8' } }, async (hook) => {
			await env.run(counterparty('CP-I1'));
			await until(() => hook.received.length >= 1);
			expect(hook.received[0]).toMatchObject({ started: false, response: { status: 403 } });
		});
		await withReceiver({ options: { ipAllowList: '10.0.0.0/8', trustForwardedFor: true } }, async (hook) => {
			await env.run(counterparty('CP-I2'));
			await until(() => hook.received.length >= 1);
			expect(hook.received[0].started).toBe(true);
		}, '', { 'x-forwarded-for': '10.1.2.3, 127.0.0.1' });
	});

	it('shared token AND IP allow-list: both must pass (wrong token from inside → 401, right token from outside → 403)', async () => {
		const parameters = { authentication: 'token', sharedToken: 'zl-callback-token-0002', options: { ipAllowList: '10.0.0.0/8', trustForwardedFor: true } };
		const body = Buffer.from(JSON.stringify({ code: '0', subCode: 'SUCCESS', message: 'ok', sourceSystem: 'OA', sourceCode: 'OA-TI-1', data: { api: 'createContract', taskId: 'T-TI-1' } }));
		const call = (token, ip) => env.harness.callWebhook({ type: 'zhenlingTrigger', parameters, body, query: { token }, headers: { 'x-forwarded-for': ip }, workflowId: `zl-ti-${Math.random()}` });
		expect(await call('guess', '10.1.1.1')).toMatchObject({ started: false, response: { status: 401, body: { code: '401', message: 'missing or wrong token' } } });
		expect(await call('zl-callback-token-0002', '192.0.2.7')).toMatchObject({ started: false, response: { status: 403, body: { code: '403', message: 'caller 192.0.2.7 is not allowed' } } });
		expect(await call('zl-callback-token-0002', '10.1.1.1')).toMatchObject({ started: true, response: { status: 200, body: { code: '0', message: 'success' } } });
	});

	it('an invalid IP allow-list refuses every call with 403', async () => {
		const r = await env.harness.callWebhook({ type: 'zhenlingTrigger', parameters: { options: { ipAllowList: '10.0.0.0/8, not-an-ip' } }, body: Buffer.from('{"code":"0","sourceCode":"X"}') });
		expect(r).toMatchObject({ started: false, response: { status: 403, body: { code: '403', message: 'allow-list has invalid entries: not-an-ip' } } });
	});

	it('a filtered-out result is remembered too: its redelivery is answered duplicate', async () => {
		const workflowId = `zl-fd-${Math.random()}`;
		const body = Buffer.from(JSON.stringify({ code: '0', subCode: 'SUCCESS', message: 'ok', sourceSystem: 'HR', sourceCode: 'CP-FD-1', data: { api: 'saveCounterparty', taskId: 'T-FD-1' } }));
		const call = () => env.harness.callWebhook({ type: 'zhenlingTrigger', parameters: { apis: ['createContract'] }, body, workflowId });
		expect(await call()).toMatchObject({ started: false, response: { status: 200, body: { code: '0', message: 'success' } } });
		expect(await call()).toMatchObject({ started: false, response: { status: 200, body: { code: '0', message: 'success', duplicate: true } } });
	});

	it('a body that is not a Zhenling result is 400 and starts nothing', async () => {
		const r = await env.harness.callWebhook({ type: 'zhenlingTrigger', parameters: {}, body: Buffer.from('{"hello":1}') });
		expect(r).toMatchObject({ started: false, response: { status: 400 } });
		const bad = await env.harness.callWebhook({ type: 'zhenlingTrigger', parameters: {}, body: Buffer.from('not json'), headers: { 'content-type': 'text/plain' } });
		expect(bad).toMatchObject({ started: false, response: { status: 400, body: { code: '400', message: 'body is not valid JSON' } } });
	});
});
