// "Wait for Result" with the sandbox's own asynchronous callbacks: the write's execution is put to wait
// (n8n's wait / resume-on-webhook), Zhenling POSTs the result to the Zhenling Trigger, the trigger relays it
// to the execution's resume URL, and the execution continues with the result. The fake resume endpoint
// answers 409 until the test has the waiting run, as n8n does while the execution is still being saved.
jest.setTimeout(30000);

const http = require('node:http');
const { setup, until, receiver } = require('./helpers');

let env;
let waitingServer;
let current;
const resumed = [];
beforeAll(async () => {
	waitingServer = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			if (!current) return res.writeHead(409, { 'content-type': 'application/json' }).end('{"message":"running"}');
			const waiting = current;
			current = undefined;
			const outcome = await env.harness.resumeWaiting(waiting, { body: Buffer.concat(chunks) });
			resumed.push({ url: req.url, outcome });
			res.writeHead(outcome.response.status, { 'content-type': 'application/json' }).end(JSON.stringify(outcome.response.body));
		});
	});
	await new Promise((r) => waitingServer.listen(0, '127.0.0.1', r));
	env = await setup({ harnessOptions: { webhookWaitingBaseUrl: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (waitingServer.address()).port}/webhook-waiting` } });
});
afterAll(async () => {
	if (env) await env.close();
	await new Promise((r) => waitingServer.close(r));
});
beforeEach(async () => {
	await env.reset();
	resumed.length = 0;
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

async function runWaiting(definition, items) {
	const hook = await receiver(env, { parameters: {}, workflowId: `zl-wait-trigger-${Math.random()}` });
	await env.control('POST', '/config', { vendor: 'zhenling', callbackUrl: hook.url, callbackDelayMs: 50 });
	const waiting = await env.harness.runWorkflow(definition, { items, startNode: 'Upload' });
	return { waiting, hook };
}

describe('Wait for Result', () => {
	it('create contract pauses the execution; the callback resumes it and the next node gets the contract number', async () => {
		const start = Date.now();
		const { waiting, hook } = await runWaiting(flow(), [fileItem({ oaId: 'OA-HT-W1' })]);
		try {
			expect(waiting.status).toBe('waiting');
			const waitTill = new Date(waiting.run.waitTill).getTime();
			expect(waitTill).toBeGreaterThanOrEqual(start + 5 * 60e3 - 1000);
			expect(waitTill).toBeLessThanOrEqual(Date.now() + 5 * 60e3 + 1000);
			expect(waiting.json('Write Back')).toEqual([]);
			current = waiting;
			await until(() => resumed.length === 1, { timeoutMs: 5000 });
			const { outcome } = resumed[0];
			expect(outcome.resumed).toBe(true);
			expect(outcome.run.status).toBe('success');
			const stored = (await env.state('contracts', '?sourceCode=OA-HT-W1')).records[0];
			expect(outcome.run.json('Write Back')).toEqual([
				expect.objectContaining({ status: 'succeeded', sourceCode: 'OA-HT-W1', result: expect.objectContaining({ success: true, code: '0', subCode: 'SUCCESS', data: expect.objectContaining({ contractCode: stored.contractCode }) }) }),
			]);
			expect(hook.received).toHaveLength(1);
			expect(hook.received[0].started).toBe(true);
		} finally {
			await hook.close();
		}
	});

	it('a failed result resumes with status "failed" and Zhenling\'s code and subCode', async () => {
		const { waiting, hook } = await runWaiting(flow({ requireUpload: false, sourceCode: 'OA-NOFILE-W' }), [fileItem({ oaId: 'OA-HT-W2' })]);
		try {
			expect(waiting.status).toBe('waiting');
			current = waiting;
			await until(() => resumed.length === 1, { timeoutMs: 5000 });
			expect(resumed[0].outcome.run.json('Write Back')[0]).toMatchObject({ status: 'failed', result: { success: false, code: '1', subCode: 'FILE_NOT_FOUND', sourceCode: 'OA-NOFILE-W' } });
		} finally {
			await hook.close();
		}
	});

	it('a batch of items waits for every result and resumes once, with one output per input in order', async () => {
		const def = flow({ sourceCode: '={{ $json.sourceDocumentNumber }}' });
		const { waiting, hook } = await runWaiting(def, [fileItem({ oaId: 'OA-HT-W3' }), fileItem({ oaId: 'OA-HT-W4' })]);
		try {
			current = waiting;
			await until(() => hook.received.length === 2 && resumed.length === 1, { timeoutMs: 5000 });
			expect(resumed[0].outcome.run.json('Write Back').map((o) => [o.sourceCode, o.status])).toEqual([['OA-HT-W3', 'succeeded'], ['OA-HT-W4', 'succeeded']]);
		} finally {
			await hook.close();
		}
	});

	it('without Wait for Result the run finishes at once with the acceptance', async () => {
		const { waiting, hook } = await runWaiting(flow({ waitForResult: false }), [fileItem({ oaId: 'OA-HT-W5' })]);
		try {
			expect(waiting.status).toBe('success');
			expect(waiting.json('Write Back')[0]).toMatchObject({ status: 'accepted', sourceCode: 'OA-HT-W5' });
			await until(() => hook.received.length === 1);
			expect(resumed).toHaveLength(0);
		} finally {
			await hook.close();
		}
	});
});
