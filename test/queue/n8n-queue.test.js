'use strict';
// The e2e suite in n8n's queue mode (scripts/n8n/queue.js: PostgreSQL, Redis, main + webhook processor + two
// workers), then what only queue mode can break: executions run on the workers, one token across processes,
// DiDi's member pacing across workers, one ZhiGuanChe subscription, replay protection across processes.
// Figures are printed as `[queue figures] …` lines (docs/queue-mode.md quotes them).
//
//   E2E_N8N_VERSIONS=2.41.1 npx jest test/queue --forceExit
//   E2E_QUEUE_PORT (main; +1 webhook processor, +2/+3 workers' health checks, +4 a second webhook processor,
//   default 5690),
//   E2E_QUEUE_SANDBOX_PORT (8799), E2E_QUEUE_REDIS_DB (12)
// Without PostgreSQL or Redis (and no way to start them) the suite says so in one line and is skipped; under
// CI=true that is a failure.

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { REPO_ROOT } = require('../../scripts/n8n/package-info.js');
const { defineE2ESuite } = require('../e2e/lib/suite.js');
const { psql } = require('../../scripts/n8n/services.js');
const { startWebhookBalancer } = require('../helpers/webhook-balancer.js');
const { httpJson, maxExecutionId, executionsSince, webhookPathOf, executionOutputs } = require('../e2e/lib/harness.js');

const ENABLED = process.env.E2E !== '0' && process.env.E2E !== 'false';
const BASE = Number(process.env.E2E_QUEUE_PORT || 5690);
const ports = { main: BASE, webhook: BASE + 1, workers: [BASE + 2, BASE + 3], webhook2: BASE + 4, sandbox: Number(process.env.E2E_QUEUE_SANDBOX_PORT || 8799), redisDb: Number(process.env.E2E_QUEUE_REDIS_DB || 12) };
const figure = (m) => process.stderr.write(`[queue figures] ${m}\n`);
const readJson = (f) => JSON.parse(fs.readFileSync(path.join(__dirname, 'workflows', f), 'utf8'));

