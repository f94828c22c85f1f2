// n8n's own log (stdout and stderr of the e2e instance, and its CLI commands: instance.js writes them all to
// n8n.log) scanned for every secret of the five credentials and every token the sandbox issued, in every form
// lib/secrets.js searches.
const fs = require('node:fs');
const { credentialSecrets, scan, forms } = require('./secrets');

/** { row, leaks } for one booted environment (scripts/n8n/environment.js). */
async function n8nLogLeaks(env, version) {
	if (!env || !env.n8n) throw new Error('n8n did not start (see the beforeAll error)');
	const issued = env.sandbox ? await (await fetch(`${env.sandbox.url}/_sandbox/tokens/issued`)).json() : { records: [] };
	const secrets = [...credentialSecrets(), ...issued.records.map((t) => ({ what: `${t.vendor} ${t.kind || 'access'} token`, value: t.token }))];
	const text = fs.readFileSync(env.n8n.logFile, 'utf8');
	const leaks = scan([{ where: `n8n ${version} log`, text }], secrets);
	const row = {
		n8n: version,
		'log lines': text.split('\n').length,
		'log chars': text.length,
		'credential secrets': credentialSecrets().length,
		'tokens issued': issued.records.length,
		'forms searched': secrets.reduce((n, s) => n + forms(s.value).length, 0),
		found: leaks.length,
	};
	return { row, leaks };
}

module.exports = { n8nLogLeaks };
