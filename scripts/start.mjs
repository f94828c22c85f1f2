#!/usr/bin/env node
// `npm start` — the demo: build + pack this package, start the vendor sandbox, provision (cached) and start a
// real n8n with the package installed as a community package, sandbox credentials for every vendor and the
// example workflows imported, trigger workflows published. Ctrl-C stops everything.
//
//   npm start [-- --port 5678] [--sandbox-port 8787] [--n8n 2.41.1|1.123.81] [--no-build] [--queue]
//
// --queue: n8n's queue mode (scripts/n8n/queue.js) — PostgreSQL and Redis on 127.0.0.1 (started if stopped),
// a fresh database, main on --port, the webhook processor on --port + 1, two workers (health checks on
// --port + 2 and + 3). Ctrl-C also drops the database and the run's Redis keys.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { provision, TARGETS, DEFAULT_VERSION } = require('./n8n/provision.js');
const { packRepo, removePack, DEFAULT_OWNER } = require('./n8n/instance.js');
const { bootEnvironment, exampleWorkflows, isLiveTrigger, SANDBOX_DIR } = require('./n8n/environment.js');
const { bootQueueEnvironment } = require('./n8n/queue.js');
const { packageInfo } = require('./n8n/package-info.js');

const { values: args } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.N8N_PORT || '5678' },
		'sandbox-port': { type: 'string', default: process.env.SANDBOX_PORT || '8787' },
		n8n: { type: 'string', default: process.env.N8N_VERSION_E2E || DEFAULT_VERSION },
		'no-build': { type: 'boolean', default: false },
		queue: { type: 'boolean', default: false },
		'redis-db': { type: 'string', default: process.env.QUEUE_REDIS_DB || '8' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (args.help) {
	console.log(`npm start [-- --port 5678] [--sandbox-port 8787] [--n8n ${Object.keys(TARGETS).join('|')}] [--no-build] [--queue [--redis-db 8]]`);
	process.exit(0);
}

const t0 = Date.now();
const say = (m) => process.stderr.write(`[start ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)}s] ${m}\n`);
const port = Number(args.port);
const sandboxPort = Number(args['sandbox-port']);

// Ctrl-C (SIGINT) or SIGTERM at any moment stops everything started so far and removes the temp folders:
// during boot it aborts the running step (a build, `npm pack`, an `n8n import:*` — which ignores signals, so
// it is killed — or n8n's start-up, stopped since it runs in its own process group), then the boot unwinds.
let env = null;
let tarball = null;
let stopping = false;
const boot = new AbortController();
let booting = null;
async function shutdown(code = 0) {
	if (stopping) return;
	stopping = true;
	say('stopping n8n and the sandbox…');
	try {
		boot.abort(new Error('interrupted'));
		// The step under way unwinds (the next one, if it was just starting, stops at its first check).
		for (let seen = null; booting && booting !== seen; ) {
			seen = booting;
			await seen.catch(() => {});
		}
		if (env) await env.stop();
	} finally {
		removePack(tarball);
		say('stopped.');
		process.exit(code);
	}
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

/** Run one boot step so that shutdown() can wait for it to unwind. */
function bootStep(promise) {
	booting = promise;
	return promise;
}

try {
	say(`n8n ${args.n8n}${args.queue ? ' in queue mode' : ''} on port ${port}, sandbox on port ${sandboxPort}`);
	// Building (CPU) and the first-time n8n download (network) overlap.
	const packing = packRepo({ build: !args['no-build'], log: say, signal: boot.signal }).then((t) => (tarball = t));
	[tarball] = await bootStep(
		Promise.all([
			packing,
			provision(args.n8n).then((p) => say(p.cached ? `n8n ${args.n8n} is cached (${p.dir})` : `n8n ${args.n8n} provisioned`)),
		]).catch(async (e) => {
			await packing.catch(() => {}); // the pack folder is known (or removed) once packing settles
			throw e;
		}),
	);

	const examples = exampleWorkflows();
	const withSandbox = fs.existsSync(path.join(SANDBOX_DIR, 'index.js'));
	if (!withSandbox) say('WARNING: sandbox/index.js does not exist yet — starting n8n without the sandbox and credentials');
	say('starting n8n (first start of a fresh user folder takes ~30 s: database migrations)…');
	const options = {
		version: args.n8n,
		sandboxPort: withSandbox ? sandboxPort : null,
		tarball,
		workflows: examples.map((e) => ({ workflow: e.workflow, file: e.file })),
		log: say,
		signal: boot.signal,
	};
	env = await bootStep(
		args.queue
			? bootQueueEnvironment({ ...options, ports: { main: port, webhook: port + 1, workers: [port + 2, port + 3] }, redisDb: Number(args['redis-db']) })
			: bootEnvironment({ ...options, port }),
	);
	booting = null;
	removePack(tarball); // installed into n8n's user folder: the tarball is not needed any more
	const { n8n } = env;
	const info = packageInfo();

	const url = `http://localhost:${port}`;
	const hooks = args.queue ? `http://localhost:${port + 1}` : url;
	const lines = [];
	lines.push('');
	lines.push(`  n8n ${args.n8n} with ${info.name} ${info.version} is running: ${url}`);
	if (args.queue) {
		lines.push(`  Queue mode: main ${url} (editor, REST), webhook processor ${hooks} (/webhook/*, /webhook-waiting/*),`);
		lines.push(`             2 workers (health ${env.workers.map((w) => `:${w.port}`).join(', ')}); PostgreSQL database ${env.database}, Redis DB ${env.redisDb}, prefix ${env.runId}`);
	}
	lines.push(`  Sign in:   ${DEFAULT_OWNER.email}  /  ${DEFAULT_OWNER.password}`);
	if (env.sandbox) lines.push(`  Sandbox:   ${env.sandbox.url}  (vendor APIs under /didi /hose /zhenling /zhiguanche /zeyi, control API under /_sandbox)`);
	lines.push(`  Nodes:     ${info.nodes.map((n) => n.displayName).join(', ') || '(none built yet)'}`);
	const creds = Object.values(env.credentials);
	lines.push(`  Credentials (pointing at the sandbox): ${creds.map((c) => c.name).join(', ') || '(none)'}`);
	lines.push('');
	lines.push('  What to try first:');
	let step = 1;
	const manual = env.workflows.filter((w) => !w.publish);
	const live = env.workflows.filter((w) => w.publish);
	if (manual.length) {
		lines.push(`   ${step++}. Open "${manual[0].workflow.name}" (Overview → Workflows) and click "Execute workflow";`);
		lines.push(`      the nodes call the sandbox with the imported credentials — inspect each node's output.`);
	}
	if (live.length) {
		lines.push(`   ${step++}. Published trigger workflows (they run when the vendor — here the sandbox — calls back):`);
		for (const w of live) {
			for (const node of w.workflow.nodes.filter(isLiveTrigger)) {
				const nodeInfo = info.nodes.find((n) => n.type === node.type);
				const hookPath =
					node.type === 'n8n-nodes-base.webhook'
						? node.parameters.path
						: `${node.webhookId}/${(nodeInfo && nodeInfo.webhooks[0] && nodeInfo.webhooks[0].path) || 'webhook'}`;
				lines.push(`      - "${w.workflow.name}": ${hooks}/webhook/${hookPath}`);
			}
		}
		if (env.sandbox) lines.push(`      Have the sandbox send a signed callback with its control API (POST ${env.sandbox.url}/_sandbox/emit), then look at Executions.`);
	}
	if (creds.length) lines.push(`   ${step++}. Credentials → open one → "Test" runs the vendor's token/signature check against the sandbox.`);
	lines.push(`   ${step++}. Add an HTTP Request node, Authentication "Predefined Credential Type", pick a vendor credential: signed calls to any endpoint.`);
	lines.push('');
	lines.push(`  Logs: ${n8n.logFile}${env.processes ? `, ${env.processes.map((p) => path.basename(p.logFile)).join(', ')} beside it` : ''}`);
	lines.push('  Ctrl-C stops n8n and the sandbox.');
	lines.push('');
	console.log(lines.join('\n'));
	say(`ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

	// If n8n dies on its own, take the rest down too.
	const watch = setInterval(async () => {
		const dead = [n8n, ...(env.processes || [])].find((p) => !p.running());
		if (!stopping && dead) {
			clearInterval(watch);
			say(`n8n ${dead.command} exited unexpectedly — see ${dead.logFile}`);
			await shutdown(1);
		}
	}, 2000);
} catch (e) {
	if (!stopping) {
		say(`failed: ${e.stack || e.message || e}`);
		await shutdown(1);
	}
}
