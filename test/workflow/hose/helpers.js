// Shared set-up of the Hose workflow tests: a sandbox per test file, the harness, the sandbox credential and
// small clients for the sandbox control API.
const { startLenientSandbox } = require('../../helpers/vendor-sandbox');
const { unwrap, calls } = require('../didi/helpers');

/** The JSON body a logged request carried (undefined when it had none). */
function parseBody(raw) {
	if (!raw) return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return raw;
	}
}

async function startHose(options = {}) {
	const base = await startLenientSandbox(
		{
			vendor: 'hose',
			credentialType: 'hoseApi',
			credentialRef: { id: 'hose-sandbox', name: 'Hose (sandbox)' },
			nodeType: 'hose',
			tokenPath: /\/auth\/getAccessToken/,
			sandboxOptions: { quiet: true, ...options },
		},
		{ clearLogOnReset: true, logLimit: 100000 },
	);
	return {
		...base,
		/** Business calls (token calls left out) whose path ends with `suffix`. */
		calls: async (suffix) => calls(await base.log(), suffix).map((entry) => ({ ...entry, body: parseBody(entry.rawBody) })),
		/** Makes the next `times` Hose calls whose path ends with `pathSuffix` answer this error. */
		fault: (pathSuffix, status, errorMessage, times = 1) =>
			base.control('POST', '/faults', { vendor: 'hose', path: pathSuffix, status, errorCode: status, message: errorMessage, times }),
	};
}

module.exports = { startHose, unwrap, calls };
