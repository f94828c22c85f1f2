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
	noticeProperty,
	tokenFingerprintProperty,
} from './signing/credentialParts';
import type { Authenticate } from './signing/credentialParts';
import { claimOutput } from './signing/tokenClaim';
import { fetchToken, nowMillis } from './signing/common';
import {
	ZHIGUANCHE_DEFAULT_PREFIX,
	ZHIGUANCHE_LOGIN_PATH,
	parseZhiguancheToken,
	zhiguancheLoginPath,
	signZhiguancheRequest,
	zhiguancheApiRoot,
	zhiguancheTokenBody,
	ZHIGUANCHE_TOKEN_FIELDS,
} from './signing/zhiguanche';
import type { ZhiguancheSignableRequest } from './signing/zhiguanche';

const WHITELIST =
	"If ZhiGuanChe restricts API access by IP for your company, give them the n8n server's fixed egress IP.";

export class ZhiguancheApi implements ICredentialType {
	name = 'zhiguancheApi';

	displayName = 'ZhiGuanChe API';

	icon: Icon = { light: 'file:icons/zhiguanche.svg', dark: 'file:icons/zhiguanche.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-cn-enterprise/n8n-nodes-cn-enterprise/blob/main/docs/vendors/zhiguanche.md';

	properties: INodeProperties[] = [
		noticeProperty(`ZhiGuanChe hands out its API document on request; this credential follows the contract in docs/vendors/zhiguanche.md. Align Base URL, Path Prefix, Login Path and Request Signing with your document. ${WHITELIST}`, 'contractNotice'),
		baseUrlProperty({
			placeholder: 'e.g. https://open.zhiguanche.com',
			default: 'https://open.zhiguanche.com',
			required: true,
			description:
				'The open-platform host from your ZhiGuanChe API document, or the sandbox http://127.0.0.1:8787/zhiguanche',
		}),
		{
			displayName: 'Path Prefix',
			name: 'pathPrefix',
			type: 'string',
			default: ZHIGUANCHE_DEFAULT_PREFIX,
			description: 'Path between the host and every operation (default /openapi/v1). Empty for none.',
		},
		{
			displayName: 'Login Path',
			name: 'loginPath',
			type: 'string',
			default: ZHIGUANCHE_LOGIN_PATH,
			description: 'Below the path prefix: the POST that exchanges App Key and App Secret for the access token (default /auth/token)',
		},
		{
			displayName: 'Request Signing',
			name: 'requestSigning',
			type: 'options',
			default: 'hmac',
			options: [
				{ name: 'Token + HMAC-SHA256 Signature', value: 'hmac', description: 'Bearer token plus X-App-Key, X-Timestamp, X-Nonce and X-Signature on every call (the contract)' },
				{ name: 'Token Only', value: 'token', description: 'Only the bearer token, for a document without request signatures' },
			],
			description: 'How business calls authenticate, as your ZhiGuanChe document says',
		},
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description: `The appKey of your open-platform application: ZhiGuanChe admin → 开放平台 / 系统设置 → 应用管理 (or issued by your account manager).`,
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The appSecret shown with the appKey. It fetches the token and signs every request (HMAC-SHA256); it is never sent with business calls.',
		},
		accessTokenProperty(),
		tokenFingerprintProperty(),
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		// A cross-process refresh claim (signing/tokenClaim.ts) is saved as it is: no token request.
		const claim = claimOutput(credentials);
		if (claim) return claim;
		return fetchToken(this, credentials, {
			fields: ZHIGUANCHE_TOKEN_FIELDS,
			failure: 'ZhiGuanChe token request',
			body: zhiguancheTokenBody(credentials),
			url: `${zhiguancheApiRoot(credentials)}${zhiguancheLoginPath(credentials)}`,
			parse: (body, statusCode) => parseZhiguancheToken(body, credentials, statusCode),
		});
	}

	authenticate: Authenticate = authenticateWith((credentials, request: ZhiguancheSignableRequest) => signZhiguancheRequest(credentials, request, nowMillis()), ZHIGUANCHE_TOKEN_FIELDS);

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/company/info',
			method: 'GET',
		},
		rules: [
			{ type: 'responseCode', properties: { value: 403, message: 'ZhiGuanChe refused the request signature (HTTP 403, code 40301): check App Secret and Request Signing' } },
		],
	};
}
