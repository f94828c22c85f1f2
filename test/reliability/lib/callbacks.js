// The five triggers as the callbacks part drives them: the workflow (the trigger node of the e2e suite's
// workflow, alone), and how to send each kind of callback through the sandbox's emit (the vendor's own signing)
// or directly. `kinds` lists the bad kinds a trigger's scheme has: Hose and Zhenling sign nothing (a path
// secret / a shared token), so they have no stale or far-future callbacks.
const fs = require('node:fs');
const path = require('node:path');

const WORKFLOWS = path.join(__dirname, '..', '..', 'e2e', 'workflows');
const read = (file) => JSON.parse(fs.readFileSync(path.join(WORKFLOWS, file), 'utf8'));
/** The trigger node of an e2e workflow, alone in a workflow of its own. */
function triggerWorkflow(file, name, typeSuffix, parameters) {
	const source = read(file);
	const node = source.nodes.find((n) => n.type.endsWith(typeSuffix));
	return { name, nodes: [{ ...node, parameters: { ...node.parameters, ...(parameters || {}) } }], connections: {}, settings: {} };
}

const HOSE_SECRET = 'e2e-hose-path-secret-5f0c9a7d3b1e42';
const ZHENLING_TOKEN = 'e2e-zhenling-callback-token';

const TRIGGERS = [
	{
		vendor: 'didi',
		workflow: triggerWorkflow('didi/notification-trigger.json', 'reliability: DiDi trigger', '.didiEnterpriseTrigger'),
		url: (base) => base,
		emit: (url, variant, k) => ({ vendor: 'didi', event: 'order.finished', url, variant, payload: undefined, k }),
		kinds: ['forged', 'stale', 'future', 'replay', 'malformed'],
	},
	{
		vendor: 'zeyi',
		workflow: triggerWorkflow('zeyi/callbacks-trigger.json', 'reliability: Zeyi trigger', '.zeyiTrigger'),
		url: (base) => base,
		emit: (url, variant) => ({ vendor: 'zeyi', event: 'repair', url, variant }),
		kinds: ['forged', 'stale', 'future', 'replay', 'malformed'],
	},
	{
		vendor: 'zhiguanche',
		workflow: triggerWorkflow('zhiguanche/event-trigger.json', 'reliability: ZhiGuanChe trigger', '.zhiguancheTrigger'),
		url: (base) => base,
		emit: (url, variant) => ({ vendor: 'zhiguanche', event: 'request.approved', url, variant }),
		kinds: ['forged', 'stale', 'future', 'replay', 'malformed'],
	},
	{
		vendor: 'hose',
		workflow: triggerWorkflow('hose/outbound-trigger.json', 'reliability: Hose trigger', '.hoseTrigger'),
		url: (base) => `${base}/${HOSE_SECRET}`,
		// Forged: the wrong path secret.
		emit: (url, variant) => (variant === 'forged' ? { vendor: 'hose', event: 'flow.paid', url: url.replace(HOSE_SECRET, 'wrong-secret-0000') } : { vendor: 'hose', event: 'flow.paid', url, variant }),
		kinds: ['forged', 'replay', 'malformed'],
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
	},
];

/** Malformed deliveries, sent directly (not through emit): bad JSON, wrong content type, missing fields, 1 MB, wrong encoding. */
const MALFORMED = [
	{ name: 'bad JSON', headers: { 'content-type': 'application/json' }, body: Buffer.from('{"notify_type": "order.finished", "data": ') },
	{ name: 'wrong content type', headers: { 'content-type': 'text/plain' }, body: Buffer.from('hello') },
	{ name: 'missing fields', headers: { 'content-type': 'application/json' }, body: Buffer.from('{}') },
	{ name: '1 MB body', headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ data: 'x'.repeat(1024 * 1024) })) },
	{ name: 'wrong encoding', headers: { 'content-type': 'application/json; charset=utf-16' }, body: Buffer.from('{"a":"\u4e2d"}', 'utf16le') },
];

/** Whether an answer body shows a stack trace or an internal error. */
const looksLikeStack = (text) => /\n\s+at |\.(js|ts):\d+|Error: .*\n|stack/i.test(text);

module.exports = { TRIGGERS, MALFORMED, looksLikeStack, HOSE_SECRET, ZHENLING_TOKEN };
