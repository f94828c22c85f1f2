'use strict';
// The end-to-end suite against a real n8n (2.x on Node 24 and 1.x on Node 20, provisioned and cached outside
// the clone) and the vendor sandbox, defined once and run in two topologies:
//   - regular: one n8n process on SQLite (test/e2e/n8n.test.js);
//   - queue: n8n's queue mode — PostgreSQL, Redis, main + webhook processor + two workers
//     (test/queue/n8n-queue.test.js, scripts/n8n/queue.js).
// The n8n versions run one after the other (never two n8n at once), and the package is built and packed once
// per file for all versions.
//
//   E2E_N8N_VERSIONS=2.41.1                one version
//   E2E_NO_BUILD=1                         reuse dist/ as it is
//   E2E_KEEP=1                             keep n8n user folders (logs, database) for inspection
//
// What runs is discovered from disk (see docs/e2e.md): no vendor code here.

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const { TARGETS } = require('../../../scripts/n8n/provision.js');
const { provision } = require('../../../scripts/n8n/provision.js');
const { REPO_ROOT, packageInfo, iconFiles } = require('../../../scripts/n8n/package-info.js');
const { bootEnvironment, sandboxCredentials, SANDBOX_DIR } = require('../../../scripts/n8n/environment.js');
const { bootQueueEnvironment } = require('../../../scripts/n8n/queue.js');
const { discoverCases, httpRequestCases, webhookPathOf, runSteps, short, executionsSince, maxExecutionId, executionOutputs, rewriteWorkflow } = require('./harness.js');

/**
 * Define the suite. mode 'regular' (one n8n) or 'queue' (scripts/n8n/queue.js). ports: { n8n, sandbox } for
 * regular, { main, webhook, workers: [a, b], sandbox, redisDb } for queue. extraTests(get) adds tests inside
 * each version's describe, after the data-driven cases; get() returns { env, n8n, flatted, version, cases,
 * imported(id) }. extraWorkflows: [{ id, workflow, publish? }] imported too (imported(id) gives the imported copy).
 * @param {{ mode?: 'regular' | 'queue', ports: Record<string, any>, extraTests?: (get: () => any) => void, extraWorkflows?: Array<{ id: string, workflow: any, publish?: boolean }> }} options
 */
