// One sandbox and one in-process harness for the reliability suite, with the five sandbox credentials and a
// small control client. The transport's own timeout (60 s) is capped for these runs through n8n-core's axios
// (a request interceptor), so that the sandbox's "slow" fault answers past the client's timeout in seconds.
const path = require('node:path');
const { createHarness } = require('../../helpers/workflow-harness');
const { logEntries } = require('../../helpers/sandbox-log');
const { sandboxControl } = require('../../helpers/vendor-sandbox');

const ROOT = path.resolve(__dirname, '../../..');
const CREDENTIAL_TYPES = { didi: 'didiEnterpriseApi', hose: 'hoseApi', zhenling: 'zhenlingApi', zhiguanche: 'zhiguancheApi', zeyi: 'zeyiApi' };

/** Caps every n8n-core HTTP request's timeout at `ms` (returns the undo). */
function capTimeout(ms) {
	const coreDir = path.dirname(require.resolve('n8n-core/package.json'));
	const axios = require(require.resolve('axios', { paths: [coreDir] }));
	const id = axios.interceptors.request.use((config) => ({ ...config, timeout: Math.min(Number(config.timeout) || ms, ms) }));
	return () => axios.interceptors.request.eject(id);
}

/** @param {{ sandboxOptions?: object, harnessOptions?: any }} [options] */
async function startEnv({ sandboxOptions = {}, harnessOptions } = {}) {
	const { createSandbox } = require(path.join(ROOT, 'sandbox'));
	const sandbox = await createSandbox({ port: 0, seed: 1, tokenTtlSeconds: 3600, quiet: true, ...sandboxOptions });
	const file = require(path.join(ROOT, 'sandbox/credentials.json'));
	const harness = createHarness(harnessOptions);
	const credentialData = {};
	const credentials = {};
	const setCredential = (vendor) => {
		credentialData[vendor] = { ...file[vendor], baseUrl: `${sandbox.url}/${vendor}`, accessToken: '', ...(vendor === 'zhenling' ? { grantEncoding: 'form' } : {}) };
		credentials[vendor] = harness.credentials.set(CREDENTIAL_TYPES[vendor], credentialData[vendor], { id: `${vendor}-reliability`, name: `${vendor} (reliability)` });
	};
	for (const vendor of Object.keys(CREDENTIAL_TYPES)) setCredential(vendor);
	const control = sandboxControl(sandbox.url);
	return {
		sandbox,
		harness,
		credentials,
		credentialData,
		control,
		CREDENTIAL_TYPES,
		/** Fresh state, config, faults, tokens and log for one vendor; the credential without a token. */
		async reset(vendor) {
			await control('POST', '/reset', { vendor });
			setCredential(vendor);
		},
		/** Every record of a collection. */
		state: async (vendor, collection) => (await control('GET', `/state/${vendor}/${collection}?_limit=1000000`)).records,
		/** The vendor's request log (every call, token calls included). */
		log: async (vendor) => logEntries(await control('GET', `/log?vendor=${vendor}&limit=1000000`)),
		close: () => sandbox.close(),
	};
}

module.exports = { startEnv, capTimeout, CREDENTIAL_TYPES, ROOT };
