// Shared set-up of the DiDi workflow tests: a sandbox per test file, the harness, the sandbox credential and
// small clients for the sandbox control API.
const { logEntries } = require('../../helpers/sandbox-log');
const { sandboxControl, startLenientSandbox, unwrap, webhookRelay } = require('../../helpers/vendor-sandbox');

/** The sandbox control client in its lenient form (non-2xx answers are returned, not thrown). */
const control = (sandbox, method, route, body) => sandboxControl(sandbox.url, { strict: false })(method, route, body);

/**
 * `harness` options go to the workflow harness (e.g. `extraNodes`), the others to the sandbox.
 * @param {{ harness?: any, [key: string]: any }} [settings]
 */
async function startDidi(settings = {}) {
	const { harness: harnessOptions, ...options } = settings;
	const base = await startLenientSandbox({
		harnessOptions,
		vendor: 'didi',
		credentialType: 'didiEnterpriseApi',
		credentialRef: { id: 'didi-sandbox', name: 'DiDi Enterprise (sandbox)' },
		nodeType: 'didiEnterprise',
		tokenPath: /\/river\/Auth\/authorize/,
		sandboxOptions: options,
	});
	return {
		...base,
		/** Makes the next matching DiDi call answer `errno` (sandbox fault injection). */
		fault: (pathSuffix, errno, extra = {}) => base.control('POST', '/faults', { vendor: 'didi', path: pathSuffix, errno, times: 1, ...extra }),
	};
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
