// Approval actions (审批) and EBot answers as real workflows against the Hose sandbox: ≤ 10 documents per
// call, calls spaced by the interval (paced in the transport), documents not in approval fail alone, a
// refused call fails its items with Hose's reason; EBot success judged by value.code "204".
const { startHose } = require('./helpers');
const { setUpDocuments } = require('./setups');

describe('Hose approval and EBot', () => {
	let hose;
	let submitter;
	/** @type {Awaited<ReturnType<typeof setUpDocuments>>} */
	let docs;
	beforeAll(async () => {
		hose = await startHose();
	});
	afterAll(() => hose && hose.close());
	beforeEach(async () => {
		await hose.reset();
		docs = await setUpDocuments(hose);
		({ submitter } = docs);
	});

	/** `n` documents in approval, all with the same approver; answers their ids and the approver. */
	const inApproval = (n, prefix = 'AP') => docs.inApproval(n, prefix);
	const approve = (extra = {}) => ({ resource: 'approval', operation: 'approve', flowIds: '={{ $json.flowId }}', approver: { mode: 'id', value: '={{ $json.approver }}' }, options: { intervalSeconds: 0.3 }, ...extra });

	it('approves 12 documents in two calls (10 + 2), spaced by the interval, one output item per input', async () => {
		const { ids, approver } = await inApproval(12);
		const result = await hose.run(approve(), ids.map((flowId) => ({ json: { flowId, approver } })));
		expect(result.error).toBeUndefined();
		const out = result.json('Node');
		expect(out.map((o) => o.flowIds)).toEqual(ids.map((id) => [id]));
		expect(out.every((o) => o.action === 'freeflow.agree' && o.results[0].call.success >= 1)).toBe(true);
		const calls = await hose.calls(']');
		const approvals = calls.filter((c) => c.path.startsWith('/api/openapi/v1/backlog/data/'));
		expect(approvals.map((c) => c.path.split(',').length)).toEqual([10, 2]);
		expect(approvals[0].query).toMatchObject({ messageCode: 'debug', powerCode: 'TICKET_AUDIT_switch' });
		expect(approvals[0].body).toEqual({ approveId: approver, action: { name: 'freeflow.agree', comment: '' } });
		expect(Date.parse(approvals[1].time) - Date.parse(approvals[0].time)).toBeGreaterThanOrEqual(300);
		expect((await hose.state('flows')).filter((f) => ids.includes(f.id)).every((f) => f.state === 'paying')).toBe(true);
	});

	it('the sandbox\'s ">1 min between loops" rule (shortened) is met by the interval option, and refused without it', async () => {
		await hose.control('POST', '/config', { vendor: 'hose', approveIntervalMs: 400 });
		const { ids, approver } = await inApproval(11, 'INT');
		const paced = await hose.run(approve({ options: { intervalSeconds: 0.45 } }), ids.map((flowId) => ({ json: { flowId, approver } })));
		expect(paced.error).toBeUndefined();
		// Without the interval the next call follows at once; a 5 s rule makes that certain also on a loaded machine.
		await hose.control('POST', '/config', { vendor: 'hose', approveIntervalMs: 5000 });
		const second = await inApproval(11, 'NOINT');
		const rushed = await hose.run(approve({ options: { intervalSeconds: 0 } }), second.ids.map((flowId) => ({ json: { flowId, approver: second.approver } })), { onError: 'continueRegularOutput' });
		const out = rushed.json('Node');
		// the first call (10) is refused too when it follows the paced run's last call within 5 s
		expect(out[10]).toMatchObject({ status: 'failed', errorCode: '412', reason: expect.stringContaining('间隔') });
		await hose.control('POST', '/config', { vendor: 'hose', approveIntervalMs: 0 });
	});

	it('the interval holds across executions: a second run right after the first waits in the transport, Hose refuses nothing', async () => {
		await hose.control('POST', '/config', { vendor: 'hose', approveIntervalMs: 500 });
		try {
			const first = await inApproval(3, 'EX1');
			const second = await inApproval(3, 'EX2');
			await hose.control('DELETE', '/log');
			const params = approve({ options: { intervalSeconds: 0.55 } });
			// Two executions, one after the other, each with one call of ≤ 10 documents: nothing in the workflow waits.
			const a = await hose.run(params, first.ids.map((flowId) => ({ json: { flowId, approver: first.approver } })));
			const b = await hose.run(params, second.ids.map((flowId) => ({ json: { flowId, approver: second.approver } })));
			expect([a.error, b.error]).toEqual([undefined, undefined]);
			const calls = (await hose.calls(']')).filter((c) => c.path.startsWith('/api/openapi/v1/backlog/data/'));
			expect(calls.map((c) => c.status)).toEqual([200, 200]);
			expect(Date.parse(calls[1].time) - Date.parse(calls[0].time)).toBeGreaterThanOrEqual(500);
			const flows = await hose.state('flows');
			expect([...first.ids, ...second.ids].map((id) => flows.find((f) => f.id === id).state)).toEqual(Array(6).fill('paying'));
		} finally {
			await hose.control('POST', '/config', { vendor: 'hose', approveIntervalMs: 0 });
		}
	});

	it('a document not in approval fails alone; the others are approved (continueOnFail); without it nothing is sent', async () => {
		const { ids, approver } = await inApproval(3, 'MIX');
		const draft = (await hose.state('flows')).find((f) => f.state === 'draft');
		const items = [ids[0], draft.id, ids[1], ids[2]].map((flowId) => ({ json: { flowId, approver } }));
		const strict = await hose.run(approve(), items);
		expect(strict.error.message).toMatch(new RegExp(`Flow IDs \\(flowIds\\) are not all in approval \\(${draft.id} is draft\\) \\[item 1\\]`));
		expect((await hose.calls(']')).filter((c) => c.path.includes('/backlog/data/'))).toHaveLength(0);
		const lenient = await hose.run(approve(), items, { onError: 'continueRegularOutput' });
		expect(lenient.json('Node').map((o) => o.status)).toEqual(['done', 'failed', 'done', 'done']);
	});

	it('a call Hose refuses (not the current approver) fails its items with Hose\'s 412 reason', async () => {
		const { ids } = await inApproval(2, 'WHO');
		const result = await hose.run(approve(), ids.map((flowId) => ({ json: { flowId, approver: submitter.id } })), { onError: 'continueRegularOutput' });
		const out = result.json('Node');
		expect(out.map((o) => o.status)).toEqual(['failed', 'failed']);
		expect(out[0]).toMatchObject({ errorCode: '412', reason: expect.stringContaining('不是单据') });
		const strict = await hose.run(approve(), ids.map((flowId) => ({ json: { flowId, approver: submitter.id } })));
		expect(strict.error.message).toMatch(/^Hose error 412: .*不是单据.*当前审批人/);
	});

	it('reject needs a comment (checked before any request); reject and nullify change the state', async () => {
		const { ids, approver } = await inApproval(2, 'REJ');
		const bare = await hose.run({ resource: 'approval', operation: 'reject', flowIds: ids[0], approver: { mode: 'id', value: approver }, comment: '={{ "" }}', options: { intervalSeconds: 0 } });
		expect(bare.error.message).toMatch(/Comment \(备注\) \(comment\) is required to reject \[item 0\]/);
		expect(await hose.log()).toHaveLength(0);
		const rejected = await hose.run({ resource: 'approval', operation: 'reject', flowIds: ids[0], approver: { mode: 'id', value: approver }, comment: '票据不全', resubmitMethod: 'TO_REJECTOR', options: { intervalSeconds: 0 } });
		expect(rejected.error).toBeUndefined();
		expect((await hose.calls(']')).pop().body.action).toEqual({ name: 'freeflow.reject', comment: '票据不全', resubmitMethod: 'TO_REJECTOR' });
		const nullified = await hose.run({ resource: 'approval', operation: 'nullify', flowIds: ids[1], approver: { mode: 'code', value: (await hose.state('staffs')).find((s) => s.id === approver).code }, options: { intervalSeconds: 0 } });
		expect(nullified.error).toBeUndefined();
		const states = (await hose.state('flows')).filter((f) => ids.includes(f.id)).map((f) => f.state);
		expect(states).toEqual(['rejected', 'nullify']);
	});

	it('a token revoked between calls is refreshed and the approval goes through once', async () => {
		const { ids, approver } = await inApproval(1, 'TOK');
		await hose.revokeTokens();
		const result = await hose.run(approve(), [{ json: { flowId: ids[0], approver } }]);
		expect(result.error).toBeUndefined();
		expect((await hose.state('approvals')).filter((a) => a.flowId === ids[0])).toHaveLength(1);
	});

	describe('EBot', () => {
		const ebotMessage = () => docs.ebotMessage();
		const answer = (operation, extra = {}) => ({ resource: 'ebot', operation, signKey: '={{ $json.signKey }}', flowId: '={{ $json.flowId }}', nodeId: '={{ $json.nodeId }}', comment: '预算校验通过', ...extra });

		it('accepts an EBot node from the message fields; the same answer again is value.code 412 (HTTP 200) → an error', async () => {
			const msg = await ebotMessage();
			const accepted = await hose.run(answer('accept'), [{ json: msg }]);
			expect(accepted.error).toBeUndefined();
			expect(accepted.json('Node')[0]).toEqual({ flowId: msg.flowId, nodeId: msg.nodeId, action: 'accept', answered: true, code: '204' });
			expect((await hose.state('flows')).find((f) => f.id === msg.flowId).state).toBe('paying');
			const again = await hose.run(answer('accept'), [{ json: msg }]);
			expect(again.status).toBe('error');
			expect(again.error.message).toBe('Hose EBot error 412: 单据不在该EBot节点');
			expect((await hose.calls('/api/outbound/v1/approval')).map((c) => c.status)).toEqual([200, 200]);
		});

		it('refuses; a wrong signKey is value.code 403; missing fields fail before any request', async () => {
			const msg = await ebotMessage();
			const wrong = await hose.run(answer('refuse', { signKey: 'forged' }), [{ json: msg }]);
			expect(wrong.error.message).toBe('Hose EBot error 403: signKey不正确');
			expect(wrong.error.description).toMatch(/signKey does not match/);
			const refused = await hose.run(answer('refuse'), [{ json: msg }]);
			expect(refused.json('Node')[0].action).toBe('refuse');
			expect((await hose.state('flows')).find((f) => f.id === msg.flowId).state).toBe('rejected');
			await hose.control('DELETE', '/log');
			const missing = await hose.run(answer('accept'), [{ json: { flowId: 'x', nodeId: 'y' } }]);
			expect(missing.error.message).toMatch(/Sign Key \(signKey\) is required \[item 0\]/);
			expect(await hose.log()).toHaveLength(0);
		});
	});
});
