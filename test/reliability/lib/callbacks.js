// The five triggers as the callbacks part drives them: the workflow (the trigger node of the e2e suite's
// workflow, alone), and how to send each kind of callback through the sandbox's emit (the vendor's own signing)
// or directly. `kinds` lists the bad kinds a trigger's scheme has: Hose and Zhenling sign nothing (a path
// secret / a shared token), so they have no stale or far-future callbacks.
const fs = require('node:fs');
const path = require('node:path');
const { uuidFrom } = require('../../e2e/lib/harness.js');

const WORKFLOWS = path.join(__dirname, '..', '..', 'e2e', 'workflows');
const read = (file) => JSON.parse(fs.readFileSync(path.join(WORKFLOWS, file), 'utf8'));
/**
 * The trigger node of an e2e workflow, alone in a workflow of its own, with a webhook id (and node id) of its
 * own: published beside the e2e suite's workflows in the same n8n, its webhook path must not collide.
 */
function triggerWorkflow(file, name, typeSuffix, parameters) {
	const source = read(file);
	const node = source.nodes.find((n) => n.type.endsWith(typeSuffix));
	const own = { id: uuidFrom(`${name}:node`), webhookId: uuidFrom(`${name}:webhook`) };
	return { name, nodes: [{ ...node, ...own, parameters: { ...node.parameters, ...(parameters || {}) } }], connections: {}, settings: {} };
}

/** The parsed JSON object of an answer body, or undefined. */
function json(text) {
	try {
		const v = JSON.parse(text);
		return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
	} catch {
		return undefined;
	}
}
const str = (v) => typeof v === 'string' && v.length > 0;
/**
 * n8n's own error answer ({code: <the HTTP status>, message, hint?}), given before the trigger node runs: 404 for
 * a path no workflow registered (a wrong Hose path secret), 422 "Failed to parse request body" for a JSON body
 * that does not parse or an unknown charset. (Zhenling's own envelope has a string code.)
 */
const n8nAnswer = (status, body) => status >= 400 && status < 500 && json(body) !== undefined && json(body).code === status && str(json(body).message);

const HOSE_SECRET = 'e2e-hose-path-secret-5f0c9a7d3b1e42';
const ZHENLING_TOKEN = 'e2e-zhenling-callback-token';

