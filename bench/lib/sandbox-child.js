'use strict';
// The vendor sandbox in its own process, so that its CPU time is not charged to the side being measured.
// Started by sandbox.js (fork) with the options as JSON in argv[2]; reports its URL over IPC.
const { createSandbox } = require('../../sandbox');

createSandbox({ quiet: true, ...JSON.parse(process.argv[2] || '{}') }).then(
	(sandbox) => {
		process.send({ url: sandbox.url });
		process.on('disconnect', () => sandbox.close().finally(() => process.exit(0)));
	},
	(error) => {
		process.send({ error: String(error && error.stack) });
		process.exit(1);
	},
);
