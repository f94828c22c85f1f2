'use strict';
// Data-driven e2e cases: discovery of workflows + sidecar specs, the step runner and the matcher.
// Adding a vendor = adding files under test/e2e/workflows/<vendor>/ (and examples/); no code here changes.
// The spec format is documented in docs/e2e.md.

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { REPO_ROOT, PACKAGE_NAME } = require('../../../scripts/n8n/package-info.js');
const { webhookFronted, isLiveTrigger, exampleWorkflows } = require('../../../scripts/n8n/environment.js');
const { SERVICE_CREDENTIAL_TYPES } = require('../../../scripts/n8n/services.js');

/** Credential types of the services a case may name (imported by the suite when the service is up). */
const SERVICE_CREDENTIALS = new Set(Object.values(SERVICE_CREDENTIAL_TYPES));

const WORKFLOWS_DIR = path.join(REPO_ROOT, 'test', 'e2e', 'workflows');
const EXAMPLE_SPECS_DIR = path.join(REPO_ROOT, 'test', 'e2e', 'examples');

const readJson = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));
const slug = (s) => String(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Deterministic UUID-shaped webhook ids, so URLs are known before import. */
function uuidFrom(seed) {
	const h = crypto.createHash('sha256').update(seed).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Give every webhook-ish node a webhookId (vendor triggers need one for their production URL). */
function ensureWebhookIds(workflow, seed) {
	for (const node of workflow.nodes || []) {
		if (isLiveTrigger(node) && !node.webhookId) node.webhookId = uuidFrom(`${seed}:${node.name}`);
	}
	return workflow;
}

/** Production webhook path (after /webhook/) of a live trigger node. */
function webhookPathOf(node, info) {
	if (node.type === 'n8n-nodes-base.webhook') return String(node.parameters.path || '').replace(/^\//, '');
	const desc = info.nodes.find((n) => n.type === node.type);
	const hook = (desc && desc.webhooks && desc.webhooks[0]) || { path: 'webhook' };
	// An expression path (`={{…}}didi`, a segment added for some parameter values): its default, literal part.
	const p = String(hook.path || 'webhook').replace(/^=/, '').replace(/\{\{[^}]*\}\}/g, '');
	return hook.isFullPath === true ? p : `${node.webhookId}/${p}`;
}

/** Why a workflow cannot run yet with what the package ships (node types / credential types missing). */
function missingPieces(workflow, info) {
	const nodeTypes = new Set(info.nodes.map((n) => n.type));
	const credTypes = new Set(info.credentials.map((c) => c.name));
	const missing = [];
	for (const node of workflow.nodes || []) {
		if (node.type.startsWith(`${PACKAGE_NAME}.`) && !nodeTypes.has(node.type.replace(/Tool$/, ''))) missing.push(`node ${node.type}`);
		for (const t of Object.keys(node.credentials || {})) {
			if (!credTypes.has(t) && !t.startsWith('http') && !SERVICE_CREDENTIALS.has(t)) missing.push(`credential ${t}`);
		}
		if (node.type === 'n8n-nodes-base.httpRequest' && node.parameters && node.parameters.nodeCredentialType && !credTypes.has(node.parameters.nodeCredentialType)) {
			missing.push(`credential ${node.parameters.nodeCredentialType}`);
		}
	}
	return [...new Set(missing)];
}

/**
 * Every e2e case, from disk. Each: { id, title, vendor, source, workflow, spec, publish }
 *  - test/e2e/workflows/<vendor>/<name>.json  (+ optional <name>.e2e.json)
 *  - examples/<name>.json                      (+ optional test/e2e/examples/<name>.e2e.json or examples/<name>.e2e.json)
 */
function discoverCases(info) {
	/** @type {any[]} */
	const cases = [];
	if (fs.existsSync(WORKFLOWS_DIR)) {
		for (const vendor of fs.readdirSync(WORKFLOWS_DIR).sort()) {
			const dir = path.join(WORKFLOWS_DIR, vendor);
			if (!fs.statSync(dir).isDirectory()) continue;
			for (const f of fs.readdirSync(dir).sort()) {
				if (!f.endsWith('.json') || f.endsWith('.e2e.json')) continue;
				const base = f.replace(/\.json$/, '');
				const workflow = readJson(path.join(dir, f));
				const specFile = path.join(dir, `${base}.e2e.json`);
				const spec = fs.existsSync(specFile) ? readJson(specFile) : {};
				const id = `${vendor}/${base}`;
				workflow.name = workflow.name || id;
				ensureWebhookIds(workflow, `e2e:${id}`);
				cases.push({ id, title: spec.description || workflow.name, vendor, source: path.relative(REPO_ROOT, path.join(dir, f)), workflow, spec, publish: spec.publish !== false, kind: 'workflow' });
			}
		}
	}
	for (const ex of exampleWorkflows()) {
		const base = path.basename(ex.file, '.json');
		const specFile = [path.join(EXAMPLE_SPECS_DIR, `${base}.e2e.json`), path.join(path.dirname(ex.file), `${base}.e2e.json`)].find((f) => fs.existsSync(f));
		const spec = specFile ? readJson(specFile) : {};
		const id = `examples/${base}`;
		let workflow = JSON.parse(JSON.stringify(ex.workflow));
		let fronted = false;
		if (!(workflow.nodes || []).some(isLiveTrigger)) {
			const copy = webhookFronted(workflow, `e2e-example-${slug(base)}`);
			if (copy) {
				workflow = copy;
				fronted = true;
			}
		}
		workflow.name = `[e2e] ${workflow.name || base}`;
		ensureWebhookIds(workflow, `e2e:${id}`);
		cases.push({ id, title: spec.description || ex.workflow.name || base, vendor: spec.vendor || null, source: path.relative(REPO_ROOT, ex.file), workflow, spec, publish: true, fronted, kind: 'example' });
	}
	for (const c of cases) c.missing = missingPieces(c.workflow, info);
	return cases;
}

/**
 * Generated case per credential with `authenticate`: n8n's own HTTP Request node, "Predefined Credential
 * Type" = our credential, calling the credential's test endpoint on the sandbox.
 */
function httpRequestCases(info, sandboxCreds) {
	const out = [];
	for (const cred of info.credentials) {
		if (!cred.hasAuthenticate) continue;
		const vendor = cred.vendor;
		const data = vendor && sandboxCreds[vendor];
		const req = cred.test && cred.test.request;
		const id = `http-request/${cred.name}`;
		if (!data || !req) {
			out.push({ id, cred, skip: !data ? `no sandbox credentials for ${cred.name}` : `${cred.name} has no test.request to aim at` });
			continue;
		}
		let url;
		let bodyValue;
		let qsValue;
		try {
			const base = resolveCredentialExpr(req.baseURL || '', data);
			const rel = resolveCredentialExpr(req.url || '', data);
			url = /^https?:/.test(rel) ? rel : `${base.replace(/\/$/, '')}/${rel.replace(/^\//, '')}`;
			bodyValue = req.body === undefined ? undefined : resolveDeep(req.body, data);
			qsValue = req.qs === undefined ? undefined : resolveDeep(req.qs, data);
		} catch (e) {
			out.push({ id, cred, skip: e.message });
			continue;
		}
		const method = (req.method || 'GET').toUpperCase();
		const httpParams = {
			method,
			url,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: cred.name,
			options: {},
		};
		if (qsValue && Object.keys(qsValue).length) {
			httpParams.sendQuery = true;
			httpParams.queryParameters = { parameters: Object.entries(qsValue).map(([name, value]) => ({ name, value: String(value) })) };
		}
		if (bodyValue !== undefined && method !== 'GET') {
			httpParams.sendBody = true;
			httpParams.contentType = 'json';
			httpParams.specifyBody = 'json';
			httpParams.jsonBody = JSON.stringify(bodyValue);
		}
		const hookPath = `e2e-http-${slug(cred.name)}`;
		const workflow = {
			name: `[e2e] HTTP Request with ${cred.name}`,
			nodes: [
				{ id: uuidFrom(`${id}:wh`), name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: uuidFrom(`${id}:hook`), parameters: { httpMethod: 'POST', path: hookPath, responseMode: 'lastNode', responseData: 'allEntries', options: {} } },
				{ id: uuidFrom(`${id}:http`), name: 'HTTP Request', type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, position: [220, 0], parameters: httpParams, credentials: { [cred.name]: { id: 'placeholder', name: 'placeholder' } } },
			],
			connections: { Webhook: { main: [[{ node: 'HTTP Request', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		};
		out.push({ id, cred, vendor, workflow, hookPath, rules: (cred.test && cred.test.rules) || [], publish: true, kind: 'http' });
	}
	return out;
}

/** Resolve `={{$credentials.x}}/path` / `={{ $credentials.x }}` style values against credential data. */
function resolveCredentialExpr(value, data) {
	if (typeof value !== 'string') return value;
	if (!value.startsWith('=')) return value;
	const expr = value.slice(1);
	const replaced = expr.replace(/\{\{\s*\$credentials(?:\.([A-Za-z0-9_]+)|\[['"]([^'"]+)['"]\])\s*\}\}/g, (_m, a, b) => {
		const k = a || b;
		if (!(k in data)) throw new Error(`credential field ${k} not in sandbox credentials`);
		return String(data[k]);
	});
	if (replaced.includes('{{')) throw new Error(`cannot resolve expression ${value} outside n8n`);
	return replaced;
}
function resolveDeep(v, data) {
	if (typeof v === 'string') return resolveCredentialExpr(v, data);
	if (Array.isArray(v)) return v.map((x) => resolveDeep(x, data));
	if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveDeep(x, data)]));
	return v;
}

// ---------------------------------------------------------------------------------------------------------
// Templating and matching

function getPath(obj, p) {
	if (p === '' || p === undefined || p === null) return obj;
	return String(p)
		.split('.')
		.reduce((o, k) => (o === undefined || o === null ? undefined : o[k]), obj);
}

/** "{{a.b}}" → value (raw when the whole string is one placeholder), "x{{a}}y" → string interpolation. */
function template(v, vars) {
	if (typeof v === 'string') {
		const whole = /^\{\{\s*([^}]+?)\s*\}\}$/.exec(v);
		if (whole) {
			const r = lookupVar(whole[1], vars);
			return r === undefined ? v : r;
		}
		return v.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (m, k) => {
			const r = lookupVar(k, vars);
			return r === undefined ? m : typeof r === 'object' ? JSON.stringify(r) : String(r);
		});
	}
	if (Array.isArray(v)) return v.map((x) => template(x, vars));
	if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, template(x, vars)]));
	return v;
}
function lookupVar(k, vars) {
	if (k === 'now') return Date.now();
	if (k === 'nowSeconds') return Math.floor(Date.now() / 1000);
	if (k === 'uuid') return crypto.randomUUID();
	return getPath(vars, k);
}