/** @type {{ ok: boolean, reason?: string }} */
let services = { ok: false, reason: 'E2E=0' };
if (ENABLED) {
	const r = JSON.parse(execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/n8n/services.js'), 'postgres', 'redis'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 180000 }));
	const down = Object.entries(r).filter(([, s]) => !s.ok);
	services = down.length ? { ok: false, reason: down.map(([n, s]) => `${n}: ${s.reason}`).join('; ') } : { ok: true };
}

if (!ENABLED) {
	describe.skip('e2e in queue mode (E2E=0)', () => test('skipped', () => {}));
} else if (!services.ok && process.env.CI !== 'true') {
	process.stderr.write(`[queue] skipped: queue mode needs PostgreSQL and Redis on 127.0.0.1 — ${services.reason}\n`);
	describe.skip(`e2e in queue mode (skipped: ${services.reason})`, () => test('skipped', () => {}));
} else if (!services.ok) {
	test('e2e in queue mode: PostgreSQL and Redis are available', () => {
		throw new Error(`CI=true: queue mode needs PostgreSQL and Redis — ${services.reason}`);
	});
} else {
	defineE2ESuite({
		mode: 'queue',
		ports,
		extraWorkflows: [{ id: 'didi-member-create', workflow: readJson('didi-member-create.json'), publish: true }],
		extraTests: queueTests,
	});
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Execution ids each worker started, from its log ("Worker started execution 12 (job 5)"). */
function workerExecutions(env) {
	return env.workers.map((w) => new Set([...fs.readFileSync(w.logFile, 'utf8').matchAll(/started execution (\d+)/g)].map((m) => m[1])));
}

/** @param {() => any} get */
function queueTests(get) {
	const sandbox = (method, p, body) => httpJson(method, get().env.sandbox.url + p, body);
	let phoneSeq = Math.floor(Date.now() / 1000) % 10000000;
	const newPhone = () => `139${String(++phoneSeq).padStart(8, '0')}`;

	/** n calls of the DiDi member-create workflow at once; answers + the workers that ran them. */
	async function memberBurst(n) {
		const { env, n8n, imported } = get();
		const wf = imported('didi-member-create');
		const since = await maxExecutionId(n8n);
		const before = workerExecutions(env);
		const phones = Array.from({ length: n }, newPhone);
		const answers = await Promise.all(phones.map((phone, i) => httpJson('POST', `${n8n.webhookBaseUrl}/webhook/e2e-queue-didi-member`, { name: `队列${i}`, phone })));
		const list = await executionsSince(n8n, wf.id, since, { atLeast: n, timeoutMs: 60000 });
		const after = workerExecutions(env);
		const perWorker = after.map((set, w) => list.filter((e) => set.has(String(e.id)) && !before[w].has(String(e.id))).length);
		// What a failed execution said (shown in the figures, so a failure explains itself).
		const failures = [];
		for (const e of list.filter((x) => x.status !== 'success')) {
			const full = await n8n.execution(e.id).catch(() => null);
			const error = full ? executionOutputs(full, get().flatted).error : null;
			failures.push(error ? `${error.message} ${error.description || ''}`.trim() : `execution ${e.id} ${e.status}`);
		}
		return { answers, phones, list, perWorker, failures };
	}

	test('queue: a burst of executions runs on both workers (none on main or the webhook processor)', async () => {
		get().ready();
		const { answers, list, perWorker } = await memberBurst(8);
		figure(`burst of 8 DiDi member creates: ${answers.filter((a) => a.status === 200).length} answered 200, executions per worker ${perWorker.join('/')}`);
		expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
		expect(list.map((e) => e.status)).toEqual(Array(8).fill('success'));
		expect(perWorker[0] + perWorker[1]).toBe(8);
		expect(perWorker[0]).toBeGreaterThan(0);
		expect(perWorker[1]).toBeGreaterThan(0);
	}, 180000);

	test('queue: tokens — no fetch while the token is valid, across processes; after each of 5 revocations exactly one refresh, without errors', async () => {
		get().ready();
		// The token lives in the credential (encrypted, in PostgreSQL): every process reads the same one.
		await sandbox('DELETE', '/_sandbox/log');
		const valid = await memberBurst(8);
		const validFetches = (await sandbox('GET', '/_sandbox/log?vendor=didi&path=/river/Auth/authorize')).body.length;
		figure(`token valid: ${validFetches} token fetch(es) for 8 executions on workers ${valid.perWorker.join('/')}${valid.failures.length ? ` — ${valid.failures.join(' | ')}` : ''}`);
		expect(valid.answers.map((a) => a.status)).toEqual(Array(8).fill(200));
		expect(validFetches).toBe(0);
		const rounds = [];
		for (let round = 0; round < 5; round++) {
			await sandbox('POST', '/_sandbox/tokens/revoke', { vendor: 'didi' });
			await sandbox('DELETE', '/_sandbox/log');
			const b = await memberBurst(8);
			const fetches = (await sandbox('GET', '/_sandbox/log?vendor=didi&path=/river/Auth/authorize')).body.length;
			rounds.push({ fetches, perWorker: b.perWorker, errors: b.answers.filter((a) => a.status !== 200).length, failures: b.failures });
		}
		figure(`after a revocation, token fetches per round: ${rounds.map((r) => r.fetches).join(', ')} (executions per worker ${rounds.map((r) => r.perWorker.join('/')).join(', ')}); user errors ${rounds.map((r) => r.errors).join(', ')}${rounds.some((r) => r.failures.length) ? ` — ${rounds.flatMap((r) => r.failures).join(' | ')}` : ''}`);
		expect(rounds.map((r) => r.errors)).toEqual([0, 0, 0, 0, 0]);
		// Both workers saw the refusal in every round (otherwise the round proves nothing across processes)...
		for (const r of rounds) expect(Math.min(...r.perWorker)).toBeGreaterThan(0);
		// ...and one refresh served them all: the claim agreement through the credential (nodes/common/transport.ts
		// crossProcessRefresh). The random slot it replaced gave 1, 1, 2 on 1.123.81.
		expect(rounds.map((r) => r.fetches)).toEqual([1, 1, 1, 1, 1]);
	}, 420000);

	test("queue: DiDi member writes from two workers at once — DiDi's 150 ms refusals are retried, no error reaches the user", async () => {
		get().ready();
		await sandbox('DELETE', '/_sandbox/log');
		const b = await memberBurst(12);
		const writes = (await sandbox('GET', '/_sandbox/log?vendor=didi&path=/river/Member/single')).body;
		const violations = writes.filter((e) => String(e.errno) === '10001').length;
		const created = [];
		for (const phone of b.phones) created.push(...(await sandbox('GET', `/_sandbox/state/didi/members?phone=${phone}`)).body.records);
		const errors = b.answers.filter((a) => a.status !== 200).length;
		figure(`DiDi pacing across workers: ${violations} violation(s) of the 150 ms rule refused by the sandbox, ${errors} user error(s), ${created.length}/12 members created, executions per worker ${b.perWorker.join('/')}${b.failures.length ? ` — ${b.failures.join(' | ')}` : ''}`);
		expect(errors).toBe(0);
		expect(b.list.map((e) => e.status)).toEqual(Array(12).fill('success'));
		expect(created.length).toBe(12);
		expect(b.perWorker[0]).toBeGreaterThan(0);
		expect(b.perWorker[1]).toBeGreaterThan(0);
		// Every refusal was followed by a successful retry of the same member.
		expect(writes.filter((e) => String(e.errno) === '0').length).toBe(12);
	}, 180000);

	test('queue: activating the ZhiGuanChe trigger registers exactly one subscription, at the webhook processor', async () => {
		const { n8n, imported, info } = get();
		get().ready();
		const wf = imported('zhiguanche/event-trigger');
		const node = wf.nodes.find((n) => /Trigger$/.test(n.type));
		const hookPath = webhookPathOf(node, info);
		const subscriptions = async () => (await sandbox('GET', `/_sandbox/state/zhiguanche/subscriptions?path=/webhook/${hookPath}`)).body.records;
		/** The subscriptions once `done(list)` holds (n8n (un)registers asynchronously), or after 20 s. */
		const settled = async (done) => {
			let list = await subscriptions();
			for (const until = Date.now() + 20000; !done(list) && Date.now() < until; list = await subscriptions()) await sleep(250);
			return list;
		};
		await n8n.rest('POST', `/workflows/${wf.id}/deactivate`, {});
		expect(await settled((l) => l.length === 0)).toEqual([]);
		const current = await n8n.rest('GET', `/workflows/${wf.id}`);
		await n8n.rest('POST', `/workflows/${wf.id}/activate`, { versionId: current.versionId });
		await settled((l) => l.length > 0);
		// Any other process registering too would do so within moments: look again after a while.
		await sleep(3000);
		const list = await subscriptions();
		figure(`ZhiGuanChe subscriptions after re-activation in queue mode: ${list.length}`);
		expect(list.length).toBe(1);
		expect(String(list[0].url)).toContain(`localhost:${ports.webhook}/webhook/`);
	}, 120000);

	/** The DiDi replay-burst trigger's path, and one signed DiDi callback (the sandbox sends it to its own inbox). */
	async function signedCallback() {
		const { imported, info, env } = get();
		const wf = imported('didi/replay-burst');
		const hookPath = webhookPathOf(wf.nodes.find((n) => /Trigger$/.test(n.type)), info);
		const signed = (await sandbox('POST', '/_sandbox/emit', { vendor: 'didi', event: 'order.finished', url: `${env.sandbox.url}/_sandbox/inbox/queue-replay`, variant: 'valid' })).body.sent;
		return { wf, hookPath, signed };
	}

	/** Sends the exact signed bytes to each base URL at once; the executions they started (settled). */
	async function sendCopies(bases) {
		const { n8n } = get();
		const { wf, hookPath, signed } = await signedCallback();
		const since = await maxExecutionId(n8n);
		const answers = await Promise.all(bases.map((base) => fetch(`${base}/webhook/${hookPath}`, { method: 'POST', headers: signed.headers, body: signed.body }).then((r) => ({ base, status: r.status }))));
		await executionsSince(n8n, wf.id, since, { atLeast: 1 });
		await sleep(1500); // a second execution would have started by now
		return { answers, list: await executionsSince(n8n, wf.id, since, { atLeast: 1 }) };
	}

	test('queue: the same signed callback sent 4 times at once to main and 4 times to the webhook processor starts exactly one execution', async () => {
		const { n8n } = get();
		get().ready();
		const { answers, list } = await sendCopies([...Array(4).fill(n8n.baseUrl), ...Array(4).fill(n8n.webhookBaseUrl)]);
		const atMain = answers.filter((a) => a.base === n8n.baseUrl).map((a) => a.status);
		const atWebhook = answers.filter((a) => a.base === n8n.webhookBaseUrl).map((a) => a.status);
		figure(`replay across processes: main answered ${atMain.join(',')}; webhook processor ${atWebhook.join(',')}; executions ${list.length}`);
		// Main serves no production webhooks (N8N_DISABLE_PRODUCTION_MAIN_PROCESS): every copy is handled by the
		// webhook processor, whose in-process claim lets exactly one through.
		expect(atMain).toEqual([404, 404, 404, 404]);
		expect(atWebhook.filter((s) => s === 200).length).toBe(1);
		expect(list.length).toBe(1);
		expect(list[0].status).toBe('success');
	}, 120000);

	test('queue: two webhook processors — routed by path, 6 copies of one callback start exactly one execution; round-robin, at most one per processor', async () => {
		const { n8n, env } = get();
		get().ready();
		const second = await env.addProcess('webhook', ports.webhook2, 'webhook-2.log');
		const run = async (/** @type {'path' | 'round-robin'} */ mode) => {
			const balancer = await startWebhookBalancer({ upstreams: [n8n.webhookBaseUrl, second.baseUrl], mode });
			try {
				const { answers, list } = await sendCopies(Array(6).fill(balancer.url));
				return { accepted: answers.filter((a) => a.status === 200).length, executions: list.length, routed: Object.values(balancer.routed) };
			} finally {
				await balancer.close();
			}
		};
		const byPath = await run('path');
		const roundRobin = await run('round-robin');
		figure(`two webhook processors, 6 copies at once: routed by path ${byPath.routed.join('/')} → ${byPath.accepted} accepted, ${byPath.executions} execution(s); round-robin ${roundRobin.routed.join('/')} → ${roundRobin.accepted} accepted, ${roundRobin.executions} execution(s)`);
		expect(byPath.routed.sort()).toEqual([0, 6]);
		expect(byPath.executions).toBe(1);
		// The documented guarantee: the replay memory is per process — at most one execution per processor (two
		// when both processors take their first copy before either saved its static data, one otherwise).
		expect(roundRobin.routed).toEqual([3, 3]);
		expect(roundRobin.accepted).toBe(roundRobin.executions);
		expect(roundRobin.executions).toBeGreaterThanOrEqual(1);
		expect(roundRobin.executions).toBeLessThanOrEqual(2);
	}, 180000);

	test('queue: every execution of the run ran on a worker', async () => {
		const { env } = get();
		get().ready();
		// Every execution in n8n's database (the REST list stops at 100).
		const all = psql('SELECT id, mode, status FROM execution_entity ORDER BY id', { database: env.database })
			.split('\n')
			.filter(Boolean)
			.map((row) => {
				const [id, mode, status] = row.split('|');
				return { id, mode, status };
			});
		const onWorkers = workerExecutions(env);
		const nowhere = all.filter((e) => !onWorkers.some((set) => set.has(String(e.id))));
		figure(`executions: ${all.length} in the database, ${onWorkers.map((s) => s.size).join('/')} started per worker, ${nowhere.length} not on a worker`);
		expect(all.length).toBeGreaterThan(20);
		expect(nowhere.map((e) => ({ id: e.id, mode: e.mode, status: e.status }))).toEqual([]);
		expect(onWorkers[0].size).toBeGreaterThan(0);
		expect(onWorkers[1].size).toBeGreaterThan(0);
	}, 120000);
}
