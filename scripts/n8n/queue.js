'use strict';
// n8n's queue mode (scaling mode) on the provisioned n8n versions: PostgreSQL as n8n's database, Redis as its
// queue, one main process, one webhook processor (`n8n webhook`) and two workers (`n8n worker`), all with this
// package installed (they share one user folder). Used by `npm start -- --queue` and the queue suite
// (test/queue). See docs/queue-mode.md.
//
// Each run is isolated from other runs on the same servers: a fresh database (`cnq_<run>`, dropped at stop),
// its own Redis DB index, and its own Redis prefixes — Bull's queue (QUEUE_BULL_PREFIX), n8n's pub/sub channels
// (N8N_REDIS_KEY_PREFIX; pub/sub ignores the DB index) and n8n's cache (N8N_CACHE_REDIS_KEY_PREFIX: without it
// two runs share `n8n:cache:*`, e.g. a webhook looked up from the other run's database).
//
// Production webhooks and waiting-execution resumes (/webhook/*, /webhook-waiting/*) are served by the webhook
// processor only (N8N_DISABLE_PRODUCTION_MAIN_PROCESS=true on main, n8n's recommended setup); WEBHOOK_URL of
// every process points at it, so `$execution.resumeUrl` does too. Executions run on the workers.

const crypto = require('node:crypto');
const { createInstance } = require('./instance.js');
const { bootEnvironment } = require('./environment.js');
const { ensurePostgres, ensureRedis, psql, redisCli } = require('./services.js');

const ENCRYPTION_KEY = 'n8n-nodes-cn-enterprise-e2e-key';

/**
 * PostgreSQL and Redis checked (started when stopped): { ok, postgres, redis } or { ok: false, reason }.
 * @param {{ log?: (message: string) => void }} [options]
 * @returns {Promise<{ ok: boolean, reason?: string, postgres?: any, redis?: any }>}
 */
async function ensureQueueServices({ log = () => {} } = {}) {
	const postgres = await ensurePostgres({ log });
	const redis = await ensureRedis({ log });
	const down = [postgres.ok ? null : `PostgreSQL: ${postgres.reason}`, redis.ok ? null : `Redis: ${redis.reason}`].filter(Boolean);
	return down.length ? { ok: false, reason: down.join('; ') } : { ok: true, postgres, redis };
}

/** The environment every process of one run shares. */
function queueEnv({ runId, database, postgres, redis, redisDb, webhookPort }) {
	return {
		EXECUTIONS_MODE: 'queue',
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
		WEBHOOK_URL: `http://localhost:${webhookPort}/`,
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: postgres.host,
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: database,
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: '',
		QUEUE_BULL_REDIS_HOST: redis.host,
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		QUEUE_BULL_REDIS_DB: String(redisDb),
		QUEUE_BULL_PREFIX: `${runId}-bull`,
		N8N_REDIS_KEY_PREFIX: runId,
		N8N_CACHE_REDIS_KEY_PREFIX: `${runId}-cache`,
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
	};
}

/**
 * Bring up the queue-mode topology with the sandbox, credentials and workflows (like bootEnvironment).
 * ports: { main, webhook, workers: [a, b] } (worker health-check ports). redisDb: the Redis DB index.
 * workerConcurrency: jobs each worker runs at once (n8n's default is 10; 3 spreads a burst over both workers).
 * Returns bootEnvironment's result plus { webhook, workers, processes, runId, database, redisDb, redisKeys(),
 * addProcess(command, port, logName) },
 * with n8n.webhookBaseUrl = the webhook processor; stop() stops every process, drops the database and
 * deletes the run's Redis keys.
 * @param {{ version?: string, ports: { main: number, webhook: number, workers: number[] }, redisDb?: number, workerConcurrency?: number, sandboxPort?: number | null,
 *   tarball: string, workflows?: any[], log?: (message: string) => void, signal?: AbortSignal, extraCredentials?: any[], env?: Record<string, string> }} options
 */
async function bootQueueEnvironment({ version = '2.41.1', ports, redisDb = 8, workerConcurrency = 3, log = (m) => process.stderr.write(`${m}\n`), signal, env: extraEnv = {}, ...rest }) {
	const services = await ensureQueueServices({ log });
	if (!services.ok) throw new Error(`queue mode needs PostgreSQL and Redis: ${services.reason}`);
	const { postgres, redis } = services;
	const runId = `cnq_${Date.now().toString(36)}${crypto.randomBytes(3).toString('hex')}`;
	const database = runId;
	psql(`CREATE DATABASE ${database}`, postgres);
	log(`queue mode: database ${database}, Redis ${redis.host}:${redis.port} DB ${redisDb}, prefix ${runId}`);
	const shared = { ...queueEnv({ runId, database, postgres, redis, redisDb, webhookPort: ports.webhook }), ...extraEnv };
	const redisKeys = () => redisCli(['--scan', '--pattern', `${runId}*`], { ...redis, db: redisDb }).split('\n').filter(Boolean);
	const cleanup = () => {
		if (process.env.E2E_KEEP) return log(`queue mode: kept database ${database} and Redis keys ${runId}* (E2E_KEEP)`);
		try {
			psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`, postgres);
		} catch (e) {
			log(`queue mode: ${e.message}`);
		}
		try {
			const keys = redisKeys();
			for (let i = 0; i < keys.length; i += 500) redisCli(['del', ...keys.slice(i, i + 500)], { ...redis, db: redisDb });
		} catch (e) {
			log(`queue mode: ${e.message}`);
		}
	};

	let base;
	const processes = [];
	const stopProcesses = async () => {
		await Promise.all(processes.map((p) => p.stop().catch((e) => log(`stop ${p.command}: ${e.message}`))));
	};
	try {
		base = await bootEnvironment({ version, port: ports.main, log, signal, env: shared, ...rest });
		const folder = base.n8n.folder;
		const make = (command, port, logName, env = {}, args = []) => createInstance({ version, port, userFolder: folder, command, logName, log, signal, args, env: { ...shared, ...env } });
		const webhook = await make('webhook', ports.webhook, 'webhook.log');
		const workers = [];
		for (const [i, healthPort] of ports.workers.entries()) workers.push(await make('worker', healthPort, `worker-${i + 1}.log`, { QUEUE_HEALTH_CHECK_PORT: String(healthPort) }, [`--concurrency=${workerConcurrency}`]));
		processes.push(webhook, ...workers);
		await Promise.all(processes.map((p) => p.start()));
		base.n8n.webhookBaseUrl = webhook.baseUrl;
		/** One more process of this run (e.g. a second webhook processor), started, and stopped with the rest. */
		const addProcess = async (/** @type {'webhook' | 'worker'} */ command, /** @type {number} */ port, /** @type {string} */ logName) => {
			const p = await make(command, port, logName, command === 'worker' ? { QUEUE_HEALTH_CHECK_PORT: String(port) } : {}, command === 'worker' ? [`--concurrency=${workerConcurrency}`] : []);
			processes.push(p);
			await p.start();
			return p;
		};
		const stop = async () => {
			await stopProcesses();
			await base.stop();
			cleanup();
		};
		return { ...base, webhook, workers, processes, runId, database, redisDb, redisKeys, addProcess, stop };
	} catch (e) {
		await stopProcesses();
		if (base) await base.stop();
		cleanup();
		throw e;
	}
}

module.exports = { ensureQueueServices, bootQueueEnvironment, queueEnv };
