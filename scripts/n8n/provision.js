#!/usr/bin/env node
// Provision a real n8n (and, when the system Node is not the one it needs, a Node binary from the npm
// registry) into a cache directory outside the clone, keyed by versions:
//
//   ${XDG_CACHE_HOME:-~/.cache}/n8n-nodes-cn-enterprise/<n8n-version>-node<major>/
//     node/        node-<platform>-<arch>@<version> from the npm registry (only when system Node differs)
//     n8n/         package.json + node_modules/n8n (installed with --ignore-scripts, sqlite3 rebuilt)
//     install.log  full npm output
//     .complete    completion marker (JSON of what was installed); absent => the install is redone
//
// Idempotent (a complete cache returns at once), locked (a second provision of the same key waits for the
// first), and chatty on stderr during the slow first install.
//
// CLI:  node scripts/n8n/provision.mjs (or provision.js) [2.41.1|1.123.81|all] [--json]
// Lib:  const { provision, TARGETS } = require('./provision.js'); const inst = await provision('2.41.1');

'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// What each supported n8n version runs on. `nodeVersion` is the registry package version used when the
// system Node's major differs from `nodeMajor`.
const TARGETS = {
	'2.41.1': {
		n8n: '2.41.1',
		nodeMajor: 24,
		nodeVersion: '24.21.0',
		overrides: {},
		// Verified install (244 s + 121 s sqlite3 build): start, community package, webhooks all work.
		npmFlags: ['--legacy-peer-deps'],
		env: {},
	},
	'1.123.81': {
		n8n: '1.123.81',
		nodeMajor: 20,
		nodeVersion: '20.19.5',
		// n8n-nodes-base 1.x depends on an xlsx tarball hosted on a CDN this machine cannot reach.
		overrides: { xlsx: '0.18.5' },
		// Peer dependencies must be resolved: with --legacy-peer-deps npm hoists an @langchain/core too old
		// for @langchain/langgraph-checkpoint and `n8n start` fails ("Command start not found").
		npmFlags: [],
		// Its default expression engine needs the native isolated-vm, which does not build here.
		env: { N8N_EXPRESSION_ENGINE: 'legacy' },
	},
};
const DEFAULT_VERSION = '2.41.1';
const SCHEMA = 1; // bump to invalidate every cache entry

function cacheRoot() {
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-cn-enterprise');
}

function targetFor(version) {
	const t = TARGETS[version];
	if (!t) throw new Error(`Unsupported n8n version ${version}; known: ${Object.keys(TARGETS).join(', ')}`);
	return t;
}

const log = (msg) => process.stderr.write(`[provision] ${msg}\n`);
const secs = (t0) => `${Math.round((Date.now() - t0) / 1000)}s`;

function describe(version) {
	const t = targetFor(version);
	const dir = path.join(cacheRoot(), `${t.n8n}-node${t.nodeMajor}`);
	const systemMajor = Number(process.versions.node.split('.')[0]);
	const useSystemNode = systemMajor === t.nodeMajor;
	const nodePkg = `node-${process.platform}-${process.arch}`;
	// Headers for node-gyp (sqlite3 rebuild) come from the Node install itself: nodejs.org is not reachable.
	const systemPrefix = path.resolve(path.dirname(process.execPath), '..');
	const systemHeaders = fs.existsSync(path.join(systemPrefix, 'include', 'node', 'node.h')) ? systemPrefix : null;
	const nodeDir = useSystemNode ? systemHeaders : path.join(dir, 'node', 'node_modules', nodePkg);
	const nodeBin = useSystemNode ? process.execPath : path.join(nodeDir, 'bin', 'node');
	const n8nDir = path.join(dir, 'n8n');
	return {
		version: t.n8n,
		target: t,
		dir,
		useSystemNode,
		nodePkg,
		nodeDir,
		nodeBin,
		binDir: path.dirname(nodeBin),
		n8nDir,
		n8nMain: path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		marker: path.join(dir, '.complete'),
		logFile: path.join(dir, 'install.log'),
		env: { ...t.env },
	};
}

function wanted(d) {
	return {
		schema: SCHEMA,
		n8n: d.version,
		node: d.useSystemNode ? `system-${process.versions.node.split('.')[0]}` : d.target.nodeVersion,
		overrides: d.target.overrides,
		npmFlags: d.target.npmFlags,
	};
}

function isComplete(d) {
	try {
		const m = JSON.parse(fs.readFileSync(d.marker, 'utf8'));
		const w = wanted(d);
		return (
			m.schema === w.schema &&
			m.n8n === w.n8n &&
			m.node === w.node &&
			JSON.stringify(m.overrides) === JSON.stringify(w.overrides) &&
			JSON.stringify(m.npmFlags || ['--legacy-peer-deps']) === JSON.stringify(w.npmFlags) &&
			fs.existsSync(d.n8nMain) &&
			fs.existsSync(d.nodeBin)
		);
	} catch {
		return false;
	}
}

