// Shared setup for the Zhenling workflow tests: the sandbox, the harness with the sandbox credential, the
// sandbox control API and its request log.
const { startVendorSandbox, webhookRelay } = require('../../helpers/vendor-sandbox');

const SANDBOX_CREDENTIALS = require('../../../sandbox/credentials.json');

/** @param {{ harnessOptions?: any }} [options] */
async function setup({ harnessOptions } = {}) {
	return startVendorSandbox({
		vendor: 'zhenling',
		credentialType: 'zhenlingApi',
		credentialRef: { id: 'zhenling-sandbox', name: 'Zhenling (sandbox)' },
		credentialExtra: { grantEncoding: 'form' },
		nodeType: 'zhenling',
		nodeName: 'Zhenling',
		tokenPath: /oauth\/token/,
		sandboxOptions: { quiet: true },
		harnessOptions,
	});
}

/** Polls until `fn()` is truthy (sandbox callbacks are delivered a moment after the write). */
async function until(fn, { timeoutMs = 3000, stepMs = 20 } = {}) {
	const end = Date.now() + timeoutMs;
	for (;;) {
		const value = await fn();
		if (value) return value;
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, stepMs));
	}
}

module.exports = { setup, until, SANDBOX_CREDENTIALS };

/**
 * A receiver for the sandbox's callbacks: forwards each raw POST (bytes, headers, query) into the Zhenling
 * Trigger's webhook() through the harness and answers what the trigger answered.
 */
async function receiver(env, { parameters = {}, workflowId = 'zhenling-trigger', headers: extraHeaders = {} } = {}) {
	const relay = await webhookRelay(
		env.harness,
		({ url, headers, body }) => ({
			type: 'zhenlingTrigger',
			parameters,
			headers: { ...headers, ...extraHeaders },
			query: Object.fromEntries(url.searchParams),
			body,
			workflowId,
		}),
		{ path: '/webhook/8c1f0d2e-0001-4a3b-9d70-0000000000b2/zhenling' },
	);
	return { url: relay.url, received: relay.received, close: relay.close };
}

module.exports.receiver = receiver;
