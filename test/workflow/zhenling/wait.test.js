// "Wait for Result" with the sandbox's own asynchronous callbacks and n8n's wait / resume-on-webhook: the
// write names the execution's resume URL as its callback URL, the execution is put to wait, the sandbox POSTs
// the result to that URL, and the node's restart webhook resumes the execution with it. The fake waiting
// endpoint answers 409 until the test hands it the waiting run (as n8n does while it still saves the
// execution; the sandbox retries), and resumes from a JSON copy of the saved run data (as n8n loads it from
// its database, e.g. after a restart or on another process): nothing in process memory carries the result.
jest.setTimeout(30000);

const http = require('node:http');
const { setup, until, receiver } = require('./helpers');

let env;
let waitingServer;
let waitingBase;
let current;
const resumed = [];
const waitingRequests = [];
beforeAll(async () => {
	waitingServer = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const url = new URL(req.url || '/', 'http://x');
			waitingRequests.push({ path: url.pathname, query: Object.fromEntries(url.searchParams), body: Buffer.concat(chunks).toString('utf8') });
			if (!current) return res.writeHead(409, { 'content-type': 'application/json' }).end('{"message":"running"}');
			// What n8n stores for a waiting execution, read back (no object shared with the first run).
			const saved = { workflow: current.workflow, run: { data: JSON.parse(JSON.stringify(current.run.data)) } };
			const outcome = await env.harness.resumeWaiting(saved, { body: Buffer.concat(chunks), query: Object.fromEntries(url.searchParams) });
			if (outcome.resumed) current = undefined;
			resumed.push({ url: req.url, outcome });
			const body = outcome.response.body;
			res.writeHead(outcome.response.status, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
		});
	});
	await new Promise((r) => waitingServer.listen(0, '127.0.0.1', r));
	waitingBase = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (waitingServer.address()).port}/webhook-waiting`;
	env = await setup({ harnessOptions: { webhookWaitingBaseUrl: waitingBase } });
});
afterAll(async () => {
	if (env) await env.close();
	await new Promise((r) => waitingServer.close(r));
});
beforeEach(async () => {
	await env.reset();
	resumed.length = 0;
	waitingRequests.length = 0;
	current = undefined;
});

const fileItem = (json) => ({ json, binary: { data: { data: Buffer.from('%PDF-1.4 contract').toString('base64'), mimeType: 'application/pdf', fileName: 'c.pdf' } } });
const flow = (createOver = {}) => ({
	id: `wait-${Math.random()}`,
	nodes: [
		{ name: 'Upload', type: 'zhenling', parameters: { resource: 'file', operation: 'upload', binaryPropertyName: 'data', sourceDocumentNumber: '={{ $json.oaId }}' } },
		{
			name: 'Create',
			type: 'zhenling',
			parameters: { resource: 'contract', operation: 'create', sourceSystem: 'OA', sourceCode: '={{ $json.sourceDocumentNumber }}', contractName: '车辆维保服务合同', amount: '120000.00', waitForResult: true, waitTimeoutMinutes: 5, ...createOver },
		},
		{ name: 'Write Back', type: 'n8n-nodes-base.noOp', parameters: {} },
	].map((n) => (n.type === 'zhenling' ? { ...n, credentials: { zhenlingApi: env.credential } } : n)),
	connections: {
		Upload: { main: [[{ node: 'Create', type: 'main', index: 0 }]] },
		Create: { main: [[{ node: 'Write Back', type: 'main', index: 0 }]] },
	},
});

/** Runs the flow with a Zhenling Trigger configured as the per-API callback (it must receive nothing while waiting). */
async function runWaiting(definition, items, config = {}) {
	const hook = await receiver(env, { parameters: {}, workflowId: `zl-wait-trigger-${Math.random()}` });
	await env.control('POST', '/config', { vendor: 'zhenling', callbackUrl: hook.url, callbackDelayMs: 50, callbackRetryMs: 100, holdCallbacks: false, ...config });
	const waiting = await env.harness.runWorkflow(definition, { items, startNode: 'Upload' });
	return { waiting, hook };
}

/** The create calls the sandbox received, with their JSON bodies. */
const createCalls = async () => (await env.calls()).filter((c) => c.path.endsWith('/contract/create')).map((c) => ({ ...c, body: JSON.parse(c.body) }));

describe('Wait for Result (resume URL as the per-request callback)', () => {
	it('create contract pauses; Zhenling posts the result to the resume URL; the next node gets the contract number', async () => {
		const start = Date.now();
		const { waiting, hook } = await runWaiting(flow(), [fileItem({ oaId: 'OA-HT-W1' })]);
		try {
			expect(waiting.status).toBe('waiting');
			const waitTill = new Date(waiting.run.waitTill).getTime();
			expect(waitTill).toBeGreaterThanOrEqual(start + 5 * 60e3 - 1000);
			expect(waitTill).toBeLessThanOrEqual(Date.now() + 5 * 60e3 + 1000);
			expect(waiting.json('Write Back')).toEqual([]);
			// The write named this execution's resume URL as its callback, with what identifies the awaited result.
			const [create] = await createCalls();
			const callback = new URL(create.body.callbackUrl);
			expect(`${callback.origin}${callback.pathname}`).toMatch(new RegExp(`^${waitingBase}/\\d+$`));
			expect(Object.fromEntries(callback.searchParams)).toEqual({ zlApi: 'createContract', zlSourceCode: 'OA-HT-W1' });
			// n8n still "saving": the first delivery gets 409 and the sandbox delivers again.
			await until(() => waitingRequests.length >= 1);
			current = waiting;
			await until(() => resumed.length === 1, { timeoutMs: 5000 });
			const { outcome } = resumed[0];
			expect(outcome.resumed).toBe(true);
			expect(outcome.run.status).toBe('success');
			const stored = (await env.state('contracts', '?sourceCode=OA-HT-W1')).records[0];
			expect(outcome.run.json('Write Back')).toEqual([
				expect.objectContaining({ status: 'succeeded', api: 'createContract', sourceSystem: 'OA', sourceCode: 'OA-HT-W1', code: '0', subCode: 'SUCCESS', result: expect.objectContaining({ success: true, data: expect.objectContaining({ contractCode: stored.contractCode }) }) }),
			]);
			expect(outcome.response).toMatchObject({ status: 200 });
			// The per-API callback (a Zhenling Trigger) got nothing: the result went to the execution.
			expect(hook.received).toHaveLength(0);
		} finally {
			await hook.close();
		}
	});

	it('a failed result resumes with status "failed" and Zhenling\'s code, subCode and message', async () => {
		const { waiting, hook } = await runWaiting(flow({ requireUpload: false, sourceCode: 'OA-NOFILE-W' }), [fileItem({ oaId: 'OA-HT-W2' })]);
		try {
			expect(waiting.status).toBe('waiting');
			current = waiting;
			await until(() => resumed.length === 1, { timeoutMs: 5000 });
			expect(resumed[0].outcome.run.json('Write Back')).toEqual([
				expect.objectContaining({ status: 'failed', code: '1', subCode: 'FILE_NOT_FOUND', sourceCode: 'OA-NOFILE-W', result: expect.objectContaining({ success: false }) }),
			]);
			expect(hook.received).toHaveLength(0);
		} finally {
			await hook.close();
		}
	});

	it("a result for another document is refused (409) and the execution keeps waiting for its own", async () => {
		const { waiting, hook } = await runWaiting(flow(), [fileItem({ oaId: 'OA-HT-W6' })], { holdCallbacks: true });
		try {
			current = waiting;
			const [create] = await createCalls();
			const wrong = await env.control('POST', '/emit', { vendor: 'zhenling', url: create.body.callbackUrl, payload: { sourceCode: 'OA-OTHER-1', sourceSystem: 'OA' } });
			expect(wrong).toMatchObject({ status: 409, body: { code: '409', message: 'this execution waits for sourceCode OA-HT-W6, not OA-OTHER-1' } });
			expect(resumed).toEqual([expect.objectContaining({ outcome: expect.objectContaining({ resumed: false }) })]);
			const released = await env.control('POST', '/emit', { vendor: 'zhenling', url: 'held' });
			expect(released).toEqual({ sent: 1, statuses: [200] });
			expect(resumed[1].outcome.run.json('Write Back')).toEqual([expect.objectContaining({ status: 'succeeded', sourceCode: 'OA-HT-W6' })]);
		} finally {
			await hook.close();
		}
	});

	it('without a result before the timeout the execution continues with status "timedOut"', async () => {
		const { waiting, hook } = await runWaiting(flow(), [fileItem({ oaId: 'OA-HT-W7' })], { holdCallbacks: true });
		try {
			expect(waiting.status).toBe('waiting');
			const saved = { workflow: waiting.workflow, run: { data: JSON.parse(JSON.stringify(waiting.run.data)) } };
			const after = await env.harness.resumeAfterTimeout(saved);
			expect(after.status).toBe('success');
			expect(after.json('Write Back')).toEqual([
				expect.objectContaining({ status: 'timedOut', api: 'createContract', sourceCode: 'OA-HT-W7', message: 'Zhenling reported no result within 5 minute(s)' }),
			]);
		} finally {
			await hook.close();
		}
	});

	it('a master-data write (2.2 counterparty) waits for and outputs its result too', async () => {
		const hook = await receiver(env, { parameters: {}, workflowId: `zl-wait-trigger-${Math.random()}` });
		try {
			await env.control('POST', '/config', { vendor: 'zhenling', callbackUrl: hook.url, callbackDelayMs: 50, callbackRetryMs: 100, holdCallbacks: false });
			const def = {
				id: `wait-cp-${Math.random()}`,
				nodes: [{ name: 'Zhenling', type: 'zhenling', credentials: { zhenlingApi: env.credential }, parameters: { resource: 'counterparty', operation: 'upsert', code: 'CP-W1', name: '等待有限公司', waitForResult: true } }],
				connections: {},
			};
			const waiting = await env.harness.runWorkflow(def);
			expect(waiting.status).toBe('waiting');
			current = waiting;
			await until(() => resumed.length === 1, { timeoutMs: 5000 });
			// The resumed node's run is its second (index 1); the first is the acceptance it output before waiting.
			expect((resumed[0].outcome.run.items('Zhenling', 0, 1) || []).map((i) => i.json)).toEqual([expect.objectContaining({ status: 'succeeded', api: 'saveCounterparty', sourceCode: 'CP-W1', code: '0' })]);
			expect(hook.received).toHaveLength(0);
		} finally {
			await hook.close();
		}
	});

	it('two input items with Wait for Result fail before anything is sent, naming the limit', async () => {
		const { waiting, hook } = await runWaiting(flow(), [fileItem({ oaId: 'OA-HT-W3' }), fileItem({ oaId: 'OA-HT-W4' })]);
		try {
			expect(waiting.status).toBe('error');
			expect(waiting.error.message).toBe('Wait for Result waits for one document per execution, but 2 input items were given');
			expect(await createCalls()).toHaveLength(0);
		} finally {
			await hook.close();
		}
	});

	it('without Wait for Result the run finishes at once with the acceptance; the result goes to the per-API callback', async () => {
		const { waiting, hook } = await runWaiting(flow({ waitForResult: false }), [fileItem({ oaId: 'OA-HT-W5' })]);
		try {
			expect(waiting.status).toBe('success');
			expect(waiting.json('Write Back')[0]).toMatchObject({ status: 'accepted', sourceCode: 'OA-HT-W5' });
			const [create] = await createCalls();
			expect(create.body.callbackUrl).toBeUndefined();
			await until(() => hook.received.length === 1);
			expect(hook.received[0].items[0]).toMatchObject({ api: 'createContract', sourceCode: 'OA-HT-W5', success: true });
			expect(waitingRequests).toHaveLength(0);
		} finally {
			await hook.close();
		}
	});
});
