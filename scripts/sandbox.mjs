#!/usr/bin/env node
// `npm run sandbox [-- --port 8787 --seed 1 --size small|large]`: serves the five emulated vendors on one port,
// prints their base URLs and the credentials they accept (sandbox/credentials.json). Ctrl-C stops.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createSandbox } = require(path.join(root, 'sandbox'));

function parseArgs(argv) {
	const out = {};
	for (let i = 0; i < argv.length; i++) {
		const m = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
		if (!m) continue;
		out[m[1]] = m[2] !== undefined ? m[2] : argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'true';
	}
	return out;
}

const args = parseArgs(process.argv.slice(2));
if (args.help) {
	console.log('Usage: npm run sandbox -- [--port 8787] [--host 127.0.0.1] [--seed 1] [--size small|large] [--token-ttl SECONDS]');
	process.exit(0);
}
const options = {
	port: args.port === undefined ? 8787 : Number(args.port),
	host: args.host || '127.0.0.1',
	seed: args.seed === undefined ? 1 : Number(args.seed),
	size: args.size === 'large' ? 'large' : 'small',
};
if (args['token-ttl'] !== undefined) options.tokenTtlSeconds = Number(args['token-ttl']);

const sandbox = await createSandbox(options);
console.log(`Vendor sandbox on ${sandbox.url} (seed ${options.seed}, size ${options.size})`);
for (const vendor of ['didi', 'hose', 'zhenling', 'zhiguanche', 'zeyi']) console.log(`  ${vendor.padEnd(11)} ${sandbox.url}/${vendor}`);
console.log(`  control     ${sandbox.url}/_sandbox  (reset, state, log, faults, tokens/revoke, config, emit)`);
console.log(`Credentials it accepts: ${path.join(root, 'sandbox/credentials.json')} (set baseUrl to the URLs above)`);
console.log('Ctrl-C stops.');

let stopping = false;
const stop = async () => {
	if (stopping) return;
	stopping = true;
	await sandbox.close();
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
