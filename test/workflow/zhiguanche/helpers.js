// Shared setup for the ZhiGuanChe workflow tests: the sandbox (rate limit on, as the contract says), the
// harness with the sandbox credential, the sandbox control API and its request log.
const { startVendorSandbox } = require('../../helpers/vendor-sandbox');

async function setup(options = {}) {
	const env = await startVendorSandbox({
		vendor: 'zhiguanche',
		credentialType: 'zhiguancheApi',
		credentialRef: { id: 'zgc-sandbox', name: 'ZhiGuanChe (sandbox)' },
		nodeType: 'zhiguanche',
		nodeName: 'ZhiGuanChe',
		tokenPath: /\/auth\/token$/,
		sandboxOptions: { quiet: true, ...options },
		harnessOptions: options.harness,
		logLimit: 100000,
	});
	const { control, run, harness } = env;
	const state = async (collection, query = '') => (await env.state(collection, query)).records;
	/** Fresh sandbox state; `warm` also fetches a token and clears the log, so the log holds only what follows. */
	const reset = async ({ warm = false } = {}) => {
		await control('POST', '/reset', { vendor: 'zhiguanche' });
		if (warm) {
			const r = await run({ resource: 'company', operation: 'get' });
			if (r.error) throw r.error;
			await control('DELETE', '/log?vendor=zhiguanche');
		}
		harness.credentials.resetStats();
	};
	return { ...env, state, reset };
}

/** A resource-locator value by ID. */
const byId = (value) => ({ __rl: true, mode: 'id', value });

module.exports = { setup, byId };
