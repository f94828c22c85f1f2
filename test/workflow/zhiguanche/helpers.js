// Shared setup for the ZhiGuanChe workflow tests: the sandbox (rate limit on, as the contract says), the
// harness with the sandbox credential, the sandbox control API and its request log.
const path = require('node:path');
const { logEntries } = require('../../helpers/sandbox-log');
const { createHarness } = require('../../helpers/workflow-harness');

const ROOT = path.join(__dirname, '..', '..', '..');
const { createSandbox } = require(path.join(ROOT, 'sandbox', 'index.js'));
const SANDBOX_CREDENTIALS = require(path.join(ROOT, 'sandbox', 'credentials.json'));

async function setup(options = {}) {
	const sandbox = await createSandbox({ port: 0, seed: 1, tokenTtlSeconds: 3600, quiet: true, ...options });
	const base = sandbox.url.replace(/\/+$/, '');
	const harness = createHarness(options.harness);
	const data = { ...SANDBOX_CREDENTIALS.zhiguanche, baseUrl: `${base}/zhiguanche`, accessToken: '' };
	const credential = harness.credentials.set('zhiguancheApi', data, { id: 'zgc-sandbox', name: 'ZhiGuanChe (sandbox)' });

	const control = async (method, route, body) => {
		const res = await fetch(`${base}/_sandbox${route}`, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		const json = text ? JSON.parse(text) : undefined;
		if (!res.ok) throw new Error(`sandbox ${method} ${route} → ${res.status} ${text}`);
		return json;
	};
	/** Business calls the sandbox received, oldest first (the token call excluded). */
	const calls = async () => {
		const log = await control('GET', '/log?vendor=zhiguanche&limit=100000');
		const entries = logEntries(log);
		return entries.filter((e) => !/\/auth\/token$/.test(e.path || ''));
	};
	const state = async (collection, query = '') => (await control('GET', `/state/zhiguanche/${collection}${query}`)).records;
	const run = (parameters, items, settings) =>
		harness.runNode({ type: 'zhiguanche', name: 'ZhiGuanChe', parameters, items, credentials: { zhiguancheApi: credential }, settings });
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

	return { sandbox, base, harness, credential, control, calls, state, reset, run, close: () => sandbox.close() };
}

/** A resource-locator value by ID. */
const byId = (value) => ({ __rl: true, mode: 'id', value });

module.exports = { setup, byId };
