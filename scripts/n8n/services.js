'use strict';
// Services an e2e case may need besides n8n and the sandbox (a case's sidecar names them: "services":
// ["rabbitmq"]). Each is checked and started when stopped; its n8n credential is imported beside the
// package's own. `node scripts/n8n/services.js rabbitmq` prints the check as JSON (the e2e suite runs it
// while collecting tests, so an unavailable service is a visible skip — a failure under CI=true).

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
	if (!hasCommand('rabbitmq-server') && process.env.CI === 'true' && hasCommand('apt-get')) {
		log('installing rabbitmq-server (apt-get)');
		spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server'], { stdio: 'ignore', timeout: 600000 });
	}
	if (!hasCommand('rabbitmq-server')) return { ok: false, reason: 'rabbitmq-server is not installed and nothing listens on 127.0.0.1:5672' };
	if (!(await portOpen(host, port))) {
		log('starting RabbitMQ (rabbitmq-server -detached)');
		spawnSync('rabbitmq-server', ['-detached'], { stdio: 'ignore' });
	}
	for (const until = Date.now() + timeoutMs; Date.now() < until; await sleep(1000)) if (await ready()) return { ok: true, url, credential };
	return { ok: false, reason: `RabbitMQ did not accept ${u.username || 'guest'} on ${host}:${port} within ${timeoutMs / 1000}s (${(await amqpLogin(url)) || 'port closed'})` };
}

/** n8n credential type of each service. */
const SERVICE_CREDENTIAL_TYPES = { rabbitmq: 'rabbitmq' };
const CHECKS = { rabbitmq: ensureRabbitMQ };

/**
 * Checks (and starts) each named service: { name: { ok, url?, credential?, reason? } }.
 * @param {string[]} names @param {{ log?: (message: string) => void, timeoutMs?: number }} [options]
 */
async function ensureServices(names, options) {
	const out = {};
	for (const name of names) out[name] = CHECKS[name] ? await CHECKS[name](options) : { ok: false, reason: `unknown service "${name}"` };
	return out;
}

module.exports = { ensureServices, ensureRabbitMQ, SERVICE_CREDENTIAL_TYPES, portOpen };

if (require.main === module) {
	ensureServices(process.argv.slice(2), { log: (m) => process.stderr.write(`[services] ${m}\n`) }).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}
