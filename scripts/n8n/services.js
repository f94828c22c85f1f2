'use strict';
// Services an e2e case may need besides n8n and the sandbox (a case's sidecar names them: "services":
// ["rabbitmq"]). Each is checked and started when stopped; its n8n credential is imported beside the
// package's own. `node scripts/n8n/services.js rabbitmq` prints the check as JSON (the e2e suite runs it
// while collecting tests, so an unavailable service is a visible skip — a failure under CI=true).

const fs = require('node:fs');
const net = require('node:net');
const { spawnSync } = require('node:child_process');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Whether something accepts TCP connections on host:port. */
function portOpen(host, port, timeoutMs = 1000) {
	return new Promise((resolve) => {
		const socket = net.connect({ host, port });
		const done = (ok) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(timeoutMs, () => done(false));
		socket.once('connect', () => done(true));
		socket.once('error', () => done(false));
	});
}

const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

/** An AMQP login works (amqplib, a devDependency), not only the port. */
async function amqpLogin(url) {
	try {
		const connection = await require('amqplib').connect(url);
		await connection.close();
		return undefined;
	} catch (error) {
		return String(error && error.message ? error.message : error);
	}
}

/**
 * RabbitMQ on E2E_RABBITMQ_URL (default amqp://guest:guest@127.0.0.1:5672): started with
 * `rabbitmq-server -detached` when it is installed and stopped; under CI=true installed first (apt-get) when
 * missing. Returns { ok, url, credential } or { ok: false, reason }.
 * @param {{ log?: (message: string) => void, timeoutMs?: number }} [options]
 */
async function ensureRabbitMQ({ log = () => {}, timeoutMs = 90000 } = {}) {
	const url = process.env.E2E_RABBITMQ_URL || 'amqp://guest:guest@127.0.0.1:5672';
	const u = new URL(url);
	const host = u.hostname;
	const port = Number(u.port || 5672);
	const credential = { hostname: host, port, username: decodeURIComponent(u.username || 'guest'), password: decodeURIComponent(u.password || 'guest'), vhost: decodeURIComponent(u.pathname.slice(1)) || '/', ssl: false };
	const ready = async () => (await portOpen(host, port)) && !(await amqpLogin(url));
	if (await ready()) return { ok: true, url, credential };
	const local = host === '127.0.0.1' || host === 'localhost';
	if (!local) return { ok: false, reason: `RabbitMQ at ${host}:${port} is not reachable` };
	installForCi('rabbitmq-server', ['rabbitmq-server'], log);
	if (!hasCommand('rabbitmq-server')) return { ok: false, reason: 'rabbitmq-server is not installed and nothing listens on 127.0.0.1:5672' };
	if (!(await portOpen(host, port))) {
		log('starting RabbitMQ (rabbitmq-server -detached)');
		spawnSync('rabbitmq-server', ['-detached'], { stdio: 'ignore' });
	}
	for (const until = Date.now() + timeoutMs; Date.now() < until; await sleep(1000)) if (await ready()) return { ok: true, url, credential };
	return { ok: false, reason: `RabbitMQ did not accept ${u.username || 'guest'} on ${host}:${port} within ${timeoutMs / 1000}s (${(await amqpLogin(url)) || 'port closed'})` };
}

/** Under CI=true, Debian packages installed (apt-get) when `program` is missing. True when it installed them. */
function installForCi(program, packages, log) {
	if (hasCommand(program) || process.env.CI !== 'true' || !hasCommand('apt-get')) return false;
	log(`installing ${packages.join(' ')} (apt-get, CI=true)`);
	spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`], { stdio: 'ignore', timeout: 600000 });
	return hasCommand(program);
}

/**
 * Start a stopped local server with `start` (a shell command) when `program` is installed, then wait until
 * `ready()` holds. `why()`, when given, says what is wrong while the port is open but `ready()` fails (e.g.
 * psql's refusal). Returns { ok } or { ok: false, reason }.
 */
async function startLocal({ name, program, start, ready, where, log, timeoutMs, why = async () => '' }) {
	if (await ready()) return { ok: true };
	if (!hasCommand(program)) return { ok: false, reason: `${program} is not installed and nothing answers on ${where}` };
	log(`starting ${name} (${start})`);
	spawnSync('sh', ['-c', start], { stdio: 'ignore', timeout: 120000 });
	for (const until = Date.now() + timeoutMs; Date.now() < until; await sleep(500)) if (await ready()) return { ok: true };
	const detail = await why();
	return { ok: false, reason: `${name} did not answer on ${where} within ${timeoutMs / 1000}s after \`${start}\`${detail ? `: ${detail}` : ''}` };
}

