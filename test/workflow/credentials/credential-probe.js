// Fixture nodes that issue requests with one of this package's credentials, the way the vendor nodes do:
// through nodes/common/transport (mode "transport": forced refresh on the vendor's expiry signal) or
// straight through n8n's httpRequestWithAuthentication (mode "direct": n8n-core's own 401 retry, which
// re-applies authenticate to the options it returned the first time).
const { NodeConnectionTypes } = require('n8n-workflow');
const { createTransport } = require('../../../nodes/common/transport');
const { routeOperations } = require('../../../nodes/common/router');
const { isDidiTokenExpired } = require('../../../credentials/signing/didi');

const failure = (response, body) => {
	if (response.statusCode >= 400) return { code: String(response.statusCode), message: JSON.stringify(body) };
	if (body && body.errno !== undefined && String(body.errno) !== '0') return { code: String(body.errno), message: body.errmsg };
	if (body && body.success === false) return { code: String(body.errorCode), message: body.message };
	if (body && body.code !== undefined && String(body.code) !== '0') return { code: String(body.code), message: body.message };
	return undefined;
};

const PROFILES = {
	didiEnterpriseApi: { vendor: 'DiDi', isTokenExpired: (r) => r.statusCode === 401 || isDidiTokenExpired(r.body) },
	hoseApi: { vendor: 'Hose', isTokenExpired: (r) => r.statusCode === 403 },
	zhenlingApi: { vendor: 'Zhenling', isTokenExpired: (r) => r.statusCode === 401 },
	zhiguancheApi: { vendor: 'ZhiGuanChe', isTokenExpired: (r) => r.statusCode === 401 },
	zeyiApi: { vendor: 'Zeyi', isTokenExpired: (r) => r.statusCode === 401 },
};

function probeFor(credentialType) {
	const request = createTransport({ ...PROFILES[credentialType], credentialType, failure, hints: {} });
	const json = (value) => (typeof value === 'string' ? (value ? JSON.parse(value) : undefined) : value);
	const operations = {
		call: {
			send: {
				description: [],
				concurrency: 4,
				async execute(i) {
					const mode = this.getNodeParameter('mode', i);
					const method = this.getNodeParameter('method', i);
					const path = this.getNodeParameter('path', i);
					const body = json(this.getNodeParameter('body', i));
					const qs = json(this.getNodeParameter('qs', i));
					const withItem = body ? { ...body, item: i } : undefined;
					if (mode === 'direct') {
						const credentials = await this.getCredentials(credentialType, i);
						const base = String(credentials.baseUrl || '').replace(/\/+$/, '');
						return await this.helpers.httpRequestWithAuthentication.call(this, credentialType, {
							method,
							url: `${base}${path}`,
							qs,
							body: withItem,
							json: true,
						});
					}
					return await request.call(this, { method, path, qs, body: withItem, itemIndex: i });
				},
			},
		},
	};
	class CredentialProbe {
		constructor() {
			this.description = {
				displayName: `Credential Probe (${credentialType})`,
				name: `credentialProbe_${credentialType}`,
				group: ['transform'],
				version: 1,
				description: 'Sends one request per item with a credential',
				defaults: { name: 'Credential Probe' },
				inputs: [NodeConnectionTypes.Main],
				outputs: [NodeConnectionTypes.Main],
				credentials: [{ name: credentialType, required: true }],
				properties: [
					{ displayName: 'Resource', name: 'resource', type: 'hidden', default: 'call' },
					{ displayName: 'Operation', name: 'operation', type: 'hidden', default: 'send' },
					{ displayName: 'Mode', name: 'mode', type: 'string', default: 'transport' },
					{ displayName: 'Method', name: 'method', type: 'string', default: 'GET' },
					{ displayName: 'Path', name: 'path', type: 'string', default: '/' },
					{ displayName: 'Body', name: 'body', type: 'json', default: '' },
					{ displayName: 'Query', name: 'qs', type: 'json', default: '' },
				],
			};
		}

		async execute() {
			return await routeOperations.call(this, operations);
		}
	}
	return new CredentialProbe();
}

const probeNodes = () =>
	Object.fromEntries(Object.keys(PROFILES).map((type) => [`test.credentialProbe_${type}`, probeFor(type)]));

module.exports = { probeNodes };
