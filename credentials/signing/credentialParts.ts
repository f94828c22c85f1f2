/**
 * The parts every credential of this package repeats: the Base URL field, the hidden expirable Access Token
 * and n8n's `authenticate` handing the request to the vendor's signer. The credential classes keep their public
 * names and fields (docs: DESIGN "Public contracts"); only the construction is shared.
 */
import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import type { CredentialData } from './common';
import { TOKEN_FINGERPRINT_FIELD, assertCurrentToken, type TokenFields } from './tokenBinding';
import { ClaimWritten, claimWriteOf } from './tokenClaim';

export interface BaseUrlField {
	placeholder: string;
	description: string;
	/** Default value ('' = use the environment / edition chosen above). */
	default?: string;
	required?: boolean;
}

/** A notice at the top of a credential (IP whitelist, where the values come from). */
export const noticeProperty = (text: string, name = 'whitelistNotice'): INodeProperties => ({
	displayName: text,
	name,
	type: 'notice',
	default: '',
});

/** The `environment` choice of a vendor with a production and a test host (ignored when Base URL is set). */
export function environmentProperty(vendor: string, hosts: { production: string; test: string }, testName = 'Test'): INodeProperties {
	return {
		displayName: 'Environment',
		name: 'environment',
		type: 'options',
		options: [
			{ name: 'Production', value: 'production', description: hosts.production },
			{ name: testName, value: 'test', description: hosts.test },
		],
		default: 'production',
		description: `${vendor} host to use. Ignored when Base URL is set.`,
	};
}

/** The `baseUrl` field. */
export function baseUrlProperty(field: BaseUrlField): INodeProperties {
	return {
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'string',
		default: field.default ?? '',
		...(field.required ? { required: true } : {}),
		placeholder: field.placeholder,
		description: field.description,
	};
}

/** The hidden `accessToken` n8n refreshes through `preAuthentication` when a request answers 401. */
export const accessTokenProperty = (): INodeProperties => ({
	displayName: 'Access Token',
	name: 'accessToken',
	type: 'hidden',
	typeOptions: { expirable: true, password: true },
	default: '',
});

/**
 * The hidden fingerprint of the cached access token: which credential values fetched it (tokenBinding.ts).
 * Not a secret (an HMAC keyed with the token), so not a password field.
 */
export const tokenFingerprintProperty = (): INodeProperties => ({
	displayName: 'Token Fingerprint',
	name: TOKEN_FINGERPRINT_FIELD,
	type: 'hidden',
	default: '',
});

/** n8n's `authenticate` as a function (what the five credentials use). */
export type Authenticate = (
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/**
 * n8n's `authenticate` for a vendor signer: the request options go through `sign` and come back signed. With
 * `tokenFields`, a cached token fetched with other values of those fields is refused as expired, so n8n
 * fetches a new one first (tokenBinding.ts). A cross-process refresh claim (tokenClaim.ts) stops here, after n8n
 * saved it: nothing is sent.
 */
export function authenticateWith<R>(sign: (credentials: CredentialData, request: R) => R, tokenFields?: TokenFields): Authenticate {
	return async (credentials, requestOptions) => {
		if (claimWriteOf(credentials) !== undefined) throw new ClaimWritten();
		if (tokenFields) assertCurrentToken(credentials, tokenFields);
		return sign(credentials, requestOptions as unknown as R) as unknown as IHttpRequestOptions;
	};
}
