// The whole-suite secret scan (jest `setupFilesAfterEnv` of every project): while a test file runs, everything
// it writes (stdout, stderr, console) and every workflow run of the in-process harness (output items, node
// errors with message / description / context, the execution error) is scanned for every secret value of the
// five sandbox credentials and every token (and refresh token) any sandbox of this file issued — raw,
// URL-encoded (encodeURIComponent, RFC 3986, form), JSON-escaped and Base64 (standard and URL-safe), the
// forms the redactor removes. A find fails the file (afterAll); the figures go to
// .test-results/secret-scan/ and `npm test` prints their total. n8n's own log is scanned by the e2e suite.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { secretForms: forms } = require('./secret-forms');

const ROOT = path.resolve(__dirname, '../..');
const OUT_DIR = path.join(ROOT, '.test-results', 'secret-scan');
const SECRET_FIELDS = ['clientSecret', 'signKey', 'encryptKey', 'appSecurity', 'appSecret', 'password', 'accessToken', 'refreshToken', 'aesIv'];
const MIN_LENGTH = 6;

const secretForms = (value) => forms(value, MIN_LENGTH);

/** The credential secrets of sandbox/credentials.json (every secret field of the five vendors). */
function credentialSecrets() {
	const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'sandbox', 'credentials.json'), 'utf8'));
	const out = [];
	for (const [vendor, fields] of Object.entries(file)) {
		for (const field of SECRET_FIELDS) {
			const value = fields && fields[field];
			if (typeof value === 'string' && value.length >= MIN_LENGTH) out.push({ what: `${vendor} credential ${field}`, value });
		}
	}
	return out;
}

function createScanner() {
	const cores = [];
	const fixed = credentialSecrets().map((s) => ({ ...s, forms: secretForms(s.value) }));
	const tokenForms = new Map(); // token → { what, forms }
	const found = [];
	let chars = 0;
	let texts = 0;
	const secrets = () => {
		for (const core of cores) {
			for (const t of core.issued || []) {
				if (!tokenForms.has(t.token) && typeof t.token === 'string' && t.token.length >= MIN_LENGTH) tokenForms.set(t.token, { what: `${t.vendor} ${t.kind || 'access'} token`, forms: secretForms(t.token) });
			}
		}
		return [...fixed, ...tokenForms.values()];
	};
	return {
		cores,
		/** Scans one text now (the secrets known so far: a token cannot appear before it is issued). */
		scan(where, text) {
			if (typeof text !== 'string' || text.length < MIN_LENGTH) return;
			chars += text.length;
			texts += 1;
			for (const s of secrets()) {
				for (const form of s.forms) {
					if (text.includes(form)) {
						found.push({ what: s.what, where });
						break;
					}
				}
			}
		},
		figures: () => ({ texts, chars, 'credential secrets': fixed.length, 'tokens issued': secrets().length - fixed.length, found: found.length }),
		found,
	};
}

const scanner = createScanner();

// Sandboxes created in this file register their Core (sandbox/index.js): their issued tokens join the secrets.
/** @type {any} */ (globalThis).__cnEnterpriseSandboxCores = scanner.cores;

// What the file writes.
const stringOf = (chunk) => (typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
// (process.stdout/stderr are the real streams, shared by every file run in this process: restored in afterAll.)
const restore = [];
for (const stream of [process.stdout, process.stderr]) {
	const original = stream.write;
	const write = original.bind(stream);
	restore.push(() => (stream.write = original));
	/** @type {any} */ (stream).write = (chunk, ...rest) => {
		scanner.scan(stream === process.stdout ? 'stdout' : 'stderr', stringOf(chunk));
		return write(chunk, ...rest);
	};
}
for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
	const original = console[method];
	console[method] = (...args) => {
		scanner.scan(`console.${method}`, args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '));
		return original.apply(console, args);
	};
}

function safeJson(value) {
	try {
		return value instanceof Error ? `${value.message}\n${/** @type {any} */ (value).description || ''}\n${value.stack || ''}` : JSON.stringify(value);
	} catch {
		return String(value);
	}
}

// Every workflow run of the in-process harness (test/helpers/workflow-harness.js calls this hook): items of every
// node, node errors, the execution error.
const errorText = (e) => (e ? [e.message, e.description, safeJson(e.context || {}), safeJson(e.errorResponse || {}), safeJson(e)].join('\n') : '');
/** @type {any} */ (globalThis).__cnEnterpriseScanRun = (resultData) => {
	if (!resultData) return;
	for (const [nodeName, tasks] of Object.entries(resultData.runData || {})) {
		for (const task of /** @type {any[]} */ (tasks) || []) {
			scanner.scan(`items of ${nodeName}`, safeJson(task.data || {}));
			if (task.error) scanner.scan(`error of ${nodeName}`, errorText(task.error));
		}
	}
	if (resultData.error) scanner.scan('execution error', errorText(resultData.error));
};

afterAll(() => {
	for (const undo of restore) undo();
	const file = expect.getState().testPath || 'unknown';
	const figures = scanner.figures();
	fs.mkdirSync(OUT_DIR, { recursive: true });
	const name = `${path.basename(file)}-${crypto.createHash('sha1').update(file).digest('hex').slice(0, 8)}.json`;
	fs.writeFileSync(path.join(OUT_DIR, name), JSON.stringify({ file: path.relative(ROOT, file), ...figures, leaks: scanner.found.slice(0, 20) }));
	if (scanner.found.length) {
		// Names the secret and where it was seen, never its value.
		throw new Error(`secret scan: ${scanner.found.length} secret(s) in this file's output: ${scanner.found.slice(0, 10).map((f) => `${f.what} in ${f.where}`).join('; ')}`);
	}
});

module.exports = { secretForms, credentialSecrets };
