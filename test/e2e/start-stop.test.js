'use strict';
// `npm start` stops cleanly: Ctrl-C (SIGINT to the whole foreground process group, as a terminal sends it) at
// several moments of the demo's boot leaves no process of it running, nothing listening on its ports and no
// temp folder (`cn-enterprise-pack-*`, n8n's `n8n-<version>-*` user folder) behind.
//
// Each run gets its own TMPDIR, so folders other people's runs leave in /tmp do not count. Moments:
//   pack     — `npm pack` running (first step with --no-build)
//   import   — `n8n import:credentials` running (it ignores SIGINT and SIGTERM)
//   n8n boot — `n8n start` spawned (in its own process group), not answering yet
//   ready    — everything up (E2E_FULL=1 only: the plain case, ~1 min more)
//   queue    — `npm start -- --queue` with everything up (main, webhook processor, two workers): the run's
//              PostgreSQL database and Redis keys are gone too (skipped without PostgreSQL/Redis, except CI=true)
//
//   E2E_N8N_PORT=5708 E2E_SANDBOX_PORT=8808 npx jest --selectProjects e2e --forceExit test/e2e/start-stop.test.js

const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { REPO_ROOT } = require('../../scripts/n8n/package-info.js');
const { psql, redisCli } = require('../../scripts/n8n/services.js');

const ENABLED = process.env.E2E !== '0' && process.env.E2E !== 'false' && process.platform === 'linux';
const N8N_PORT = Number(process.env.E2E_N8N_PORT || 5688);
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT || 8797);
const BOOT_LIMIT = 6 * 60 * 1000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every process on the machine: pid → { ppid, start (clock ticks since boot), cmd }. Linux /proc. */
function processTable() {
	/** @type {Map<number, { ppid: number, start: string, cmd: string }>} */
	const table = new Map();
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
			table.set(Number(entry), { ppid: Number(fields[1]), start: fields[19], cmd });
		} catch {
			// exited while we read it
		}
	}
	return table;
}

/** The process tree under `root` now (pid → { start, cmd }), root included. */
function tree(root) {
	const table = processTable();
	/** @type {Map<number, { start: string, cmd: string }>} */
	const out = new Map();
	const queue = [root];
	while (queue.length) {
		const pid = /** @type {number} */ (queue.shift());
		const p = table.get(pid);
		if (!p || out.has(pid)) continue;
		out.set(pid, { start: p.start, cmd: p.cmd });
		for (const [child, c] of table) if (c.ppid === pid) queue.push(child);
	}
	return out;
}

/** Whether the process `pid` that started at `start` is still alive (a reused pid does not count). */
function alive(pid, start) {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return fields[19] === start && fields[0] !== 'Z';
	} catch {
		return false;
	}
}

function listening(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host: '127.0.0.1' });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

/**
 * Start `npm start` (own process group, own TMPDIR), wait until `moment(state)` is true, send SIGINT to the
 * group, wait for it to exit. Returns what was seen.
 * @param {(state: BootState) => boolean} moment
 */