/** Environment for running npm/n8n with the right Node first on PATH, independent of any repo .npmrc. */
function runEnv(d, extra = {}) {
	const env = { ...process.env };
	// Drop what an enclosing `npm run` injects about the clone (its prefix, package, lifecycle, the repo's
	// ignore-scripts): the cache install must not depend on the clone. User settings such as
	// npm_config_registry / _cache / _proxy / _cafile pass through.
	const injected = /^npm_(lifecycle_|package_|command$|execpath$|node_execpath$|config_(local_prefix|prefix|ignore_scripts|node_gyp|init_module|npm_version|user_agent|nodedir)$)/i;
	for (const k of Object.keys(env)) if (injected.test(k)) delete env[k];
	env.PATH = `${d.binDir}${path.delimiter}${env.PATH || ''}`;
	if (d.nodeDir) env.npm_config_nodedir = d.nodeDir;
	return { ...env, ...extra };
}

function npmCommand() {
	// npm's own JS entry point, run by whichever `node` is first on PATH (so a rebuild targets that Node).
	const npmCli = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
	return fs.existsSync(npmCli) ? { cmd: 'node', pre: [npmCli] } : { cmd: 'npm', pre: [] };
}

function run(d, label, args, { cwd, env }) {
	return new Promise((resolve, reject) => {
		const t0 = Date.now();
		const { cmd, pre } = npmCommand();
		const out = fs.openSync(d.logFile, 'a');
		fs.writeSync(out, `\n\n===== ${new Date().toISOString()} ${label}: npm ${args.join(' ')} (cwd ${cwd})\n`);
		const child = spawn(cmd, [...pre, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let fetched = 0;
		let lastLine = '';
		const onData = (buf) => {
			fs.writeSync(out, buf);
			const s = buf.toString();
			fetched += (s.match(/http fetch GET 200/g) || []).length;
			// Only lines that say what npm/node-gyp is doing (not compiler warnings) make the progress line.
			const lines = s.split('\n').filter((l) => /^\s*(npm (http|info|sill)|CC|CXX|SOLINK|LINK|COPY|ACTION|gyp info|prebuild)/.test(l));
			if (lines.length) lastLine = lines[lines.length - 1].slice(0, 120);
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		const beat = setInterval(() => {
			log(`  ${label}: ${secs(t0)}${fetched ? `, ${fetched} packages fetched` : ''}${lastLine ? ` — ${lastLine}` : ''}`);
		}, 15000);
		child.on('error', (e) => {
			clearInterval(beat);
			fs.closeSync(out);
			reject(e);
		});
		child.on('close', (code) => {
			clearInterval(beat);
			fs.closeSync(out);
			if (code === 0) {
				log(`  ${label}: done in ${secs(t0)}`);
				resolve();
			} else {
				let tail = '';
				try {
					tail = fs.readFileSync(d.logFile, 'utf8').split('\n').slice(-25).join('\n');
				} catch {}
				reject(new Error(`${label} failed (npm exit ${code}); log: ${d.logFile}\n${tail}`));
			}
		});
	});
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

async function withLock(lockDir, fn) {
	fs.mkdirSync(path.dirname(lockDir), { recursive: true });
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			let pid = 0;
			try {
				pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
			} catch {}
			let age = 0;
			try {
				age = Date.now() - fs.statSync(lockDir).mtimeMs;
			} catch {}
			// A lock whose owner is gone (or that never got its pid written within a minute) is stale.
			if ((pid && !pidAlive(pid)) || (!pid && age > 60000)) {
				log(`removing stale lock ${lockDir}${pid ? ` (pid ${pid} is gone)` : ''}`);
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if (!announced) log(`waiting for another provision (pid ${pid || '?'}) holding ${lockDir}`);
			announced = true;
			await new Promise((r) => setTimeout(r, 2000));
		}
	}
	try {
		return await fn();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

/**
 * Make sure n8n `version` (and the Node it needs) is installed in the cache; return where things are.
 * @returns {Promise<{version,dir,nodeBin,binDir,nodeDir,n8nDir,n8nMain,env,runEnv:Function,cached:boolean}>}
 */
async function provision(version = DEFAULT_VERSION, { quiet = false } = {}) {
	const d = describe(version);
	const result = (cached) => ({ ...d, cached, runEnv: (extra) => runEnv(d, { ...d.env, ...extra }) });
	if (isComplete(d)) return result(true);
	return withLock(`${d.dir}.lock`, async () => {
		if (isComplete(d)) return result(true); // someone else finished while we waited
		const t0 = Date.now();
		if (!quiet) log(`installing n8n ${d.version} on Node ${d.target.nodeMajor} into ${d.dir} (first time only; a few minutes)`);
		fs.rmSync(d.dir, { recursive: true, force: true });
		fs.mkdirSync(d.n8nDir, { recursive: true });
		const common = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=http', '--no-update-notifier'];

		if (!d.useSystemNode) {
			const nodeRoot = path.join(d.dir, 'node');
			fs.mkdirSync(nodeRoot, { recursive: true });
			fs.writeFileSync(path.join(nodeRoot, 'package.json'), JSON.stringify({ name: 'node-runtime', private: true }, null, 2));
			log(`  step 1/3: Node ${d.target.nodeVersion} from the npm registry (${d.nodePkg})`);
			await run(d, 'node', ['install', ...common, `${d.nodePkg}@${d.target.nodeVersion}`], {
				cwd: nodeRoot,
				env: runEnv({ binDir: path.dirname(process.execPath) }),
			});
			if (!fs.existsSync(d.nodeBin)) throw new Error(`Node binary missing after install: ${d.nodeBin}`);
			fs.chmodSync(d.nodeBin, 0o755);
		} else if (!quiet) {
			log(`  step 1/3: using the system Node ${process.versions.node}`);
		}

		const pkg = { name: `n8n-runtime-${d.version}`, private: true, dependencies: { n8n: d.version } };
		if (Object.keys(d.target.overrides).length) pkg.overrides = d.target.overrides;
		fs.writeFileSync(path.join(d.n8nDir, 'package.json'), JSON.stringify(pkg, null, 2));
		// An empty project .npmrc pins this directory's config: nothing leaks in from a clone.
		fs.writeFileSync(path.join(d.n8nDir, '.npmrc'), 'fund=false\naudit=false\n');
		log(`  step 2/3: npm install n8n@${d.version} --ignore-scripts (the long part; log: ${d.logFile})`);
		await run(d, `n8n ${d.version}`, ['install', ...common, '--omit=dev', ...d.target.npmFlags], {
			cwd: d.n8nDir,
			env: runEnv(d),
		});

		log(`  step 3/3: npm rebuild sqlite3 for Node ${d.target.nodeMajor}`);
		await run(d, 'sqlite3', ['rebuild', 'sqlite3', '--foreground-scripts', '--loglevel=http', '--no-update-notifier'], {
			cwd: d.n8nDir,
			env: runEnv(d, { npm_config_ignore_scripts: 'false' }),
		});
		await verifySqlite(d);

		fs.writeFileSync(d.marker, JSON.stringify({ ...wanted(d), installedAt: new Date().toISOString(), seconds: Math.round((Date.now() - t0) / 1000) }, null, 2));
		log(`n8n ${d.version} ready in ${secs(t0)} (${d.dir})`);
		return result(false);
	});
}

function verifySqlite(d) {
	return new Promise((resolve, reject) => {
		// sqlite3 must load under the target Node, and so must n8n's `start` command (a broken dependency tree
		// shows up there as n8n's misleading 'Command "start" not found').
		// (n8n's command registry loads zod-alias-support before any command module.)
		const check =
			"require('sqlite3'); try { require('n8n/dist/zod-alias-support'); } catch {} require('n8n/dist/commands/start.js'); console.log('ok'); process.exit(0)";
		const checkHome = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-provision-check-'));
		const child = spawn(d.nodeBin, ['-e', check], {
			cwd: d.n8nDir,
			env: runEnv(d, { N8N_USER_FOLDER: checkHome }),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		child.stdout.on('data', (b) => (out += b));
		child.stderr.on('data', (b) => (out += b));
		child.on('close', (code) => {
			fs.rmSync(checkHome, { recursive: true, force: true });
			return code === 0 ? resolve() : reject(new Error(`sqlite3 or n8n's start command does not load under ${d.nodeBin}:\n${out.slice(-2000)}`));
		});
	});
}

module.exports = { TARGETS, DEFAULT_VERSION, SCHEMA, cacheRoot, targetFor, runEnv, provision, describe };

async function main(argv) {
	const args = argv.slice(2);
	const json = args.includes('--json');
	const which = args.filter((a) => !a.startsWith('--'));
	const versions = which.length === 0 ? [DEFAULT_VERSION] : which.includes('all') ? Object.keys(TARGETS) : which;
	try {
		for (const v of versions) {
			const t0 = Date.now();
			const r = await provision(v);
			const info = { version: r.version, dir: r.dir, node: r.nodeBin, n8n: r.n8nMain, cached: r.cached, seconds: Math.round((Date.now() - t0) / 1000) };
			if (json) console.log(JSON.stringify(info));
			else console.log(`n8n ${r.version}: ${r.cached ? 'cached' : 'installed'} in ${info.seconds}s — ${r.dir}`);
		}
	} catch (e) {
		console.error(e.message || e);
		process.exit(1);
	}
}
module.exports.main = main;
if (require.main === module) main(process.argv);
