// The secrets a leak scan looks for: every password-typed field of the five sandbox credentials and every
// token (and refresh token) the sandbox issued, in every form of test/helpers/secret-forms.js.
const path = require('node:path');
const { loadPackageCredentials } = require('../../helpers/node-types');
const { ROOT, CREDENTIAL_TYPES } = require('./env');
const { secretForms } = require('../../helpers/secret-forms');

/** The password-typed credential values of sandbox/credentials.json (at least 6 characters). */
function credentialSecrets() {
	const file = require(path.join(ROOT, 'sandbox/credentials.json'));
	const types = new Map(loadPackageCredentials().map((c) => [c.name, c]));
	const out = [];
	for (const [vendor, type] of Object.entries(CREDENTIAL_TYPES)) {
		const credential = types.get(type);
		for (const p of credential.properties) {
			const value = file[vendor] && file[vendor][p.name];
			if (p.typeOptions && p.typeOptions.password && typeof value === 'string' && value.length >= 6) out.push({ what: `${vendor} credential ${p.name}`, value });
		}
	}
	return out;
}

/** Every form of a secret searched for (raw, URL-encoded three ways, JSON-escaped, Base64 two ways). */
const forms = (value) => secretForms(value);

/** [{ what, where }] for each secret form found in the texts ({ where, text }). */
function scan(texts, secrets) {
	const found = [];
	for (const { where, text } of texts) {
		for (const s of secrets) for (const form of forms(s.value)) if (form.length >= 6 && text.includes(form)) found.push({ what: s.what, where });
	}
	return found;
}

/** Captures everything written to stdout/stderr (and console) while `fn` runs. */
async function capturingOutput(fn) {
	const chunks = [];
	const out = process.stdout.write.bind(process.stdout);
	const err = process.stderr.write.bind(process.stderr);
	/** @type {any} */ (process.stdout).write = (c, ...rest) => (chunks.push(String(c)), out(c, ...rest));
	/** @type {any} */ (process.stderr).write = (c, ...rest) => (chunks.push(String(c)), err(c, ...rest));
	const original = { log: console.log, warn: console.warn, error: console.error, info: console.info, debug: console.debug };
	for (const k of Object.keys(original)) /** @type {any} */ (console)[k] = (...args) => chunks.push(args.map(String).join(' '));
	try {
		return { result: await fn(), output: chunks.join('') };
	} finally {
		process.stdout.write = out;
		process.stderr.write = err;
		Object.assign(console, original);
	}
}

module.exports = { credentialSecrets, scan, forms, capturingOutput };
