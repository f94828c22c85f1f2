// A real n8n instance for the demo (`npm start`) and the e2e suite: fresh user folder, this package installed
// as a community package, credentials/workflows imported through n8n's CLI, REST helpers with a signed-in
// owner session. Works with n8n 2.x (Node 24) and 1.x (Node 20); see TARGETS in provision.mjs.
//
//   const n8n = await createInstance({ version: '2.41.1', port: 5678 });
//   await n8n.installPackage(tarball);          // before start
//   await n8n.importCredentials([...]);          // before start (CLI)
//   await n8n.importWorkflows([...]);            // before start (CLI)
//   await n8n.publishWorkflows(ids);             // before start (CLI; publish on 2.x, activate on 1.x)
//   await n8n.start();                           // waits for /healthz
//   await n8n.setupOwner();                      // creates the owner, keeps the session cookie
//   await n8n.rest('GET', '/credentials');
//   await n8n.stop();

'use strict';
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { provision } = require('./provision.js');

const PACKAGE_NAME = 'n8n-nodes-cn-enterprise';
const { REPO_ROOT } = require('./package-info.js');

const DEFAULT_OWNER = {
	email: 'owner@example.com',
	firstName: 'Demo',
	lastName: 'Owner',
	password: 'Sandbox-Demo-2026',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** promise, or null after ms — without leaving the timer behind (it would keep Jest alive). */
function within(promise, ms) {
	let timer;
	const timeout = new Promise((r) => (timer = setTimeout(() => r(null), ms)));
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** 16-character ids in n8n's alphabet (what n8n itself generates for workflows and credentials). */
function n8nId(seed) {
	const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
	const bytes = seed ? crypto.createHash('sha256').update(String(seed)).digest() : crypto.randomBytes(16);
	let id = '';
	for (let i = 0; i < 16; i++) id += alphabet[bytes[i] % alphabet.length];
	return id;
}

/** Child process groups still running (pid → name); killed when this process exits, however it exits. */
const liveGroups = new Map();
process.on('exit', () => {
	for (const pid of liveGroups.keys()) killGroup(pid, 'SIGKILL');
});

function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {}
}

/** The error an aborted step rejects with (AbortSignal.reason when there is one). */
function abortError(signal) {
	const reason = signal && signal.reason;
	if (reason instanceof Error) return reason;
	const err = new Error(typeof reason === 'string' ? reason : 'aborted');
	err.name = 'AbortError';
	return err;
}

/** Throws when `signal` is aborted: call between the steps of a boot so an interrupt stops at the next one. */
function throwIfAborted(signal) {
	if (signal && signal.aborted) throw abortError(signal);
}

/**
 * Run a program to completion in its own process group and collect its output. `signal` (AbortSignal) or
 * `timeout` kill the whole group with SIGKILL at once: `n8n import:*` ignores SIGINT/SIGTERM, and `npm run`
 * leaves its grandchildren (tsc, gulp) running when only npm is signalled.
 * @param {string} file
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeout?: number, signal?: AbortSignal }} [opts]
 * @returns {Promise<{ stdout: string, stderr: string }>}
 */
function execP(file, args, { cwd, env, timeout, signal } = {}) {
	return new Promise((resolve, reject) => {
		if (signal && signal.aborted) return reject(abortError(signal));
		const child = spawn(file, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		const out = [];
		const err = [];
		child.stdout.on('data', (d) => out.push(d));
		child.stderr.on('data', (d) => err.push(d));
		let why = null;
		const kill = (reason) => {
			why = why || reason;
			killGroup(child.pid, 'SIGKILL');
		};
		const onAbort = () => kill('aborted');
		if (signal) signal.addEventListener('abort', onAbort, { once: true });
		const timer = timeout ? setTimeout(() => kill(`timed out after ${timeout} ms`), timeout) : null;
		if (child.pid) liveGroups.set(child.pid, file);
		const settle = (error, code, sig) => {
			if (timer) clearTimeout(timer);
			if (signal) signal.removeEventListener('abort', onAbort);
			liveGroups.delete(child.pid);
			// The program may have left children of its own in the group.
			killGroup(child.pid, 'SIGKILL');
			const stdout = Buffer.concat(out).toString();
			const stderr = Buffer.concat(err).toString();
			if (why === 'aborted') return reject(abortError(signal));
			if (error || why || code !== 0) {
				const e = error || new Error(`${file} ${args.join(' ')} ${why || (sig ? `killed by ${sig}` : `exited with ${code}`)}`);
				e.message += `\n--- stdout\n${stdout.slice(-4000)}\n--- stderr\n${stderr.slice(-4000)}`;
				return reject(e);
			}
			resolve({ stdout, stderr });
		};
		child.on('error', (e) => settle(e, null, null));
		child.on('close', (code, sig) => settle(null, code, sig));
	});
}

/**
 * `npm run build` + `npm pack` of the repository; returns the tarball path in a fresh temp folder
 * (`cn-enterprise-pack-*`) that the caller removes with removePack() — it is removed here if packing fails
 * or is aborted.
 * @param {{ build?: boolean, log?: (message: string) => void, signal?: AbortSignal }} [options]
 */
async function packRepo({ build = true, log = () => {}, signal } = {}) {
	const env = { ...process.env };
	if (build) {
		log('building the package (npm run build)');
		await execP('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, env, signal });
	}
	throwIfAborted(signal);
	const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-enterprise-pack-'));
	try {
		const { stdout } = await execP('npm', ['pack', '--json', '--pack-destination', outDir], { cwd: REPO_ROOT, env, signal });
		const info = JSON.parse(stdout.slice(stdout.indexOf('[')))[0];
		const tarball = path.join(outDir, info.filename);
		log(`packed ${info.filename} (${info.entryCount} files)`);
		return tarball;
	} catch (e) {
		removePack(path.join(outDir, 'x.tgz'));
		throw e;
	}
}

/** Remove the temp folder packRepo() made for `tarball`. */
function removePack(tarball) {
	const dir = tarball && path.dirname(tarball);
	if (dir && path.basename(dir).startsWith('cn-enterprise-pack-')) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * `signal` (AbortSignal): aborting it kills a running CLI command or npm install and makes start() stop n8n and
 * throw — what `npm start` does on Ctrl-C during boot.
 * `command`: the n8n command start() runs — 'start' (main), or in queue mode 'webhook' (a webhook processor,
 * ready when `port` answers /healthz/readiness) or 'worker' (ready when QUEUE_HEALTH_CHECK_PORT does). Several
 * processes may share one `userFolder` (the installed package); each logs to its own `logName`.
 * @param {{ version?: string, port?: number, userFolder?: string, log?: (message: string) => void, env?: Record<string, string>, signal?: AbortSignal, command?: 'start' | 'webhook' | 'worker', logName?: string, args?: string[] }} [options]
 */
async function createInstance({
	version = '2.41.1',
	port = 5678,
	userFolder,
	log = (m) => process.stderr.write(`[n8n] ${m}\n`),
	env: extraEnv = {},
	signal,
	command = 'start',
	logName = 'n8n.log',
	args: commandArgs = [],
} = {}) {
	const inst = await provision(version);
	throwIfAborted(signal);
	const major = Number(version.split('.')[0]);
	const folder = userFolder || fs.mkdtempSync(path.join(os.tmpdir(), `n8n-${version}-`));
	const ownsFolder = !userFolder;
	const dotN8n = path.join(folder, '.n8n');
	fs.mkdirSync(dotN8n, { recursive: true });
	const baseUrl = `http://127.0.0.1:${port}`;
	const logFile = path.join(folder, logName);

	const env = inst.runEnv({
		N8N_USER_FOLDER: folder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: 'localhost',
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `http://localhost:${port}/`,
		N8N_EDITOR_BASE_URL: `http://localhost:${port}/`,
		N8N_ENCRYPTION_KEY: 'n8n-nodes-cn-enterprise-e2e-key',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		// Task runners (2.x default) listen on a broker port, 5679 by default: take a free one so an instance
		// on --port 5679 or a second instance does not collide.
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		// Not N8N_LOG_LEVEL from the environment: the jest setup sets it to 'silent' for in-process n8n-core.
		N8N_LOG_LEVEL: process.env.E2E_N8N_LOG_LEVEL || 'info',
		N8N_LOG_OUTPUT: 'console',
		DB_TYPE: 'sqlite',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
		EXECUTIONS_DATA_PRUNE: 'false',
		NODE_ENV: 'production',
		...extraEnv,
	});

	let child = null;
	let exited = null;
	let cookie = '';
	const browserId = crypto.randomUUID();

	async function cli(args, { timeout = 180000 } = {}) {
		const t0 = Date.now();
		const r = await execP(inst.nodeBin, [inst.n8nMain, ...args], { cwd: folder, env, timeout, signal });
		fs.appendFileSync(logFile, `\n$ n8n ${args.join(' ')} (${Date.now() - t0} ms)\n${r.stdout}${r.stderr}`);
		return r;
	}

	const readyBase = command === 'worker' ? `http://127.0.0.1:${env.QUEUE_HEALTH_CHECK_PORT}` : baseUrl;

	const api = {
		version,
		major,
		port,
		baseUrl,
		command,
		/** Where production webhooks are served: this process, or (queue mode) the webhook processor. */
		webhookBaseUrl: baseUrl,
		folder,
		logFile,
		provisioned: inst,
		owner: null,

		/** Install a packed tarball of this package the way n8n's community-package installer lays it out. */
		async installPackage(tarball) {
			const nodesDir = path.join(dotN8n, 'nodes');
			fs.mkdirSync(nodesDir, { recursive: true });
			const pj = path.join(nodesDir, 'package.json');
			if (!fs.existsSync(pj)) fs.writeFileSync(pj, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2));
			const npmEnv = { ...env };
			await execP('npm', ['install', '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', tarball], {
				cwd: nodesDir,
				env: npmEnv,
				timeout: 180000,
				signal,
			});
			const installed = path.join(nodesDir, 'node_modules', PACKAGE_NAME, 'package.json');
			if (!fs.existsSync(installed)) throw new Error(`package not found after install: ${installed}`);
			log(`installed ${path.basename(tarball)} into ${nodesDir}`);
		},

		/** Raw n8n CLI (n8n must be stopped for commands that write to the database on SQLite). */
		cli,

		/** credentials: [{ id?, name, type, data: {plain object} }] — n8n encrypts object data on import. */
		async importCredentials(credentials) {
			const list = credentials.map((c) => ({ id: c.id || n8nId(`cred:${c.type}:${c.name}`), nodesAccess: [], ...c }));
			const file = path.join(folder, `credentials-${Date.now()}.json`);
			fs.writeFileSync(file, JSON.stringify(list, null, 2));
			await cli(['import:credentials', `--input=${file}`]);
			fs.rmSync(file);
			return list;
		},

		/** workflows: n8n workflow JSON objects (ids are added if missing). Imported inactive. */
		async importWorkflows(workflows) {
			const list = workflows.map((w) => ({ ...w, id: w.id || n8nId(`wf:${w.name}`), active: false }));
			const dir = fs.mkdtempSync(path.join(folder, 'workflows-'));
			list.forEach((w, i) => fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.json`), JSON.stringify(w, null, 2)));
			await cli(['import:workflow', '--separate', `--input=${dir}`]);
			fs.rmSync(dir, { recursive: true, force: true });
			return list;
		},

		/** Make workflows live (triggers/webhooks registered at start): publish on 2.x, activate on 1.x. */
		async publishWorkflows(ids) {
			for (const id of ids) {
				if (major >= 2) await cli(['publish:workflow', `--id=${id}`]);
				else await cli(['update:workflow', `--id=${id}`, '--active=true']);
			}
		},

		/**
		 * Publish/activate through the REST API of a running n8n, as the editor does (1.123 and 2.x both
		 * have POST /rest/workflows/:id/activate { versionId }). Faster than one CLI boot per workflow.
		 */
		async activateWorkflows(ids) {
			for (const id of ids) {
				const wf = await api.rest('GET', `/workflows/${id}`);
				await api.rest('POST', `/workflows/${id}/activate`, { versionId: wf.versionId });
			}
		},

		async start({ timeout = 180000 } = {}) {
			if (child) throw new Error('already started');
			const out = fs.openSync(logFile, 'a');
			const t0 = Date.now();
			child = spawn(inst.nodeBin, [inst.n8nMain, command, ...commandArgs], {
				cwd: folder,
				env,
				detached: true, // own process group: stop() kills n8n and its task runners together
				stdio: ['ignore', out, out],
			});
			fs.closeSync(out);
			const pid = child.pid;
			if (pid) liveGroups.set(pid, `n8n ${command}`);
			exited = new Promise((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
			let done = false;
			exited.then((info) => {
				done = true;
				api.exitInfo = info;
			});
			api.exitInfo = null;
			for (;;) {
				if (done) throw new Error(`n8n ${version} exited during startup; log ${logFile}:\n${tail(logFile)}`);
				if (signal && signal.aborted) {
					// Not up yet (migrations, loading nodes): nothing to finish gracefully, and n8n takes its time to
					// honour SIGTERM while it boots.
					await api.stop({ timeout: 2000 });
					throw abortError(signal);
				}
				if (Date.now() - t0 > timeout) {
					await api.stop();
					throw new Error(`n8n ${version} not healthy after ${timeout} ms; log ${logFile}:\n${tail(logFile)}`);
				}
				try {
					// /healthz/readiness turns 200 once the database is migrated, but (seen on 1.123) before the REST
					// controllers are mounted: wait for a public REST endpoint too (main only; a webhook processor has
					// no REST API, a worker answers on its health-check port).
					const r = await fetch(`${readyBase}/healthz/readiness`, { signal });
					if (r.ok && command !== 'start') break;
					if (r.ok) {
						const s = await fetch(`${baseUrl}/rest/settings`, { signal });
						if (s.ok && /json/.test(s.headers.get('content-type') || '')) break;
					}
				} catch {}
				await sleep(500);
			}
			log(`n8n ${version} ${command === 'start' ? '' : `${command} `}up on ${readyBase} in ${((Date.now() - t0) / 1000).toFixed(1)}s (user folder ${folder})`);
			return api;
		},

		async stop({ timeout = 20000 } = {}) {
			if (!child) return;
			const pid = child.pid;
			const signal = (s) => {
				try {
					process.kill(-pid, s);
				} catch {}
			};
			signal('SIGTERM');
			const killed = await within(exited, timeout);
			if (!killed) signal('SIGKILL');
			await within(exited, 5000);
			signal('SIGKILL'); // leftovers in the group (task runner)
			liveGroups.delete(pid);
			child = null;
			cookie = '';
		},

		running: () => !!child && !api.exitInfo,

		/** Remove the user folder (only when we created it). */
		cleanup() {
			if (ownsFolder) fs.rmSync(folder, { recursive: true, force: true });
		},

		/** fetch against n8n with the session cookie. Returns { status, headers, body (parsed JSON or text) }. */
		async request(method, urlPath, body, { headers = {}, raw = false } = {}) {
			/** @type {Record<string, string>} */
			const h = { 'browser-id': browserId, ...headers };
			if (cookie) h.cookie = cookie;
			let payload;
			if (body !== undefined) {
				if (typeof body === 'string' || Buffer.isBuffer(body)) payload = body;
				else {
					payload = JSON.stringify(body);
					h['content-type'] = h['content-type'] || 'application/json';
				}
			}
			let res;
			for (let attempt = 1; ; attempt++) {
				try {
					res = await fetch(baseUrl + urlPath, { method, headers: h, body: payload, redirect: 'manual' });
					break;
				} catch (error) {
					// A kept-alive socket the server closed meanwhile (ECONNRESET): a GET is safe to send again.
					const code = error && error.cause && error.cause.code;
					if (method !== 'GET' || attempt >= 3 || !['ECONNRESET', 'UND_ERR_SOCKET'].includes(code)) throw error;
				}
			}
			const setCookie = res.headers.getSetCookie ? res.headers.getSetCookie() : [];
			for (const c of setCookie) {
				const m = /^n8n-auth=([^;]*)/.exec(c);
				if (m) cookie = m[1] ? `n8n-auth=${m[1]}` : '';
			}
			const text = await res.text();
			let parsed = text;
			if (!raw) {
				try {
					parsed = JSON.parse(text);
				} catch {}
			}
			return { status: res.status, headers: res.headers, body: parsed, text };
		},

		/** REST call under /rest; throws on HTTP >= 400; unwraps n8n's { data } envelope. */
		async rest(method, urlPath, body) {
			const r = await api.request(method, `/rest${urlPath}`, body);
			if (r.status >= 400) {
				const err = /** @type {Error & { status?: number, body?: unknown }} */ (new Error(`${method} /rest${urlPath} -> ${r.status}: ${r.text.slice(0, 1000)}`));
				err.status = r.status;
				err.body = r.body;
				throw err;
			}
			return r.body && typeof r.body === 'object' && 'data' in r.body ? r.body.data : r.body;
		},

		async setupOwner(owner = DEFAULT_OWNER) {
			const r = await api.request('POST', '/rest/owner/setup', owner);
			if (r.status >= 400) throw new Error(`owner setup -> ${r.status}: ${r.text.slice(0, 500)}`);
			api.owner = owner;
			if (!cookie) await api.login(owner);
			return owner;
		},

		async login(owner = api.owner || DEFAULT_OWNER) {
			const body = major >= 1 ? { emailOrLdapLoginId: owner.email, email: owner.email, password: owner.password } : owner;
			const r = await api.request('POST', '/rest/login', body);
			if (r.status >= 400) throw new Error(`login -> ${r.status}: ${r.text.slice(0, 500)}`);
			api.owner = owner;
			return r.body;
		},

		/** Node types known to the running n8n (names, versions, icons, credentials…). */
		async nodeTypes() {
			const r = await api.request('GET', '/types/nodes.json');
			if (r.status !== 200) throw new Error(`/types/nodes.json -> ${r.status}`);
			return r.body;
		},

		async credentialTypes() {
			const r = await api.request('GET', '/types/credentials.json');
			if (r.status !== 200) throw new Error(`/types/credentials.json -> ${r.status}`);
			return r.body;
		},

		async credentials() {
			return api.rest('GET', '/credentials?includeData=false');
		},

		/**
		 * Run a credential's `test` through n8n (the editor's "Test" button). Needs the decrypted data, which
		 * the owner can read (`includeData=true`). Returns { status: 'OK' | 'Error', message }.
		 */
		async testCredential(id) {
			const cred = await api.rest('GET', `/credentials/${id}?includeData=true`);
			return api.rest('POST', '/credentials/test', {
				credentials: { id: cred.id, name: cred.name, type: cred.type, data: cred.data },
			});
		},

		async workflows() {
			return api.rest('GET', '/workflows');
		},

		/** Executions (newest first), optionally of one workflow. */
		/** @param {{ workflowId?: string, limit?: number }} [options] */
		async executions({ workflowId, limit = 100 } = {}) {
			const filter = workflowId ? `&filter=${encodeURIComponent(JSON.stringify({ workflowId }))}` : '';
			const r = await api.rest('GET', `/executions?limit=${limit}${filter}`);
			return Array.isArray(r) ? r : r.results || [];
		},

		/**
		 * Every execution (of one workflow, newer than `sinceId`), paged past the REST API's 100-per-page limit:
		 * 2.x pages with `cursor` (`nextCursor`; it refuses `lastId`), 1.x with `lastId`. Also returns n8n's own
		 * `count` for the filter (of the first page), so a caller can cross-check the two.
		 * @param {{ workflowId?: string, sinceId?: number }} [options]
		 */
		async allExecutions({ workflowId, sinceId = 0 } = {}) {
			const filter = workflowId ? `&filter=${encodeURIComponent(JSON.stringify({ workflowId }))}` : '';
			const seen = new Map();
			let count;
			let next = '';
			for (let page = 0; page < 10000; page++) {
				const r = await api.rest('GET', `/executions?limit=100${filter}${next}`);
				const results = Array.isArray(r) ? r : r.results || [];
				if (count === undefined) count = Array.isArray(r) ? undefined : r.count;
				const before = seen.size;
				for (const e of results) seen.set(String(e.id), e);
				const oldest = results.reduce((m, e) => Math.min(m, Number(e.id)), Infinity);
				if (seen.size === before || oldest <= sinceId) break;
				if (r && r.nextCursor) next = `&cursor=${encodeURIComponent(r.nextCursor)}`;
				else if (major < 2 && results.length === 100) next = `&lastId=${oldest}`;
				else break;
			}
			const list = [...seen.values()].filter((e) => Number(e.id) > sinceId).sort((a, b) => Number(b.id) - Number(a.id));
			return { list, count };
		},

		async execution(id) {
			return api.rest('GET', `/executions/${id}`);
		},

		/** POST (or other method) to a production webhook. */
		async webhook(webhookPath, body, { method = 'POST', headers = {}, test = false } = {}) {
			const p = (test ? '/webhook-test/' : '/webhook/') + webhookPath.replace(/^\//, '');
			if (test || api.webhookBaseUrl === baseUrl) return api.request(method, p, body, { headers });
			const r = await fetch(api.webhookBaseUrl + p, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
			const text = await r.text();
			let parsed = text;
			try {
				parsed = JSON.parse(text);
			} catch {}
			return { status: r.status, headers: r.headers, body: parsed, text };
		},
	};
	return api;
}

function freePort() {
	return new Promise((resolve, reject) => {
		const srv = require('node:net').createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
			srv.close(() => resolve(port));
		});
	});
}

function tail(file, n = 40) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
	} catch {
		return '';
	}
}

module.exports = { PACKAGE_NAME, REPO_ROOT, DEFAULT_OWNER, n8nId, packRepo, removePack, createInstance, execP, throwIfAborted };
