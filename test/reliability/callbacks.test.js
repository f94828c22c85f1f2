// Callbacks in a real n8n, with a boot of its own (n8n 2.x and 1.x, the packed package, the sandbox, the five
// trigger workflows): the tests of lib/callbacks-suite.js at any size. In `npm test` / CI the same tests run
// inside the e2e suite's n8n boot (test/e2e/n8n.test.js, quick size), so this file runs only when asked:
// `npm run test:reliability` (RELIABILITY_CALLBACKS_BOOT=1, set by scripts/reliability.mjs; --full = 100 of
// each bad kind and 1,000 valid per trigger). Skipped with E2E=0.
const { TARGETS, provision } = require('../../scripts/n8n/provision.js');
const { packRepo, removePack } = require('../../scripts/n8n/instance.js');
const { bootEnvironment } = require('../../scripts/n8n/environment.js');
const { callbackWorkflows, defineCallbackTests } = require('./lib/callbacks-suite');
const { n8nLogLeaks } = require('./lib/n8n-log-scan');
const { record } = require('./lib/report');

const ENABLED = process.env.RELIABILITY_CALLBACKS_BOOT === '1' && process.env.E2E !== '0' && process.env.E2E !== 'false';
const VERSIONS = (process.env.E2E_N8N_VERSIONS || Object.keys(TARGETS).join(',')).split(',').map((s) => s.trim()).filter(Boolean);
const N8N_PORT = Number(process.env.E2E_N8N_PORT || 5688);
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT || 8797);
const log = (m) => process.stderr.write(`[reliability] ${m}\n`);

jest.setTimeout(90 * 60 * 1000);

let packing;
const pack = () => (packing = packing || packRepo({ build: !process.env.E2E_NO_BUILD, log }));
const rows = [];
const scans = [];

const describeIf = ENABLED ? describe : describe.skip;

describeIf('callbacks in a real n8n', () => {
	afterAll(async () => {
		if (rows.length) record('callbacks', rows, {}, (r) => `${r.n8n} ${r.trigger}`);
		if (scans.length) record('n8n log scan', scans, {}, (r) => r.n8n);
		if (packing) removePack(await packing.catch(() => undefined));
	});

	for (const version of VERSIONS) {
		describe(`n8n ${version}`, () => {
			let env;
			beforeAll(async () => {
				await provision(version);
				const tarball = await pack();
				env = await bootEnvironment({ version, port: N8N_PORT, sandboxPort: SANDBOX_PORT, tarball, workflows: callbackWorkflows(), log });
			}, 30 * 60 * 1000);
			afterAll(async () => {
				if (env) await env.stop();
			});

			defineCallbackTests({ version, getEnv: () => env, rows });

			test("no credential secret and no issued token in n8n's own log", async () => {
				const { row, leaks } = await n8nLogLeaks(env, version);
				scans.push(row);
				expect(leaks).toEqual([]);
			});
		});
	}
});