async function interruptAt(moment, extraArgs = []) {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-start-stop-'));
	const child = spawn('npm', ['start', '--', '--port', String(N8N_PORT), '--sandbox-port', String(SANDBOX_PORT), '--no-build', ...extraArgs], {
		cwd: REPO_ROOT,
		env: { ...process.env, TMPDIR: tmp, FORCE_COLOR: '0' },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
	let done = false;
	exited.then(() => (done = true));
	/** every process seen in the tree while it ran: pid → { start, cmd } */
	const seen = new Map();
	const t0 = Date.now();
	let atInterrupt = new Map();
	try {
		for (;;) {
			const procs = tree(/** @type {number} */ (child.pid));
			for (const [pid, p] of procs) seen.set(pid, p);
			if (done) throw new Error(`npm start exited before the moment came:\n${log}`);
			if (moment({ log, procs })) {
				atInterrupt = procs;
				break;
			}
			if (Date.now() - t0 > BOOT_LIMIT) throw new Error(`the moment did not come in ${BOOT_LIMIT} ms:\n${log}`);
			await sleep(100);
		}
		process.kill(-(/** @type {number} */ (child.pid)), 'SIGINT'); // Ctrl-C
		// Keep sampling while it stops: processes started during shutdown count too.
		const stopT0 = Date.now();
		while (!done && Date.now() - stopT0 < 90000) {
			for (const [pid, p] of tree(/** @type {number} */ (child.pid))) seen.set(pid, p);
			await sleep(100);
		}
		const stopMs = Date.now() - stopT0;
		const exit = done ? await exited : null;
		await sleep(500); // let the kernel reap
		const survivors = [...seen].filter(([pid, p]) => alive(pid, p.start)).map(([pid, p]) => `${pid} ${p.cmd.slice(0, 160)}`);
		const leftovers = fs.readdirSync(tmp).filter((f) => /^cn-enterprise-pack-|^n8n-/.test(f));
		const ports = { n8n: await listening(N8N_PORT), sandbox: await listening(SANDBOX_PORT) };
		// queue mode: the webhook processor and the workers' health checks on the next ports
		if (extraArgs.includes('--queue')) for (const p of [1, 2, 3]) if (await listening(N8N_PORT + p)) ports.n8n = true;
		return { exit, stopMs, survivors, leftovers, ports, log, atInterrupt, seen };
	} finally {
		// Never leave anything of a failed run behind for the next test.
		for (const [pid, p] of seen) {
			if (!alive(pid, p.start)) continue;
			try {
				process.kill(pid, 'SIGKILL');
			} catch {}
		}
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

const cmds = (procs) => [...procs.values()].map((p) => p.cmd);
const isN8n = (sub) => (cmd) => /n8n\/bin\/n8n /.test(cmd) && cmd.includes(` ${sub}`);

/** @typedef {{ log: string, procs: Map<number, { start: string, cmd: string }> }} BootState */
/** @type {{ name: string, moment: (state: BootState) => boolean, check: (r: any) => void, args?: string[] }[]} */
const MOMENTS = [
	{
		name: 'while npm pack runs',
		moment: ({ procs }) => cmds(procs).some((c) => /^npm pack\b/.test(c)),
		check: (r) => expect(cmds(r.atInterrupt).some((c) => /^npm pack\b/.test(c))).toBe(true),
	},
	{
		name: 'while n8n import:credentials runs (it ignores SIGINT/SIGTERM)',
		// a second into the import: n8n has installed its own signal handlers by then
		moment: (() => {
			let since = 0;
			return ({ procs }) => {
				const running = cmds(procs).some(isN8n('import:credentials'));
				if (!running) return false;
				since = since || Date.now();
				return Date.now() - since > 1500;
			};
		})(),
		check: (r) => expect(cmds(r.atInterrupt).filter(isN8n('import:credentials'))).toHaveLength(1),
	},
	{
		name: 'while n8n starts (detached, not answering yet)',
		moment: ({ procs }) => cmds(procs).some(isN8n('start')),
		check: (r) => {
			expect(cmds(r.atInterrupt).filter(isN8n('start'))).toHaveLength(1);
			expect(r.log).not.toMatch(/is running: http/);
		},
	},
];
if (process.env.E2E_FULL) {
	MOMENTS.push({
		name: 'once everything is up',
		moment: ({ log }) => /ready in \d/.test(log),
		check: (r) => expect(r.log).toMatch(/is running: http/),
	});
}

// queue mode: needs PostgreSQL and Redis (started if stopped); without them a visible skip, a failure under CI=true.
const queueServices = ENABLED
	? Object.values(JSON.parse(execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/n8n/services.js'), 'postgres', 'redis'], { encoding: 'utf8', timeout: 180000 })))
	: [];
const queueReady = queueServices.length > 0 && queueServices.every((sv) => sv.ok);
if (ENABLED && (queueReady || process.env.CI === 'true')) {
	MOMENTS.push({
		name: 'queue mode (--queue), once main, the webhook processor and both workers are up: the database and Redis keys are removed too',
		args: ['--queue', '--redis-db', process.env.E2E_QUEUE_REDIS_DB || '12'],
		moment: ({ log }) => /ready in \d/.test(log),
		check: (r) => {
			if (!queueReady) throw new Error(`CI=true: queue mode needs PostgreSQL and Redis (${queueServices.map((sv) => sv.reason).filter(Boolean).join('; ')})`);
			expect(r.log).toMatch(/Queue mode: main http/);
			expect(cmds(r.atInterrupt).filter(isN8n('worker'))).toHaveLength(2);
			expect(cmds(r.atInterrupt).filter(isN8n('webhook'))).toHaveLength(1);
			const [, database, prefix] = /database (cnq_\w+), Redis \S+ DB \d+, prefix (cnq_\w+)/.exec(r.log) || [];
			expect(database).toMatch(/^cnq_/);
			expect(psql(`SELECT count(*) FROM pg_database WHERE datname = '${database}'`)).toBe('0');
			expect(redisCli(['--scan', '--pattern', `${prefix}*`], { db: Number(process.env.E2E_QUEUE_REDIS_DB || 12) })).toBe('');
		},
	});
} else if (ENABLED) {
	process.stderr.write(`[start-stop] queue mode skipped: ${queueServices.map((sv) => sv.reason).filter(Boolean).join('; ')}\n`);
}

const describeE2E = ENABLED ? describe : describe.skip;

describeE2E('npm start: Ctrl-C at any moment leaves nothing behind', () => {
	beforeAll(async () => {
		// Someone else's process on these ports would make the checks meaningless.
		expect({ n8n: await listening(N8N_PORT), sandbox: await listening(SANDBOX_PORT) }).toEqual({ n8n: false, sandbox: false });
	});

	for (const m of MOMENTS) {
		test(
			m.name,
			async () => {
				const r = await interruptAt(m.moment, m.args);
				m.check(r);
				expect({ exited: r.exit !== null, survivors: r.survivors, leftovers: r.leftovers, ports: r.ports }).toEqual({
					exited: true,
					survivors: [],
					leftovers: [],
					ports: { n8n: false, sandbox: false },
				});
				expect(r.log).toMatch(/stopped\.\n/);
			},
			BOOT_LIMIT + 120000,
		);
	}
});
