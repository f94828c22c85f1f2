// Shared set-up of the Hose workflow tests: a sandbox per test file, the harness, the sandbox credential and
// small clients for the sandbox control API.
const { startVendorSandbox } = require('../../helpers/vendor-sandbox');
const { control, unwrap, calls } = require('../didi/helpers');

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
	const { sandbox, harness, credential, data: credentialData, run } = await startVendorSandbox({
		vendor: 'hose',
		credentialType: 'hoseApi',
		credentialRef: { id: 'hose-sandbox', name: 'Hose (sandbox)' },
		nodeType: 'hose',
		tokenPath: /\/auth\/getAccessToken/,
		sandboxOptions: { quiet: true, ...options },
		vendorDefaults: true,
		strict: false,
	});
	const ctx = {
		sandbox,
		harness,
		credential,
		credentialData,
		control: (method, route, body) => control(sandbox, method, route, body),
		async reset() {
			await control(sandbox, 'POST', '/reset', { vendor: 'hose' });
			await control(sandbox, 'DELETE', '/log');
			harness.credentials.set('hoseApi', { ...credentialData, accessToken: '' }, { id: credential.id, name: credential.name });
			harness.credentials.resetStats();
		},
		state: async (collection, query = '') => unwrap(await control(sandbox, 'GET', `/state/hose/${collection}${query}`)),
		log: async () => unwrap(await control(sandbox, 'GET', '/log?vendor=hose&limit=100000')),
		/** Business calls (token calls left out) whose path ends with `suffix`. */
		calls: async (suffix) => calls(await ctx.log(), suffix).map((entry) => ({ ...entry, body: parseBody(entry.rawBody) })),
		/** Runs the Hose node once on `items` (default one empty item). */
		run,
		/** Makes the next `times` Hose calls whose path ends with `pathSuffix` answer this error. */
		fault: (pathSuffix, status, errorMessage, times = 1) =>
			control(sandbox, 'POST', '/faults', { vendor: 'hose', path: pathSuffix, status, errorCode: status, message: errorMessage, times }),
		revokeTokens: () => control(sandbox, 'POST', '/tokens/revoke', { vendor: 'hose' }),
		emit: (body) => control(sandbox, 'POST', '/emit', { vendor: 'hose', ...body }),
		close: () => sandbox.close(),
	};
	return ctx;
}

module.exports = { startHose, unwrap, calls };
