// The pipeline hooks for triggers with their own verification parameters (Hose, Zhenling): callerChecks
// (path secret, token in header or query, IP allow-list — combined with AND, each refusing with its own
// status), a signature check refusing with a chosen status, a redelivery answer of its own, redelivery
// claimed before the filter, and an async afterClaim hook. A made-up vendor ("Beta") exercises each one.
const { NodeConnectionTypes } = require('n8n-workflow');
const { createHarness } = require('../../helpers/workflow-harness');
const { runTrigger, refusal, callerChecks, noRegistration } = require('../../../nodes/common/trigger');

/** What afterClaim saw, per workflow id. */
const relayed = [];

const betaSpec = {
	accepted: () => ({ status: 200, body: { code: '0' } }),
	refused: (message, status) => ({ status, body: { code: String(status), message } }),
	unwrap: () => ({}),
	callerChecks(ctx) {
		const p = (name, fallback) => ctx.fn.getNodeParameter(name, fallback);
		const checks = [];
		if (p('pathSecret', '')) {
			checks.push(callerChecks.pathSecret(p('pathSecret', ''), { status: 404, message: 'not found', misconfiguredStatus: 500, format: /^[A-Za-z0-9_-]{16,}$/ }));
		}
		if (p('token', '')) checks.push(callerChecks.token(p('token', ''), { header: 'x-beta-token', query: p('tokenQuery', 'token') }, { format: null, message: 'invalid token' }));
		if (ctx.options.ips) {
			checks.push(callerChecks.ipAllowList(ctx.options.ips, { status: 403, invalidStatus: 500, trustForwardedFor: ctx.options.trustForwardedFor === true, message: (ip) => `caller ${ip} is not allowed` }));
		}
		if (ctx.options.custom) checks.push((call) => (call.header('x-beta-ok') === 'yes' ? undefined : refusal('custom says no', 418)));
		return checks;
	},
	parse(text) {
		try {
			return JSON.parse(text || '{}');
		} catch {
			return refusal('body is not JSON', 400);
		}
	},
	filter: (p, ctx) => (ctx.options.only && p.api !== ctx.options.only ? 'ignore' : 'emit'),
	redelivery: {
		key: (p) => [p.taskId ? `task:${p.taskId}` : undefined, p.echo ? `echo:${p.echo}` : undefined].filter(Boolean),
		ttlMs: () => 60_000,
		answer: () => ({ status: 200, body: { code: '0', duplicate: true } }),
		beforeFilter: true,
	},
	async afterClaim(p, ctx) {
		await new Promise((resolve) => setTimeout(resolve, 5));
		relayed.push({ workflowId: ctx.fn.getWorkflow().id, taskId: p.taskId, auth: ctx.auth });
	},
	item: (p) => p,
};

const signedSpec = {
	...betaSpec,
	callerChecks: undefined,
	redelivery: { key: (p) => p.taskId, ttlMs: () => 60_000 },
	afterClaim: undefined,
	verifySignature: ({ call }) =>
		call.header('x-beta-sign') === 'good' ? undefined : call.header('x-beta-sign') === 'banned' ? refusal('key revoked', 403) : 'bad sign',
};

const trigger = (name, spec) => ({
	description: {
		displayName: name,
		name,
		group: ['trigger'],
		version: 1,
		description: 'test vendor',
		defaults: { name },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'beta' }],
		properties: [
			{ displayName: 'Path Secret', name: 'pathSecret', type: 'string', default: '' },
			{ displayName: 'Token', name: 'token', type: 'string', default: '' },
			{ displayName: 'Token Query', name: 'tokenQuery', type: 'string', default: 'token' },
			{ displayName: 'Options', name: 'options', type: 'json', default: {} },
		],
	},
	webhookMethods: { default: noRegistration },
	async webhook() {
		return await runTrigger.call(this, spec);
	},
});

const harness = createHarness({ extraNodes: { 'test.betaTrigger': trigger('betaTrigger', betaSpec), 'test.signedBeta': trigger('signedBeta', signedSpec) } });
const SECRET = 'beta-path-secret-0123456789';
let n = 0;
/** @param {object} body @param {{ parameters?: object, headers?: object, query?: object, requestPath?: string, ip?: string, workflowId?: string, type?: string }} [options] */
const send = (body, { parameters = {}, headers = {}, query = {}, requestPath = '/webhook/w/beta', ip, workflowId = `beta-${++n}`, type = 'test.betaTrigger' } = {}) =>
	harness.callWebhook({ type, parameters, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers }, query, requestPath, ip, workflowId });
