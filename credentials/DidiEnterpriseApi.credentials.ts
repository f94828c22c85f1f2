import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import {
	accessTokenProperty,
	authenticateWith,
	baseUrlProperty,
	environmentProperty,
	noticeProperty,
	tokenFingerprintProperty,
} from './signing/credentialParts';
import type { Authenticate } from './signing/credentialParts';
import { claimOutput } from './signing/tokenClaim';
import { fetchToken, nowSeconds } from './signing/common';
import {
	DIDI_GRANT_PATH,
	DIDI_ENVIRONMENTS,
	didiAuthorizeBody,
	didiBaseUrl,
	parseDidiToken,
	signDidiRequest,
	DIDI_TOKEN_FIELDS,
} from './signing/didi';
import type { SignableRequest } from './signing/didi';

const WHITELIST =
	"DiDi only answers calls from whitelisted IPs: add the n8n server's fixed egress IP in the DiDi console (开放平台 → 应用管理 → IP白名单), otherwise every call fails with errno 10002.";

export class DidiEnterpriseApi implements ICredentialType {
	name = 'didiEnterpriseApi';

	displayName = 'DiDi Enterprise API';

	icon: Icon = { light: 'file:icons/didi.svg', dark: 'file:icons/didi.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-cn-enterprise/n8n-nodes-cn-enterprise/blob/main/docs/credentials.md#didi-enterprise';

	properties: INodeProperties[] = [
		noticeProperty(`Self-hosted n8n only. ${WHITELIST}`),
		environmentProperty('DiDi', DIDI_ENVIRONMENTS, 'Test (Pre-Release)'),
		baseUrlProperty({
			placeholder: 'e.g. http://127.0.0.1:8787/didi',
			description:
				'Custom base URL (scheme and host, optional path), e.g. the vendor sandbox. Leave empty to use the Environment above.',
		}),
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: `The app's client_id (AppKey): DiDi console (es.xiaojukeji.com) → 开放平台 → 应用管理 → your app.`,
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The app's client_secret (AppSecret), shown next to the Client ID in 开放平台 → 应用管理",
		},
		{
			displayName: 'Sign Key',
			name: 'signKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				"The app's sign_key (签名密钥) from 开放平台 → 应用管理. Used only to compute each request's signature; it is never sent.",
		},
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			required: true,
			description:
				'Your company_id (企业ID), shown in the DiDi console under 企业信息 / 开放平台. Added to every business request unless an operation sets it.',
		},
		{
			displayName: 'Sign Method',
			name: 'signMethod',
			type: 'options',
			options: [
				{ name: 'SHA-256', value: 'sha256' },
				{ name: 'MD5', value: 'md5' },
			],
			default: 'sha256',
			description: "The signature algorithm chosen for the app in the DiDi console (签名方式). New apps use SHA-256.",
		},
		{
			displayName: 'Encryption',
			name: 'encryption',
			type: 'options',
			options: [
				{ name: 'None', value: 'none' },
				{
					name: 'AES128 (Ent=1)',
					value: 'aes128',
					description: "Key used as its UTF-8 bytes (16/24/32 characters → AES-128/192/256-ECB), standard Base64",
				},
				{
					name: 'AES256 (Ent=2)',
					value: 'aes256',
					description: '64-character hex key (32 bytes, AES-256-ECB), URL-safe Base64',
				},
			],
			default: 'none',
			description:
				'Whole-request AES transport encryption, only if DiDi enabled it for the app (数据加密). Answers carrying encrypt_data are decrypted with the same key.',
		},
		{
			displayName: 'Encrypt Key',
			name: 'encryptKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { encryption: ['aes128', 'aes256'] } },
			description: 'The AES key DiDi issued for the app (AES128: 16, 24 or 32 characters; AES256: 64 hex characters)',
		},
		{
			displayName: 'Phone Number Check',
			name: 'phoneCheck',
			type: 'options',
			options: [
				{ name: '11 Digits (Mainland Mobile)', value: 'mobile11', description: 'Refuse any other phone number before sending, naming the field and item' },
				{ name: 'None (DiDi Decides)', value: 'none', description: 'Send phone numbers as given; DiDi answers those it does not accept with an error' },
			],
			default: 'mobile11',
			description:
				"How the phone numbers of members, applicants and approvers are checked before a request. DiDi's documents state no format (every example is an 11-digit mobile number): choose None if your company has other numbers.",
		},
		accessTokenProperty(),
		tokenFingerprintProperty(),
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		// A cross-process refresh claim (signing/tokenClaim.ts) is saved as it is: no token request.
		const claim = claimOutput(credentials);
		if (claim) return claim;
		return fetchToken(this, credentials, {
			fields: DIDI_TOKEN_FIELDS,
			failure: 'DiDi token request',
			body: didiAuthorizeBody(credentials, nowSeconds()),
			url: `${didiBaseUrl(credentials)}${DIDI_GRANT_PATH}`,
			parse: (body) => parseDidiToken(body, credentials),
		});
	}

	authenticate: Authenticate = authenticateWith((credentials, request: SignableRequest) => signDidiRequest(credentials, request, nowSeconds()), DIDI_TOKEN_FIELDS);

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/river/Regulation/get',
			method: 'GET',
		},
		rules: [
			{ type: 'responseSuccessBody', properties: { key: 'errno', value: 401, message: 'DiDi refused the access token (errno 401)' } },
			{ type: 'responseSuccessBody', properties: { key: 'errno', value: 19999, message: 'DiDi could not verify the signature (errno 19999): check Sign Key and Sign Method' } },
			{ type: 'responseSuccessBody', properties: { key: 'errno', value: 10002, message: "The n8n server's IP is not on the DiDi app's IP whitelist (errno 10002)" } },
			{ type: 'responseSuccessBody', properties: { key: 'errno', value: 403, message: 'The DiDi app has no permission for the regulation API (errno 403)' } },
			{ type: 'responseSuccessBody', properties: { key: 'errno', value: 408, message: 'DiDi refused the timestamp (errno 408): check the n8n server clock' } },
			{ type: 'responseSuccessBody', properties: { key: 'errno', value: 410, message: 'The access token belongs to another Client ID (errno 410)' } },
			{ type: 'responseSuccessBody', properties: { key: 'errno', value: 10001, message: 'DiDi rejected the request (errno 10001): check Company ID' } },
			{ type: 'responseSuccessBody', properties: { key: 'errno', value: 10003, message: 'DiDi rejected a parameter format (errno 10003)' } },
		],
	};
}
