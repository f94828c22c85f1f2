// Zeyi's credential test: it must catch a wrong App Secret (not only a wrong password) and must not change
// anything at Zeyi (zeyi-maintenance-api.txt has no read endpoint; the probe is a confirm with an empty body,
// which Zeyi refuses for the missing required `code` / `repairFlag`).
const path = require('node:path');
const { createHarness } = require('../../helpers/workflow-harness');

const SANDBOX_DIR = path.join(__dirname, '..', '..', '..', 'sandbox');
const { createSandbox } = require(SANDBOX_DIR);
const CREDS = require(path.join(SANDBOX_DIR, 'credentials.json'));

let sandbox;
let harness;
beforeAll(async () => {
	sandbox = await createSandbox({ port: 0, seed: 1, size: 'small', tokenTtlSeconds: 3600, quiet: true });
	harness = createHarness();
});
afterAll(() => sandbox && sandbox.close());

const control = async (method, route, body) => {
	const res = await fetch(`${sandbox.url}/_sandbox${route}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
	return res.json();
};
const data = (over = {}) => ({ ...CREDS.zeyi, baseUrl: `${sandbox.url}/zeyi`, accessToken: '', ...over });
const zeyiState = async () => {
	const collections = {};
	for (const name of ['maintenanceOrders', 'repairConfirms', 'maintainConfirms', 'repairLists', 'maintainLists', 'contracts', 'voids']) {
		collections[name] = (await control('GET', `/state/zeyi/${name}`)).records;
	}
	return collections;
};

describe('Zeyi credential test', () => {
	beforeEach(() => control('POST', '/reset', { vendor: 'zeyi' }));

	it('passes with the right credential and changes nothing at Zeyi', async () => {
		const before = await zeyiState();
		expect(await harness.testCredential('zeyiApi', data())).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(await zeyiState()).toEqual(before);
		const log = await control('GET', '/log?vendor=zeyi');
		const probes = log.filter((e) => e.path === '/vehicle-service-api/maintenance/repairConfirm');
		expect(probes).toHaveLength(1);
		// n8n sends the empty object as an empty body; either way Zeyi refuses it for the missing required code.
		expect(['', '{}']).toContain(probes[0].rawBody);
		expect(probes[0].signature).toBe('ok');
		expect(probes[0].response).toEqual({ success: false, businessException: true, errorCode: '200', message: 'code不能为空' });
	});

	it('fails on a wrong App Secret, without showing it', async () => {
		const wrong = 'wrong-app-secret-value-1234567890';
		const result = await harness.testCredential('zeyiApi', data({ appSecret: wrong }));
		expect(result).toEqual({ status: 'Error', message: 'Zeyi refused the signature (签名校验失败): check App Key, App Secret and Sign Data' });
		expect(JSON.stringify(result)).not.toContain(wrong);
	});

	it('fails on a wrong App Key', async () => {
		const result = await harness.testCredential('zeyiApi', data({ appKey: 'not-the-app-key' }));
		expect(result).toEqual({ status: 'Error', message: 'Zeyi does not know the App Key (appKey不正确)' });
	});
});