const outcome = (r) => [r.response.status, r.response.body, r.started];

describe('trigger pipeline hooks: callerChecks', () => {
	it('path secret: a wrong or missing secret gets the chosen 404; a malformed configured secret the chosen 500', async () => {
		const parameters = { pathSecret: SECRET };
		expect(outcome(await send({}, { parameters, requestPath: `/webhook/w/${SECRET}` }))).toEqual([200, { code: '0' }, true]);
		expect(outcome(await send({}, { parameters, requestPath: `/webhook/w/${SECRET}x` }))).toEqual([404, { code: '404', message: 'not found' }, false]);
		expect(outcome(await send({}, { parameters, requestPath: '/webhook/w/beta' }))).toEqual([404, { code: '404', message: 'not found' }, false]);
		const short = await send({}, { parameters: { pathSecret: 'short' }, requestPath: '/webhook/w/short' });
		expect([short.response.status, short.started]).toEqual([500, false]);
		expect(short.response.body.message).toMatch(/at least 16 characters/);
	});

	it('token: in the header or in the query parameter, any length when the spec says so; wrong or absent → 401', async () => {
		const parameters = { token: 'tok-1' };
		expect((await send({}, { parameters, headers: { 'x-beta-token': 'tok-1' } })).started).toBe(true);
		expect((await send({}, { parameters, query: { token: 'tok-1' } })).started).toBe(true);
		expect((await send({}, { parameters: { ...parameters, tokenQuery: 't' }, query: { t: ['tok-1', 'x'] } })).started).toBe(true);
		expect(outcome(await send({}, { parameters, query: { token: 'tok-2' } }))).toEqual([401, { code: '401', message: 'invalid token' }, false]);
		expect(outcome(await send({}, { parameters }))).toEqual([401, { code: '401', message: 'invalid token' }, false]);
		expect(outcome(await send({}, { parameters, query: { other: 'tok-1' } }))).toEqual([401, { code: '401', message: 'invalid token' }, false]);
	});

	it('token AND IP allow-list: both must pass; the IP refusal has its own 403, invalid entries 500', async () => {
		const parameters = { token: 'tok-1', options: { ips: '10.0.0.0/8' } };
		const headers = { 'x-beta-token': 'tok-1' };
		expect((await send({}, { parameters, headers, ip: '10.1.2.3' })).started).toBe(true);
		expect(outcome(await send({}, { parameters, headers, ip: '127.0.0.1' }))).toEqual([403, { code: '403', message: 'caller 127.0.0.1 is not allowed' }, false]);
		expect(outcome(await send({}, { parameters, ip: '10.1.2.3' }))).toEqual([401, { code: '401', message: 'invalid token' }, false]);
		const invalid = await send({}, { parameters: { options: { ips: '10.0.0.0/8, nonsense' } }, ip: '10.1.2.3' });
		expect([invalid.response.status, invalid.response.body.message, invalid.started]).toEqual([500, 'allow-list has invalid entries: nonsense', false]);
	});

	it('X-Forwarded-For is read only when the spec trusts it', async () => {
		const headers = { 'x-forwarded-for': '10.9.9.9, 127.0.0.1' };
		expect((await send({}, { parameters: { options: { ips: '10.0.0.0/8' } }, headers, ip: '127.0.0.1' })).response.status).toBe(403);
		expect((await send({}, { parameters: { options: { ips: '10.0.0.0/8', trustForwardedFor: true } }, headers, ip: '127.0.0.1' })).started).toBe(true);
	});

	it('the spec can add a check of its own with any status; ctx.auth is "custom"', async () => {
		expect(outcome(await send({}, { parameters: { options: { custom: true } } }))).toEqual([418, { code: '418', message: 'custom says no' }, false]);
		const workflowId = 'beta-custom-auth';
		expect((await send({ taskId: 'c1' }, { parameters: { options: { custom: true } }, headers: { 'x-beta-ok': 'yes' }, workflowId })).started).toBe(true);
		expect(relayed.filter((r) => r.workflowId === workflowId)).toEqual([{ workflowId, taskId: 'c1', auth: 'custom' }]);
	});
});