/** psql against the queue-mode PostgreSQL (trust auth): stdout, or throws with psql's message. */
function psql(sql, { host = '127.0.0.1', port = 5432, user = 'postgres', database = 'postgres' } = {}) {
	const r = spawnSync('psql', ['-h', host, '-p', String(port), '-U', user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-Atc', sql], { encoding: 'utf8', timeout: 60000 });
	if (r.status !== 0) throw new Error(`psql ${sql}: ${(r.stderr || r.error || '').toString().trim()}`);
	return r.stdout.trim();
}

/** redis-cli against the queue-mode Redis: stdout, or throws. */
function redisCli(args, { host = '127.0.0.1', port = 6379, db = 0 } = {}) {
	const r = spawnSync('redis-cli', ['-h', host, '-p', String(port), '-n', String(db), ...args], { encoding: 'utf8', timeout: 60000 });
	if (r.status !== 0) throw new Error(`redis-cli ${args.join(' ')}: ${(r.stderr || r.error || '').toString().trim()}`);
	return r.stdout.trim();
}

/**
 * PostgreSQL on 127.0.0.1:5432 (E2E_PG_HOST/E2E_PG_PORT), user postgres with trust auth: started with
 * Debian's `pg_ctlcluster` when installed and stopped; under CI=true installed first (apt-get) when missing,
 * with trust for user postgres on 127.0.0.1. Never stopped here (other users share it).
 * @param {{ log?: (message: string) => void, timeoutMs?: number }} [options]
 */
async function ensurePostgres({ log = () => {}, timeoutMs = 60000 } = {}) {
	const host = process.env.E2E_PG_HOST || '127.0.0.1';
	const port = Number(process.env.E2E_PG_PORT || 5432);
	const refusal = () => {
		try {
			return psql('select 1', { host, port }) === '1' ? '' : 'select 1 did not answer 1';
		} catch (e) {
			return e.message;
		}
	};
	const ready = async () => (await portOpen(host, port)) && hasCommand('psql') && refusal() === '';
	const local = host === '127.0.0.1' || host === 'localhost';
	const installed = local && !(await ready()) && installForCi('pg_ctlcluster', ['postgresql'], log);
	const versions = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql').sort() : [];
	const version = versions[versions.length - 1] || '15';
	// A cluster CI just installed has Debian's password auth on 127.0.0.1: the queue suite needs trust for
	// user postgres there (what these machines' PostgreSQL has).
	const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
	if (installed && fs.existsSync(hba)) {
		fs.writeFileSync(hba, `host all postgres 127.0.0.1/32 trust\n${fs.readFileSync(hba, 'utf8')}`);
		spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'reload'], { stdio: 'ignore' });
	}
	const start = `pg_ctlcluster --skip-systemctl-redirect ${version} main start`;
	const why = async () => ((await portOpen(host, port)) ? (hasCommand('psql') ? refusal() : 'psql is not installed') : 'port closed');
	const r = await startLocal({ name: 'PostgreSQL', program: 'pg_ctlcluster', start, ready, where: `${host}:${port}`, log, timeoutMs, why });
	return r.ok ? { ok: true, url: `postgres://postgres@${host}:${port}`, host, port } : r;
}

/**
 * Redis on 127.0.0.1:6379 (E2E_REDIS_HOST/E2E_REDIS_PORT): started with `redis-server --daemonize yes` (no
 * persistence) when installed and stopped; under CI=true installed first (apt-get) when missing. Never
 * stopped here.
 * @param {{ log?: (message: string) => void, timeoutMs?: number }} [options]
 */
async function ensureRedis({ log = () => {}, timeoutMs = 30000 } = {}) {
	const host = process.env.E2E_REDIS_HOST || '127.0.0.1';
	const port = Number(process.env.E2E_REDIS_PORT || 6379);
	const ready = async () => (await portOpen(host, port)) && hasCommand('redis-cli') && (() => { try { return redisCli(['ping'], { host, port }) === 'PONG'; } catch { return false; } })();
	if ((host === '127.0.0.1' || host === 'localhost') && !(await ready())) installForCi('redis-server', ['redis-server'], log);
	const start = `redis-server --daemonize yes --bind 127.0.0.1 --port ${port} --save "" --appendonly no`;
	const r = await startLocal({ name: 'Redis', program: 'redis-server', start, ready, where: `${host}:${port}`, log, timeoutMs });
	return r.ok ? { ok: true, url: `redis://${host}:${port}`, host, port } : r;
}

/** n8n credential type of each service. */
const SERVICE_CREDENTIAL_TYPES = { rabbitmq: 'rabbitmq' };
const CHECKS = { rabbitmq: ensureRabbitMQ, postgres: ensurePostgres, redis: ensureRedis };

/**
 * Checks (and starts) each named service: { name: { ok, url?, credential?, reason? } }.
 * @param {string[]} names @param {{ log?: (message: string) => void, timeoutMs?: number }} [options]
 */
async function ensureServices(names, options) {
	const out = {};
	for (const name of names) out[name] = CHECKS[name] ? await CHECKS[name](options) : { ok: false, reason: `unknown service "${name}"` };
	return out;
}

module.exports = { ensureServices, ensureRabbitMQ, ensurePostgres, ensureRedis, psql, redisCli, SERVICE_CREDENTIAL_TYPES, portOpen };

if (require.main === module) {
	ensureServices(process.argv.slice(2), { log: (m) => process.stderr.write(`[services] ${m}\n`) }).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}
