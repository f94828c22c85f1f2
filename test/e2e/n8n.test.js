'use strict';
// End to end against one real n8n process (SQLite) per version and the vendor sandbox: the suite in
// test/e2e/lib/suite.js (the same cases run in queue mode from test/queue/n8n-queue.test.js).
//
//   npm run test:e2e                       both versions
//   E2E=0 npm test                         skip (fast local loop)
//   E2E_N8N_VERSIONS=2.41.1 npm run test:e2e
//   E2E_N8N_PORT / E2E_SANDBOX_PORT        ports (default 5688 / 8797)

const { defineE2ESuite } = require('./lib/suite.js');

defineE2ESuite({
	mode: 'regular',
	ports: { n8n: Number(process.env.E2E_N8N_PORT || 5688), sandbox: Number(process.env.E2E_SANDBOX_PORT || 8797) },
});