/**
 * Partial deep match: objects match when every expected key matches; arrays must have the same length
 * (use {"$contains": x} / {"$length": n} otherwise). Operators: $exists, $eq, $ne, $regex, $contains,
 * $length, $gt, $gte, $lt, $lte, $type, $not, $any. Returns a list of mismatch descriptions.
 */
function match(actual, expected, at = '$') {
	const errs = [];
	const fail = (msg) => errs.push(`${at}: ${msg}`);
	if (expected && typeof expected === 'object' && !Array.isArray(expected) && Object.keys(expected).some((k) => k.startsWith('$'))) {
		for (const [op, arg] of Object.entries(expected)) {
			switch (op) {
				case '$exists':
					if ((actual !== undefined && actual !== null) !== arg) fail(`expected ${arg ? 'present' : 'absent'}, got ${short(actual)}`);
					break;
				case '$eq':
					if (JSON.stringify(actual) !== JSON.stringify(arg)) fail(`expected exactly ${short(arg)}, got ${short(actual)}`);
					break;
				case '$ne':
					if (JSON.stringify(actual) === JSON.stringify(arg)) fail(`expected not ${short(arg)}`);
					break;
				case '$regex':
					if (typeof actual !== 'string' || !new RegExp(arg).test(actual)) fail(`expected /${arg}/, got ${short(actual)}`);
					break;
				case '$contains':
					if (typeof actual === 'string') {
						if (!actual.includes(arg)) fail(`expected to contain ${short(arg)}, got ${short(actual)}`);
					} else if (!Array.isArray(actual) || !actual.some((x) => match(x, arg).length === 0)) fail(`expected an element matching ${short(arg)}, got ${short(actual)}`);
					break;
				case '$length':
					if (!actual || typeof actual.length !== 'number') fail(`expected length ${short(arg)}, got ${short(actual)}`);
					else errs.push(...match(actual.length, arg, `${at}.length`));
					break;
				case '$gt':
					if (!(actual > arg)) fail(`expected > ${arg}, got ${short(actual)}`);
					break;
				case '$gte':
					if (!(actual >= arg)) fail(`expected >= ${arg}, got ${short(actual)}`);
					break;
				case '$lt':
					if (!(actual < arg)) fail(`expected < ${arg}, got ${short(actual)}`);
					break;
				case '$lte':
					if (!(actual <= arg)) fail(`expected <= ${arg}, got ${short(actual)}`);
					break;
				case '$type': {
					const t = Array.isArray(actual) ? 'array' : actual === null ? 'null' : typeof actual;
					if (t !== arg) fail(`expected type ${arg}, got ${t}`);
					break;
				}
				case '$not':
					if (match(actual, arg).length === 0) fail(`expected not to match ${short(arg)}`);
					break;
				case '$any':
					break;
				default:
					fail(`unknown operator ${op}`);
			}
		}
		return errs;
	}
	if (Array.isArray(expected)) {
		if (!Array.isArray(actual)) return [`${at}: expected an array, got ${short(actual)}`];
		if (actual.length !== expected.length) errs.push(`${at}: expected ${expected.length} element(s), got ${actual.length}: ${short(actual)}`);
		expected.forEach((e, i) => errs.push(...match(actual[i], e, `${at}[${i}]`)));
		return errs;
	}
	if (expected && typeof expected === 'object') {
		if (!actual || typeof actual !== 'object') return [`${at}: expected an object, got ${short(actual)}`];
		for (const [k, e] of Object.entries(expected)) errs.push(...match(actual[k], e, `${at}.${k}`));
		return errs;
	}
	if (actual !== expected) fail(`expected ${short(expected)}, got ${short(actual)}`);
	return errs;
}
function short(v) {
	const s = JSON.stringify(v);
	return s === undefined ? 'undefined' : s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

// ---------------------------------------------------------------------------------------------------------
// Execution data

/** Items (json) each node produced in an execution, from n8n's flatted execution data. */
function executionOutputs(execution, flatted) {
	let data = execution.data;
	if (typeof data === 'string') data = flatted.parse(data);
	const runData = (data && data.resultData && data.resultData.runData) || {};
	const out = {};
	for (const [node, runs] of Object.entries(runData)) {
		const last = runs[runs.length - 1];
		const main = (last && last.data && last.data.main) || [];
		out[node] = (main[0] || []).map((i) => i.json);
	}
	return { outputs: out, error: data && data.resultData && data.resultData.error };
}

async function maxExecutionId(n8n) {
	const list = await n8n.executions({ limit: 1 });
	return list.length ? Number(list[0].id) : 0;
}

/** Executions of a workflow with id > sinceId; waits until `atLeast` exist and none are still running. */
async function executionsSince(n8n, workflowId, sinceId, { atLeast = 0, settleMs = 1500, timeoutMs = 30000, waitingSettled = false } = {}) {
	const t0 = Date.now();
	for (;;) {
		const list = (await n8n.executions({ workflowId, limit: 50 })).filter((e) => Number(e.id) > sinceId);
		// waitingSettled: an execution saved as waiting counts as settled (to check it before resuming it).
		const settled = (e) => waitingSettled && e.status === 'waiting';
		const running = list.some((e) => !settled(e) && (['running', 'new', 'waiting'].includes(e.status) || (!e.stoppedAt && !e.finished && e.status !== 'success' && e.status !== 'error' && e.status !== 'crashed')));
		if (list.length >= atLeast && !running && (atLeast > 0 || Date.now() - t0 >= settleMs)) return list;
		if (Date.now() - t0 > timeoutMs) return list;
		await sleep(300);
	}
}

// ---------------------------------------------------------------------------------------------------------
// Step runner

/**
 * Run a spec's steps. ctx = { n8n, sandbox, info, flatted, vars, workflow (imported), webhookPath }
 * Throws with a readable message on the first failing expectation.
 */
async function runSteps(steps, ctx) {
	const vars = ctx.vars;
	let mark = await maxExecutionId(ctx.n8n);
	for (let i = 0; i < steps.length; i++) {
		const step = template(steps[i], vars);
		const label = `step ${i + 1} (${Object.keys(steps[i]).filter((k) => !['expect', 'save', 'note'].includes(k)).join(',')})`;
		let res;
		if (step.sandbox) {
			if (!ctx.sandbox) throw new Error(`${label}: no sandbox running`);
			const send = () => httpJson(step.sandbox.method || (step.sandbox.body ? 'POST' : 'GET'), ctx.sandbox.url + step.sandbox.path, step.sandbox.body, step.sandbox.headers);
			res = await send();
			// `eventually` (ms): repeat the request until `expect` holds, for effects n8n applies asynchronously.
			for (const until = Date.now() + Number(step.eventually || 0); step.expect && Date.now() < until && match(res, step.expect, 'response').length; ) {
				await sleep(250);
				res = await send();
			}
		} else if (step.webhook) {
			const p = (step.webhook.path || vars.webhookPath || '').replace(/^\//, '');
			res = await httpJson(step.webhook.method || 'POST', `${ctx.n8n.webhookBaseUrl || ctx.n8n.baseUrl}/webhook/${p}`, step.webhook.body === undefined ? {} : step.webhook.body, step.webhook.headers, step.webhook.rawBody);
		} else if (step.http) {
			res = await httpJson(step.http.method || 'GET', step.http.url, step.http.body, step.http.headers, step.http.rawBody);
		} else if (step.workflow) {
			// { "workflow": "deactivate" | "activate" }: this workflow's toggle, through the REST API as the editor does.
			const id = ctx.workflow.id;
			if (step.workflow === 'activate') {
				const wf = await ctx.n8n.rest('GET', `/workflows/${id}`);
				await ctx.n8n.rest('POST', `/workflows/${id}/activate`, { versionId: wf.versionId });
			} else if (step.workflow === 'deactivate') {
				await ctx.n8n.rest('POST', `/workflows/${id}/deactivate`, {});
			} else {
				throw new Error(`${label}: workflow step is "activate" or "deactivate", not ${short(step.workflow)}`);
			}
			continue;
		} else if (step.n8n) {
			// { "n8n": "restart" }: stop n8n and start it again on the same user folder (database kept), e.g. while
			// an execution waits; the session is renewed.
			if (step.n8n !== 'restart') throw new Error(`${label}: n8n step is "restart", not ${short(step.n8n)}`);
			await ctx.n8n.stop();
			await ctx.n8n.start();
			await ctx.n8n.login();
			continue;
		} else if (step.wait) {
			await sleep(Number(step.wait));
			continue;
		} else if (step.mark) {
			mark = await maxExecutionId(ctx.n8n);
			continue;
		} else if (step.executions) {
			const e = step.executions;
			const expected = e.count;
			const atLeast = typeof expected === 'number' ? expected : (expected && expected.$gte) || 0;
			const list = await executionsSince(ctx.n8n, ctx.workflow.id, mark, { atLeast, timeoutMs: e.timeoutMs || 30000, waitingSettled: e.status === 'waiting' });
			if (expected !== undefined) {
				const errs = match(list.length, expected, 'executions.count');
				if (errs.length) throw new Error(`${label}: ${errs.join('; ')}\n${short(list.map((x) => ({ id: x.id, status: x.status, mode: x.mode })))}`);
			}
			const detailNeeded = e.status || e.output || e.error;
			for (const ex of list) {
				if (e.status) {
					const errs = match(ex.status, e.status, `execution ${ex.id}.status`);
					if (errs.length) {
						const full = await ctx.n8n.execution(ex.id).catch(() => null);
						const why = full ? executionOutputs(full, ctx.flatted).error : null;
						throw new Error(`${label}: ${errs.join('; ')}${why ? ` — ${short(why.message || why)}` : ''}`);
					}
				}
			}
			if (detailNeeded && list.length && (e.output || e.error)) {
				// `error` is looked for in the newest failed execution (executions that started at the same moment,
				// e.g. two queue messages in n8n's queue mode, may be numbered in either order).
				const shown = (e.error && !e.output && list.find((x) => x.status === 'error')) || list[0];
				const full = await ctx.n8n.execution(shown.id);
				const { outputs, error } = executionOutputs(full, ctx.flatted);
				if (e.output) {
					const errs = match(outputs, e.output, 'output');
					if (errs.length) throw new Error(`${label}: ${errs.join('; ')}`);
				}
				if (e.error) {
					const errs = match(error, e.error, 'error');
					if (errs.length) throw new Error(`${label}: ${errs.join('; ')}`);
				}
				vars.lastOutput = outputs;
			}
			vars.executions = list;
			// A waiting execution is looked at again once resumed: the window stays open for it.
			if (e.status !== 'waiting') mark = list.reduce((m, x) => Math.max(m, Number(x.id)), mark);
			continue;
		} else {
			throw new Error(`${label}: unknown step ${short(steps[i])}`);
		}
		vars.last = res;
		if (step.expect) {
			const errs = match(res, step.expect, 'response');
			if (errs.length) throw new Error(`${label}: ${errs.join('; ')}\nresponse: ${short(res)}`);
		}
		for (const [name, p] of Object.entries(step.save || {})) vars[name] = getPath(res, p);
	}
}

/**
 * @param {string} method @param {string} url @param {any} [body] @param {Record<string, string>} [headers] @param {any} [rawBody]
 * @returns {Promise<{ status: number, headers: Record<string, string>, body: any }>}
 */
async function httpJson(method, url, body, headers = {}, rawBody) {
	const h = { ...headers };
	let payload;
	if (rawBody !== undefined) payload = rawBody;
	else if (body !== undefined && method !== 'GET' && method !== 'HEAD') {
		payload = JSON.stringify(body);
		h['content-type'] = h['content-type'] || 'application/json';
	}
	const r = await fetch(url, { method, headers: h, body: payload });
	const text = await r.text();
	let parsed = text;
	try {
		parsed = JSON.parse(text);
	} catch {}
	return { status: r.status, headers: Object.fromEntries(r.headers.entries()), body: parsed };
}

/**
 * The sidecar's `rewrite` map applied to a workflow before import: each key (e.g. an example's placeholder
 * `https://oa.example.com`) is replaced everywhere by its value, where `{{sandbox.url}}` is the sandbox.
 */
function rewriteWorkflow(workflow, rewrite, sandboxUrl) {
	if (!rewrite || !Object.keys(rewrite).length) return workflow;
	let text = JSON.stringify(workflow);
	for (const [from, to] of Object.entries(rewrite)) text = text.split(from).join(String(to).split('{{sandbox.url}}').join(sandboxUrl));
	return JSON.parse(text);
}

module.exports = {
	rewriteWorkflow,
	WORKFLOWS_DIR,
	discoverCases,
	httpRequestCases,
	missingPieces,
	webhookPathOf,
	ensureWebhookIds,
	uuidFrom,
	resolveCredentialExpr,
	template,
	match,
	executionOutputs,
	executionsSince,
	maxExecutionId,
	runSteps,
	httpJson,
	short,
};
