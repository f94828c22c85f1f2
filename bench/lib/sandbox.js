'use strict';
// Starts the vendor sandbox in a child process and talks to its control API (/_sandbox, docs/sandbox.md).
const { fork } = require('node:child_process');
const path = require('node:path');
const CREDENTIALS = require('../../sandbox/credentials.json');
const { sandboxControl } = require('../../test/helpers/vendor-sandbox');

async function startSandbox(options = {}) {
	const child = fork(path.join(__dirname, 'sandbox-child.js'), [JSON.stringify({ port: 0, seed: 1, tokenTtlSeconds: 3600, ...options })], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	const { url, error } = await new Promise((resolve, reject) => {
		child.once('message', resolve);
		child.once('exit', (code) => reject(new Error(`sandbox exited (${code}) before it listened`)));
	});
	if (error) throw new Error(`sandbox failed to start: ${error}`);

	const connected = connectSandbox(url);
	const { control } = connected;

	return {
		...connected,
		pid: child.pid,
		configure: (vendor, changes) => control('POST', '/config', { vendor, ...changes }),
		/** The request log entries (newest last) of one vendor, optionally for paths ending with `pathEnd`. */
		log: async (vendor, pathEnd) => {
			const answer = await control('GET', `/log?vendor=${vendor}&limit=5000`);
			const entries = Array.isArray(answer) ? answer : answer.entries || answer.log || [];
			return pathEnd ? entries.filter((e) => String(e.path || '').endsWith(pathEnd)) : entries;
		},
		clearLog: () => control('DELETE', '/log'),
		close: async () => {
			if (child.exitCode !== null) return;
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.disconnect();
			await exited;
		},
	};
}

/**
 * A sandbox by its URL (also one another bench process started): `url`, `control`, and `credentials(vendor)` —
 * the credential the sandbox accepts for a vendor, pointed at this sandbox.
 */
function connectSandbox(url) {
	return { url, control: sandboxControl(url), credentials: (vendor) => ({ ...CREDENTIALS[vendor], baseUrl: `${url}/${vendor}` }) };
}

module.exports = { startSandbox, connectSandbox };