describe('trigger pipeline hooks: verify with a chosen status', () => {
	it('verifySignature may refuse with its own status (403) in the vendor envelope; a string stays 401', async () => {
		const type = 'test.signedBeta';
		expect(outcome(await send({}, { type, headers: { 'x-beta-sign': 'banned' } }))).toEqual([403, { code: '403', message: 'key revoked' }, false]);
		expect(outcome(await send({}, { type, headers: { 'x-beta-sign': 'forged' } }))).toEqual([401, { code: '401', message: 'bad sign' }, false]);
		expect(outcome(await send({ a: 1 }, { type, headers: { 'x-beta-sign': 'good' } }))).toEqual([200, { code: '0' }, true]);
	});

	it('without a redelivery answer of its own, a redelivery gets the accepted answer (as before)', async () => {
		const workflowId = 'signed-redelivery';
		const opts = { type: 'test.signedBeta', headers: { 'x-beta-sign': 'good' }, workflowId };
		expect((await send({ taskId: 't' }, opts)).started).toBe(true);
		expect(outcome(await send({ taskId: 't' }, opts))).toEqual([200, { code: '0' }, false]);
	});
});

describe('trigger pipeline hooks: redelivery answer, claim before the filter, afterClaim', () => {
	it('a redelivery gets the spec answer, starts nothing and is not relayed again — also when copies arrive together', async () => {
		const workflowId = 'beta-redelivery';
		const copies = await Promise.all(Array.from({ length: 5 }, () => send({ taskId: 'T-1', api: 'a' }, { workflowId })));
		expect(copies.filter((c) => c.started)).toHaveLength(1);
		expect(copies.filter((c) => !c.started).map((c) => c.response.body)).toEqual(Array(4).fill({ code: '0', duplicate: true }));
		expect(relayed.filter((r) => r.workflowId === workflowId).map((r) => r.taskId)).toEqual(['T-1']);
	});

	it('beforeFilter: a call the filter ignores is still claimed and relayed (afterClaim runs), but starts no run', async () => {
		const workflowId = 'beta-before-filter';
		const parameters = { options: { only: 'wanted' } };
		const ignored = await send({ taskId: 'T-2', api: 'other' }, { parameters, workflowId });
		expect(outcome(ignored)).toEqual([200, { code: '0' }, false]);
		expect(relayed.filter((r) => r.workflowId === workflowId).map((r) => r.taskId)).toEqual(['T-2']);
		// its redelivery is answered as a redelivery (it was claimed before the filter)
		expect(outcome(await send({ taskId: 'T-2', api: 'other' }, { parameters, workflowId }))).toEqual([200, { code: '0', duplicate: true }, false]);
		expect(relayed.filter((r) => r.workflowId === workflowId)).toHaveLength(1);
	});

	it('several keys: claimed in order, the first repeat is a redelivery (an echo with a new delivery id)', async () => {
		const workflowId = 'beta-keys';
		expect((await send({ taskId: 'A', echo: 'doc-1' }, { workflowId })).started).toBe(true);
		expect((await send({ taskId: 'B', echo: 'doc-1' }, { workflowId })).started).toBe(false);
		expect((await send({ taskId: 'C', echo: 'doc-2' }, { workflowId })).started).toBe(true);
		expect((await send({ taskId: 'B', echo: 'doc-3' }, { workflowId })).started).toBe(false);
		expect((await send({ taskId: 'D' }, { workflowId })).started).toBe(true);
		expect((await send({}, { workflowId })).started).toBe(true);
		expect((await send({}, { workflowId })).started).toBe(true);
	});

	it('afterClaim runs before the answer and the run, and not for refused calls', async () => {
		const workflowId = 'beta-after-claim';
		await send({ taskId: 'R' }, { workflowId, parameters: { token: 'tok' } });
		expect(relayed.filter((r) => r.workflowId === workflowId)).toEqual([]);
		const r = await send({ taskId: 'R' }, { workflowId, parameters: { token: 'tok' }, query: { token: 'tok' } });
		expect(r.started).toBe(true);
		expect(relayed.filter((x) => x.workflowId === workflowId)).toEqual([{ workflowId, taskId: 'R', auth: 'custom' }]);
	});
});
