// n8n's own HTTP Request node (predefined credential type) hands `authenticate` legacy request options with
// `uri` instead of `url`. Every credential must sign and send that URL, not fall back to the bare base URL.
const sandboxCredentials = require('../../../sandbox/credentials.json');

/** @type {Array<[string, string, string, Record<string, string>]>} */
const cases = [
	['DidiEnterpriseApi', 'didi', '/river/Regulation/get', { accessToken: 'tok-1234' }],
	['HoseApi', 'hose', '/api/openapi/v1/departments', { accessToken: 'tok-1234' }],
	['ZhenlingApi', 'zhenling', '/api/v1/contract/list', { accessToken: 'tok-1234' }],
	['ZhiguancheApi', 'zhiguanche', '/openapi/v1/company/info', { accessToken: 'tok-1234' }],
	['ZeyiApi', 'zeyi', '/vehicle-service-api/maintenance/repairConfirm', { accessToken: 'tok-1234' }],
];

describe.each(cases)('%s.authenticate with a legacy `uri`', (className, vendor, path, extra) => {
	const { [className]: Credential } = require(`../../../credentials/${className}.credentials`);
	const credential = new Credential();
	const data = { ...sandboxCredentials[vendor], baseUrl: 'http://127.0.0.1:9999/' + vendor, ...extra };

	test('signs the URL given as `uri` and leaves only `url`', async () => {
		const url = `http://127.0.0.1:9999/${vendor}${path}`;
		const method = path.includes('repairConfirm') || path.includes('contract/list') ? 'POST' : 'GET';
		const body = method === 'POST' ? { code: 'X1' } : undefined;
		const viaUri = await credential.authenticate(data, { method, uri: url, body, json: true, headers: {} });
		const viaUrl = await credential.authenticate(data, { method, url, body, json: true, headers: {} });
		expect(viaUri.uri).toBeUndefined();
		expect(new URL(viaUri.url).pathname).toBe(new URL(viaUrl.url).pathname);
		expect(new URL(viaUri.url).pathname).toBe(`/${vendor}${path}`);
	});
});
