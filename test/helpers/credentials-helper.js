// An in-memory stand-in for n8n's CredentialsHelper (packages/cli/src/credentials-helper.ts) with the same
// semantics where they matter to this package:
// - `authenticate`: function authenticate is called as is; generic authenticate resolves `={{$credentials…}}`.
// - `preAuthentication`: runs only when the hidden expirable property is exactly '' or a retry is forced
//   (credentialsExpired) or the credential is being tested; its output is persisted, so the next execution
//   reuses the token.
// - `getDecrypted`: returns a copy of the stored data with the credential type's defaults applied.
const { ICredentialsHelper, NodeHelpers, isExpression } = require('n8n-workflow');
const { Credentials } = require('n8n-core');
const { claimWriteOf } = require('../../credentials/signing/tokenClaim');

class TestCredentialsHelper extends ICredentialsHelper {
	constructor(credentialTypes) {
		super();
		this.credentialTypes = credentialTypes;
		this.store = new Map();
		this.stats = { preAuthentication: {}, authenticate: {}, updates: {}, claims: {} };
	}

	static key(type, id) {
		return `${type}:${id}`;
	}

	/** Stores credential data as a user would save it in the editor; returns the node's credential reference. */
	set(type, data, { id = `${type}-1`, name = `${type} account` } = {}) {
		this.store.set(TestCredentialsHelper.key(type, id), { id, name, type, data: { ...data } });
		return { id, name };
	}

	/** The data as currently persisted (e.g. after a token refresh). */
	get(type, id = `${type}-1`) {
		const entry = this.store.get(TestCredentialsHelper.key(type, id));
		return entry && { ...entry.data };
	}

	count(kind, type) {
		return this.stats[kind][type] || 0;
	}

	resetStats() {
		this.stats = { preAuthentication: {}, authenticate: {}, updates: {}, claims: {} };
	}

	bump(kind, type) {
		this.stats[kind][type] = (this.stats[kind][type] || 0) + 1;
	}

	entry(nodeCredentials, type) {
		const entry = this.store.get(TestCredentialsHelper.key(type, nodeCredentials.id));
		if (!entry) throw new Error(`Credential ${type} "${nodeCredentials.id}" does not exist`);
		return entry;
	}

	getParentTypes(name) {
		return this.credentialTypes.getParentTypes(name);
	}

	getCredentialsProperties(type) {
		return this.credentialTypes.getByName(type).properties;
	}

	async getCredentials(nodeCredentials, type) {
		const entry = this.entry(nodeCredentials, type);
		const credentials = new Credentials({ id: entry.id, name: entry.name }, type);
		credentials.setData({ ...entry.data });
		return credentials;
	}

	async getDecrypted(additionalData, nodeCredentials, type, mode, executeData, raw) {
		const data = { ...this.entry(nodeCredentials, type).data };
		if (raw) return data;
		const withDefaults = NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			data,
			true,
			false,
			null,
			null,
		);
		return { ...data, ...withDefaults };
	}

	async updateCredentials(nodeCredentials, type, data) {
		this.bump('updates', type);
		const entry = this.entry(nodeCredentials, type);
		entry.data = { ...data };
	}

	async updateCredentialsOauthTokenData(nodeCredentials, type, data) {
		await this.updateCredentials(nodeCredentials, type, data);
	}

	async authenticate(credentials, typeName, requestOptions, workflow, node) {
		if (claimWriteOf(credentials) === undefined) this.bump('authenticate', typeName);
		const credentialType = this.credentialTypes.getByName(typeName);
		const { authenticate } = credentialType;
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions);
		}
		if (authenticate && authenticate.type === 'generic') {
			if (requestOptions.headers === undefined) requestOptions.headers = {};
			for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
				for (const [key, value] of Object.entries(outerValue)) {
					const resolve = (v) =>
						isExpression(v)
							? String(
									workflow.expression.getSimpleParameterValue(
										node,
										v,
										'internal',
										{ $credentials: credentials },
										undefined,
										'',
									) ?? '',
								)
							: v;
					if (!requestOptions[outerKey]) requestOptions[outerKey] = {};
					requestOptions[outerKey][resolve(key)] = resolve(value);
				}
			}
		}
		return requestOptions;
	}

	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		const credentialType = this.credentialTypes.getByName(typeName);
		const expirable = credentialType.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions && p.typeOptions.expirable === true,
		);
		if (!expirable || typeof credentialType.preAuthentication !== 'function') return undefined;
		const isTestingCredentials =
			node && node.parameters && node.parameters.temp === '' && node.type === 'n8n-nodes-base.noOp';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isTestingCredentials) {
			return undefined;
		}
		// A cross-process refresh claim (credentials/signing/tokenClaim.ts) goes through preAuthentication but
		// fetches nothing: counted as `claims`, so `preAuthentication` / `updates` keep counting token fetches.
		const claim = claimWriteOf(credentials) !== undefined;
		this.bump(claim ? 'claims' : 'preAuthentication', typeName);
		const output = await credentialType.preAuthentication.call(helpers, credentials);
		if (!output || output[expirable.name] === undefined) return undefined;
		if (node.credentials && node.credentials[typeName]) {
			const stored = this.entry(node.credentials[typeName], typeName).data;
			if (claim) this.entry(node.credentials[typeName], typeName).data = { ...stored, ...output };
			else await this.updateCredentials(node.credentials[typeName], typeName, { ...stored, ...output });
			return Object.assign(credentials, output);
		}
		return undefined;
	}
}

module.exports = { TestCredentialsHelper };