function defineE2ESuite({ mode = 'regular', ports, extraTests, extraWorkflows = [] }) {
	const queue = mode === 'queue';
	const ENABLED = process.env.E2E !== '0' && process.env.E2E !== 'false';
	const VERSIONS = (process.env.E2E_N8N_VERSIONS || Object.keys(TARGETS).join(',')).split(',').map((s) => s.trim()).filter(Boolean);
	const SANDBOX_PORT = ports.sandbox;
	const BOOT_TIMEOUT = 20 * 60 * 1000; // first-time provisioning included
	const log = (m) => process.stderr.write(`[e2e${queue ? ' queue' : ''}] ${m}\n`);

	// Build + pack once, at collection time, so the test list (one test per node, credential, workflow) is known.
	let tarball = null;
	let info = { name: 'n8n-nodes-cn-enterprise', credentials: [], nodes: [] };
	let buildError = null;
	if (ENABLED) {
		try {
			const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
			const hasSources = (pkg.n8n.credentials || []).length + (pkg.n8n.nodes || []).length > 0;
			if (hasSources && !process.env.E2E_NO_BUILD) execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
			info = packageInfo();
			const outDir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'cn-enterprise-e2e-pack-'));
			const out = execFileSync('npm', ['pack', '--json', '--pack-destination', outDir], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
			tarball = path.join(outDir, JSON.parse(out.slice(out.indexOf('[')))[0].filename);
		} catch (e) {
			buildError = e;
		}
	}

	const hasSandbox = fs.existsSync(path.join(SANDBOX_DIR, 'index.js'));
	const cases = ENABLED && !buildError ? discoverCases(info) : [];
	const sandboxCreds = hasSandbox ? sandboxCredentials(`http://127.0.0.1:${SANDBOX_PORT}`) : {};
	const httpCases = ENABLED && !buildError ? httpRequestCases(info, sandboxCreds) : [];

	// Services a case names in its sidecar ("services": ["rabbitmq"]): checked (and started when stopped) while
	// collecting, so a case whose service is unavailable is a visible skip — and a failure under CI=true.
	const SERVICES_SCRIPT = path.join(REPO_ROOT, 'scripts', 'n8n', 'services.js');
	const { SERVICE_CREDENTIAL_TYPES } = require(SERVICES_SCRIPT);
	const serviceNames = [...new Set(cases.flatMap((c) => c.spec.services || []))];
	/** @type {Record<string, { ok: boolean, url?: string, credential?: Record<string, unknown>, reason?: string }>} */
	const services = serviceNames.length ? JSON.parse(execFileSync(process.execPath, [SERVICES_SCRIPT, ...serviceNames], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 15 * 60 * 1000 })) : {};
	for (const c of cases) {
		const down = (c.spec.services || []).filter((n) => !services[n] || !services[n].ok);
		c.serviceDown = down.length ? down.map((n) => `${n}: ${(services[n] && services[n].reason) || 'not checked'}`).join('; ') : null;
		if (c.serviceDown && process.env.CI !== 'true') log(`skip ${c.id}: ${c.serviceDown}`);
	}
	const serviceCredentials = Object.entries(services)
		.filter(([n, s]) => s.ok && SERVICE_CREDENTIAL_TYPES[n])
		.map(([n, s]) => ({ type: SERVICE_CREDENTIAL_TYPES[n], name: n, data: s.credential || {} }));

	const describeE2E = ENABLED ? describe : describe.skip;

	// On a fresh machine every version is provisioned at once (network-bound npm installs overlap), the first
	// time any version needs it; a cached version resolves at once.
	let provisioning = null;
	function provisioned(version) {
		if (!provisioning) {
			provisioning = Object.fromEntries(VERSIONS.map((v) => [v, provision(v)]));
			for (const p of Object.values(provisioning)) p.catch(() => {}); // reported by the version that awaits it
		}
		return provisioning[version];
	}

	describeE2E(`e2e${queue ? ' (queue mode: main + webhook processor + 2 workers)' : ''}: a real n8n with this package`, () => {
		afterAll(() => {
			if (tarball) fs.rmSync(path.dirname(tarball), { recursive: true, force: true });
		});

		test('the package builds and packs', () => {
			if (buildError) throw buildError;
			expect(fs.existsSync(tarball)).toBe(true);
		});

		for (const version of VERSIONS) {
			describe(`n8n ${version}`, () => {
				let env = null;
				let n8n = null;
				let flatted = null;
				let nodeTypes = null;
				const major = Number(version.split('.')[0]);

				beforeAll(async () => {
					if (buildError) return;
					const t0 = Date.now();
					const p = await provisioned(version);
					flatted = require(path.join(p.n8nDir, 'node_modules', 'flatted'));
					const runnable = [...cases.filter((c) => c.missing.length === 0 && !c.serviceDown), ...httpCases.filter((c) => !c.skip && hasSandbox)];
					const boot = queue
						? (/** @type {any} */ o) => bootQueueEnvironment({ ...o, ports: { main: ports.main, webhook: ports.webhook, workers: ports.workers }, redisDb: ports.redisDb })
						: (/** @type {any} */ o) => bootEnvironment({ ...o, port: ports.n8n });
					env = await boot({
						version,
						sandboxPort: hasSandbox ? SANDBOX_PORT : null,
						tarball,
						extraCredentials: serviceCredentials,
						workflows: [
							...runnable.map((c) => ({ workflow: rewriteWorkflow(c.workflow, c.spec && c.spec.rewrite, `http://127.0.0.1:${SANDBOX_PORT}`), publish: c.publish, caseId: c.id })),
							...extraWorkflows.map((w) => ({ workflow: w.workflow, publish: w.publish, caseId: `extra:${w.id}` })),
						],
						log,
					});
					n8n = env.n8n;
					for (const c of runnable) c.imported = env.workflows.find((w) => w.caseId === c.id).workflow;
					nodeTypes = await n8n.nodeTypes();
					log(`n8n ${version}: environment ready in ${((Date.now() - t0) / 1000).toFixed(1)}s (${runnable.length} workflow(s))`);
				}, BOOT_TIMEOUT);

				afterAll(async () => {
					if (env) await env.stop();
				}, 60000);

				const ready = () => {
					if (buildError) throw buildError;
					if (!n8n) throw new Error('n8n did not start (see the beforeAll error)');
				};

				// ---- the package loads -------------------------------------------------------------------------
				test('n8n is up and the owner session works', async () => {
					ready();
					const me = await n8n.rest('GET', '/login');
					expect(me.email).toBe(n8n.owner.email);
				});

				test(`no errors loading the package in the n8n log${queue ? 's (main, webhook processor, workers)' : ''}`, () => {
					ready();
					const logText = [n8n, ...(env.processes || [])].map((p) => fs.readFileSync(p.logFile, 'utf8')).join('\n');
					// The n8n install lives under ~/.cache/n8n-nodes-cn-enterprise: its stack frames name the package too.
					const bad = logText
						.split('\n')
						.map((l) => l.replace(/\S*\.cache\/n8n-nodes-cn-enterprise\S*/g, '<n8n>'))
						.filter((l) => /n8n-nodes-cn-enterprise/.test(l) && /(error|fail|could not|cannot|skipping|unknown)/i.test(l));
					expect(bad).toEqual([]);
				});

				eachOf(info.nodes, (n) => n.type, 'node %s is registered (and its Tool variant when usableAsTool)', (node) => {
					ready();
					const names = new Set(nodeTypes.map((t) => t.name));
					expect(names.has(node.type)).toBe(true);
					if (node.usableAsTool && !node.isTrigger) expect(names.has(`${node.type}Tool`)).toBe(true);
					if (node.isTrigger) expect(names.has(`${node.type}Tool`)).toBe(false);
				});

				eachOf(info.nodes, (n) => n.type, 'icons of %s are served', async (node) => {
					ready();
					const desc = nodeTypes.find((t) => t.name === node.type);
					expect(desc).toBeDefined();
					const urls = desc.iconUrl ? (typeof desc.iconUrl === 'string' ? [desc.iconUrl] : Object.values(desc.iconUrl)) : [];
					expect(urls.length).toBe(iconFiles(node.icon).length || urls.length);
					expect(urls.length).toBeGreaterThan(0);
					for (const u of urls) {
						const r = await n8n.request('GET', `/${u.replace(/^\//, '')}`, undefined, { raw: true });
						expect({ url: u, status: r.status }).toEqual({ url: u, status: 200 });
						expect(r.text.length).toBeGreaterThan(0);
					}
				});

				eachOf(info.credentials, (c) => c.name, 'credential type %s is registered (icon served)', async (cred) => {
					ready();
					const types = await n8n.credentialTypes();
					const desc = types.find((t) => t.name === cred.name);
					expect(desc).toBeDefined();
					const urls = desc.iconUrl ? (typeof desc.iconUrl === 'string' ? [desc.iconUrl] : Object.values(desc.iconUrl)) : [];
					for (const u of urls) {
						const r = await n8n.request('GET', `/${u.replace(/^\//, '')}`, undefined, { raw: true });
						expect({ url: u, status: r.status }).toEqual({ url: u, status: 200 });
					}
				});

				// ---- credentials against the sandbox -----------------------------------------------------------
				const testable = info.credentials.filter((c) => c.test);
				eachOf(testable, (c) => c.name, 'credential test of %s passes against the sandbox', async (cred) => {
					ready();
					if (!env.sandbox) return log(`skip: no sandbox yet (${cred.name})`);
					const imported = env.credentialsByType[cred.name];
					if (!imported) throw new Error(`no sandbox credentials for ${cred.name} in sandbox/credentials.json`);
					const r = await n8n.testCredential(imported.id);
					expect(r).toEqual(expect.objectContaining({ status: 'OK' }));
				});

				eachOf(httpCases, (c) => c.cred.name, "n8n's HTTP Request node signs with %s (predefined credential type)", async (c) => {
					ready();
					if (c.skip || !env.sandbox) return log(`skip HTTP Request check for ${c.cred.name}: ${c.skip || 'no sandbox yet'}`);
					const since = await maxExecutionId(n8n);
					const res = await n8n.webhook(c.hookPath, {});
					const list = await executionsSince(n8n, c.imported.id, since, { atLeast: 1 });
					let why = '';
					if (res.status !== 200 && list[0]) {
						const full = await n8n.execution(list[0].id).catch(() => null);
						const err = full && executionOutputs(full, flatted).error;
						why = err ? ` — ${err.message} ${short(err.description || '')}` : '';
					}
					expect({ status: res.status, why }).toEqual({ status: 200, why: '' });
					const items = Array.isArray(res.body) ? res.body : [res.body];
					// The credential's own test rules say what a failed call looks like in a 200 body.
					for (const rule of c.rules) {
						if (rule.type === 'responseSuccessBody') {
							const v = rule.properties.key.split('.').reduce((o, k) => (o == null ? o : o[k]), items[0]);
							expect({ key: rule.properties.key, value: v }).not.toEqual({ key: rule.properties.key, value: rule.properties.value });
						}
					}
				});

				// ---- data-driven: test/e2e/workflows/<vendor>/*.json and examples/*.json ------------------------
				for (const c of cases) {
					const name = `${c.kind === 'example' ? 'example' : 'workflow'} ${c.id}: ${c.title}`;
					const onlyFor = c.spec.versions ? c.spec.versions.map(String) : null;
					if (onlyFor && !onlyFor.some((v) => version === v || String(major) === v)) {
						test.skip(`${name} (not for n8n ${version})`, () => {});
						continue;
					}
					if (c.missing.length) {
						test.skip(`${name} (waiting for ${c.missing.join(', ')})`, () => {});
						continue;
					}
					if (c.serviceDown) {
						if (process.env.CI === 'true') test(name, () => {
							throw new Error(`${c.id} needs ${c.serviceDown} (CI=true: a missing service is a failure)`);
						});
						else test.skip(`${name} (skipped: ${c.serviceDown})`, () => {});
						continue;
					}
					test(
						name,
						async () => {
							ready();
							const needsSandbox = (c.spec.steps || []).some((st) => st.sandbox) || Object.keys(c.workflow.nodes.reduce((a, n) => ({ ...a, ...(n.credentials || {}) }), {})).length > 0;
							if (!env.sandbox && needsSandbox) return log(`skip ${c.id}: no sandbox yet`);
							const wf = c.imported;
							const live = wf.nodes.filter((n) => n.type === 'n8n-nodes-base.webhook' || /Trigger$/.test(n.type));
							const webhookPaths = Object.fromEntries(live.map((n) => [n.name, webhookPathOf(n, info)]));
							const first = live[0] ? webhookPaths[live[0].name] : undefined;
							const vars = {
								// n8n.url: where vendors call (the webhook processor in queue mode); mainUrl: the editor/REST.
								n8n: { url: n8n.webhookBaseUrl, mainUrl: n8n.baseUrl, version, major, mode },
								sandbox: env.sandbox ? { url: env.sandbox.url } : {},
								credentials: Object.fromEntries(Object.entries(env.credentials).map(([v, cr]) => [v, cr.data])),
								webhookPath: first,
								webhookUrl: first ? `${n8n.webhookBaseUrl}/webhook/${first}` : undefined,
								webhookPaths,
								services: Object.fromEntries(Object.entries(services).map(([n, sv]) => [n, { url: sv.url }])),
								webhookUrls: Object.fromEntries(Object.entries(webhookPaths).map(([k, p]) => [k, `${n8n.webhookBaseUrl}/webhook/${p}`])),
								workflowId: wf.id,
								vendor: c.vendor,
							};
							const steps = c.spec.steps || defaultSteps(c);
							if (!steps.length) return log(`${c.id}: imported and published; no steps to run (add ${c.id}.e2e.json)`);
							await runSteps(steps, { n8n, sandbox: env.sandbox, info, flatted, vars, workflow: wf });
						},
						c.spec.timeoutMs || 120000,
					);
				}

				const imported = (/** @type {string} */ id) => {
					const w = env && env.workflows.find((x) => x.caseId === id || x.caseId === `extra:${id}`);
					if (!w) throw new Error(`workflow ${id} was not imported`);
					return w.workflow;
				};
				if (extraTests) extraTests(() => ({ env, n8n, flatted, version, major, cases, ready, imported, info }));
			});
		}
	});
}

/** One test per element; a visible skipped placeholder while the list is still empty. */
function eachOf(list, nameOf, title, fn, timeout = 120000) {
	if (!list.length) return test.skip(title.replace('%s', '(none in package.json yet)'), () => {});
	for (const el of list) test(title.replace('%s', nameOf(el)), () => fn(el), timeout);
}

/** Without a sidecar: call the webhook-fronted workflow and require one successful execution. */
function defaultSteps(c) {
	const hasWebhook = c.workflow.nodes.some((n) => n.type === 'n8n-nodes-base.webhook');
	if (!hasWebhook) return [];
	return [{ webhook: {}, expect: { status: 200 } }, { executions: { count: 1, status: 'success' } }];
}

module.exports = { defineE2ESuite };
