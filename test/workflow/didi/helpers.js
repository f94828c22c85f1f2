// Shared set-up of the DiDi workflow tests: a sandbox per test file, the harness, the sandbox credential and
// small clients for the sandbox control API.
const { logEntries } = require('../../helpers/sandbox-log');
const { sandboxControl, startVendorSandbox, webhookRelay } = require('../../helpers/vendor-sandbox');

/** The sandbox control client in its lenient form (non-2xx answers are returned, not thrown). */
const control = (sandbox, method, route, body) => sandboxControl(sandbox.url, { strict: false })(method, route, body);

async function startDidi(options = {}) {
	const { sandbox, harness, credential, data: credentialData, run } = await startVendorSandbox({
		vendor: 'didi',
		credentialType: 'didiEnterpriseApi',
		credentialRef: { id: 'didi-sandbox', name: 'DiDi Enterprise (sandbox)' },
		nodeType: 'didiEnterprise',
		tokenPath: /\/river\/Auth\/authorize/,
		sandboxOptions: options,
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
			await control(sandbox, 'POST', '/reset', { vendor: 'didi' });
			harness.credentials.set('didiEnterpriseApi', { ...credentialData, accessToken: '' }, { id: credential.id, name: credential.name });
			harness.credentials.resetStats();
		},
		state: async (collection) => unwrap(await control(sandbox, 'GET', `/state/didi/${collection}`)),
		log: async () => unwrap(await control(sandbox, 'GET', '/log?vendor=didi')),
		/** Runs the DiDi node once on `items` (default one empty item). */
		run,
		/** Makes the next matching DiDi call answer `errno` (sandbox fault injection). */
		fault: (pathSuffix, errno, extra = {}) =>
			control(sandbox, 'POST', '/faults', { vendor: 'didi', path: pathSuffix, errno, times: 1, ...extra }),
		revokeTokens: () => control(sandbox, 'POST', '/tokens/revoke', { vendor: 'didi' }),
		emit: (body) => control(sandbox, 'POST', '/emit', { vendor: 'didi', ...body }),
		close: () => sandbox.close(),
	};
	return ctx;
}

/** Control answers may wrap their payload: take the list/object inside. */
function unwrap(answer) {
	if (answer && typeof answer === 'object' && !Array.isArray(answer)) {
		for (const key of ['records', 'items', 'entries', 'log', 'state', 'data']) if (key in answer) return answer[key];
	}
	return answer;
}

/** Business calls in the sandbox log whose path ends with `suffix`. */
function calls(log, suffix) {
	return logEntries(log).filter((entry) => String(entry.path || entry.url || '').split('?')[0].endsWith(suffix));
}

/**
 * A small HTTP server that forwards every POST (raw bytes + headers) into the trigger's webhook() through
 * the harness and answers with the trigger's answer — so the sandbox's own emit is what gets verified.
 */
async function startRelay(harness, trigger) {
	// The path as received (`/webhook/<secret>` for Shared Secret in Path).
	const relay = await webhookRelay(harness, ({ url, headers, body }) => ({ ...trigger(), headers, body, requestPath: url.pathname }), { path: '/webhook' });
	return { url: relay.url, seen: relay.received, close: relay.close };
}

module.exports = { startDidi, startRelay, control, calls, unwrap };