const TRIGGERS = [
	{
		vendor: 'didi',
		workflow: triggerWorkflow('didi/notification-trigger.json', 'reliability: DiDi trigger', '.didiEnterpriseTrigger'),
		url: (base) => base,
		emit: (url, variant, k) => ({ vendor: 'didi', event: 'order.finished', url, variant, payload: undefined, k }),
		kinds: ['forged', 'stale', 'future', 'replay', 'malformed'],
		// DiDi's answer: {errno, errmsg} (didi-*.txt: errno 0 is success).
		envelope: (status, body) => Number.isInteger(json(body)?.errno) && json(body).errno !== 0 && str(json(body).errmsg),
	},
	{
		vendor: 'zeyi',
		workflow: triggerWorkflow('zeyi/callbacks-trigger.json', 'reliability: Zeyi trigger', '.zeyiTrigger'),
		url: (base) => base,
		// Zeyi is given the base URL (<n8n>/webhook/<id>) and appends its own path: the sandbox's emit does too.
		emitUrl: (url) => url.replace(/(\/webhook\/[^/]+)\/.*$/, '$1'),
		emit: (url, variant) => ({ vendor: 'zeyi', event: 'repair', url, variant }),
		kinds: ['forged', 'stale', 'future', 'replay', 'malformed'],
		// Zeyi's result envelope: {success: false, errorCode, message}.
		envelope: (status, body) => json(body)?.success === false && str(String(json(body).errorCode ?? '')) && str(json(body).message),
	},
	{
		vendor: 'zhiguanche',
		workflow: triggerWorkflow('zhiguanche/event-trigger.json', 'reliability: ZhiGuanChe trigger', '.zhiguancheTrigger'),
		url: (base) => base,
		emit: (url, variant) => ({ vendor: 'zhiguanche', event: 'request.approved', url, variant }),
		kinds: ['forged', 'stale', 'future', 'replay', 'malformed'],
		// ZhiGuanChe's answer: {code, message}, code 0 is success.
		envelope: (status, body) => Number.isInteger(json(body)?.code) && json(body).code !== 0 && str(json(body).message),
		// A malformed JSON body is also sent correctly signed (the sandbox signs exactly these bytes): it must be
		// refused by what it is, not only for lacking a signature.
		malformed: (url, m, emit) => (m.signable ? emit({ vendor: 'zhiguanche', url, rawBody: m.body.toString('utf8') }).then((a) => ({ status: a.status, body: typeof a.body === 'string' ? a.body : JSON.stringify(a.body ?? '') })) : undefined),
	},
	{
		vendor: 'hose',
		workflow: triggerWorkflow('hose/outbound-trigger.json', 'reliability: Hose trigger', '.hoseTrigger'),
		url: (base) => `${base.replace(/\/+$/, '')}/${HOSE_SECRET}`,
		// Forged: the wrong path secret.
		emit: (url, variant) => (variant === 'forged' ? { vendor: 'hose', event: 'flow.paid', url: url.replace(HOSE_SECRET, 'wrong-secret-0000') } : { vendor: 'hose', event: 'flow.paid', url, variant }),
		kinds: ['forged', 'replay', 'malformed'],
		// Hose's refusal {message} (a wrong path secret is no webhook n8n registered: n8n answers it).
		envelope: (status, body) => str(json(body)?.message),
	},
	{
		vendor: 'zhenling',
		workflow: triggerWorkflow('zhenling/results-trigger.json', 'reliability: Zhenling trigger', '.zhenlingTrigger', { apis: [] }),
		url: (base) => `${base}?token=${ZHENLING_TOKEN}`,
		// Forged: the wrong shared token. Each valid result its own sourceCode (a new delivery).
		emit: (url, variant, k) =>
			variant === 'forged'
				? { vendor: 'zhenling', url: url.replace(ZHENLING_TOKEN, 'wrong-token-0000'), payload: { sourceCode: `F-${k}` } }
				: { vendor: 'zhenling', url, variant, payload: { sourceCode: `S-${variant}-${k}-${Date.now()}` } },
		kinds: ['forged', 'replay', 'malformed'],
		// Zhenling's answer: {code, message} with a non-success code.
		envelope: (status, body) => str(String(json(body)?.code ?? '')) && !['0', '200'].includes(String(json(body).code)) && str(json(body).message),
	},
];

/** Malformed deliveries, sent directly (not through emit): bad JSON, wrong content type, missing fields, 1 MB, wrong encoding. */
const MALFORMED = [
	{ name: 'bad JSON', headers: { 'content-type': 'application/json' }, body: Buffer.from('{"notify_type": "order.finished", "data": '), signable: true },
	{ name: 'wrong content type', headers: { 'content-type': 'text/plain' }, body: Buffer.from('hello') },
	{ name: 'missing fields', headers: { 'content-type': 'application/json' }, body: Buffer.from('{}'), signable: true },
	{ name: '1 MB body', headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ data: 'x'.repeat(1024 * 1024) })), signable: true },
	{ name: 'wrong encoding', headers: { 'content-type': 'application/json; charset=utf-16' }, body: Buffer.from('{"a":"\u4e2d"}', 'utf16le') },
];

/** Whether an answer body shows a stack trace or an internal error. */
const looksLikeStack = (text) => /\n\s+at |\.(js|ts):\d+|Error: .*\n|stack/i.test(text);

module.exports = { TRIGGERS, MALFORMED, looksLikeStack, n8nAnswer, HOSE_SECRET, ZHENLING_TOKEN };
