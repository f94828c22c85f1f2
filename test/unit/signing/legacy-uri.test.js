// n8n's own HTTP Request node (predefined credential type) hands `authenticate` legacy request options with
// `uri` instead of `url`. Every credential must sign and send that URL, not fall back to the bare base URL.
const sandboxCredentials = require('../../../sandbox/credentials.json');
const { withBoundToken } = require('../../helpers/bound-token');

/** @type {Array<[string, string, string, Record<string, string>, string]>} */
const cases = [
	['DidiEnterpriseApi', 'didi', '/river/Regulation/get', { accessToken: 'tok-1234' }, 'DIDI_TOKEN_FIELDS'],
	['HoseApi', 'hose', '/api/openapi/v1/departments', { accessToken: 'tok-1234' }, 'HOSE_TOKEN_FIELDS'],
	['ZhenlingApi', 'zhenling', '/api/v1/contract/list', { accessToken: 'tok-1234' }, 'ZHENLING_TOKEN_FIELDS'],
	['ZhiguancheApi', 'zhiguanche', '/openapi/v1/company/info', { accessToken: 'tok-1234' }, 'ZHIGUANCHE_TOKEN_FIELDS'],
	['ZeyiApi', 'zeyi', '/vehicle-service-api/maintenance/repairConfirm', { accessToken: 'tok-1234' }, 'ZEYI_TOKEN_FIELDS'],
];

describe.each(cases)('%s.authenticate with a legacy `uri`', (className, vendor, path, extra, tokenFields) => {
	const { [className]: Credential } = require(`../../../credentials/${className}.credentials`);
	const credential = new Credential();
	const fields = require(`../../../credentials/signing/${vendor}`)[tokenFields];
	const data = withBoundToken({ ...sandboxCredentials[vendor], baseUrl: 'http://127.0.0.1:9999/' + vendor, ...extra }, fields);

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
