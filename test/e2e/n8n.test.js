'use strict';
// End to end against one real n8n process (SQLite) per version and the vendor sandbox: the suite in
// test/e2e/lib/suite.js (the same cases run in queue mode from test/queue/n8n-queue.test.js). In the same boot:
// the reliability suite's callbacks part (every trigger, every kind of bad callback, executions counted) and
// the scan of n8n's own log for secrets (docs/reliability.md).
//
//   npm run test:e2e                       both versions
//   E2E=0 npm test                         skip (fast local loop)
//   E2E_N8N_VERSIONS=2.41.1 npm run test:e2e
//   E2E_N8N_PORT / E2E_SANDBOX_PORT        ports (default 5688 / 8797)

const { defineE2ESuite } = require('./lib/suite.js');
const { callbackWorkflows, defineCallbackTests } = require('../reliability/lib/callbacks-suite.js');
const { n8nLogLeaks } = require('../reliability/lib/n8n-log-scan.js');
const { record } = require('../reliability/lib/report.js');

const callbackRows = [];
const logScans = [];
afterAll(() => {
	if (callbackRows.length) record('callbacks', callbackRows, {}, (r) => `${r.n8n} ${r.trigger}`);
	if (logScans.length) record('n8n log scan', logScans, {}, (r) => r.n8n);
});

defineE2ESuite({
	mode: 'regular',
	ports: { n8n: Number(process.env.E2E_N8N_PORT || 5688), sandbox: Number(process.env.E2E_SANDBOX_PORT || 8797) },
	extraWorkflows: callbackWorkflows().map((w) => ({ id: w.caseId, workflow: w.workflow, publish: true })),
	extraTests: (get) => {
		defineCallbackTests({ version: () => get().version, getEnv: () => get().env, rows: callbackRows });
		test("no credential secret and no issued token in n8n's own log (the whole run)", async () => {
			get().ready();
			const { row, leaks } = await n8nLogLeaks(get().env, get().version);
			logScans.push(row);
			expect(leaks).toEqual([]);
		});
	},
});
