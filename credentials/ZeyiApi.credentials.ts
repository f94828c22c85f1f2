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
import { fetchToken, nowMillis } from './signing/common';
import {
	ZEYI_ENVIRONMENTS,
	ZEYI_LOGIN_PATH,
	parseZeyiToken,
	signZeyiRequest,
	zeyiBaseUrl,
	zeyiLoginBody,
	ZEYI_TOKEN_FIELDS,
} from './signing/zeyi';
import type { ZeyiSignableRequest } from './signing/zeyi';

const WHITELIST =
	"Zeyi only answers calls from whitelisted IPs: give Zeyi the n8n server's fixed egress IP when you ask for access.";

export class ZeyiApi implements ICredentialType {
	name = 'zeyiApi';

	displayName = 'Zeyi API';

	icon: Icon = { light: 'file:icons/zeyi.svg', dark: 'file:icons/zeyi.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-cn-enterprise/n8n-nodes-cn-enterprise/blob/main/docs/credentials.md#zeyi';

	properties: INodeProperties[] = [
		noticeProperty(`Self-hosted n8n only. ${WHITELIST} Zeyi issues every value below (there is no self-service console).`),
		environmentProperty('Zeyi', ZEYI_ENVIRONMENTS),
		baseUrlProperty({
			placeholder: 'e.g. http://127.0.0.1:8787/zeyi',
			description:
				'Custom base URL (scheme and host, optional path), e.g. the vendor sandbox. Leave empty to use the Environment above.',
		}),
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: `The API login name Zeyi issued for your company (用户名, 则一提供).`,
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API password Zeyi issued with the username (密码, 则一提供)',
		},
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description: 'The appKey Zeyi issued (则一提供), sent in the appKey header of every call',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The appSecret Zeyi issued with the appKey. Used to compute the sign header (never sent) and as the AES key for sensitive data (16/24/32 characters).',
		},
		{
			displayName: 'AES IV',
			name: 'aesIv',
			type: 'string',
			default: '',
			description:
				'The 16-character AES IV (偏移量) Zeyi issued. Only needed for Encrypt Payload (加密) in the "Issued IV, Prefixed Plaintext" mode.',
		},
		{
			displayName: 'Sign Data',
			name: 'signData',
			type: 'options',
			options: [
				{ name: 'Body (Current Scheme)', value: 'body', description: 'The sign header is md5(appKey + appSecret + timestamp + nonce + body)' },
				{ name: 'None (Legacy SDK)', value: 'none', description: 'The sign header is md5(appKey + appSecret + timestamp + nonce), for accounts on the legacy SDK' },
			],
			default: 'body',
			description: 'What the sign covers. Use "None" only if Zeyi tells you your account still uses the old SDK scheme.',
		},
		{
			displayName: 'Encryption Mode',
			name: 'encryptionMode',
			type: 'options',
			options: [
				{
					name: 'Issued IV, Prefixed Plaintext',
					value: 'prefixed',
					description: 'AES-CBC of appKey + timestamp + nonce + data with the issued IV (Zeyi maintenance API document)',
				},
				{
					name: 'Random IV Prepended',
					value: 'randomIv',
					description: "AES-CBC of data only, a random IV prepended to the ciphertext (Zeyi's newer document)",
				},
			],
			default: 'prefixed',
			description:
				'How the body is encrypted when a Zeyi operation\'s Encrypt Payload (加密) option is on. It is sent as {"data": "(Base64)"} and signed as sent.',
		},
		accessTokenProperty(),
		tokenFingerprintProperty(),
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		// A cross-process refresh claim (signing/tokenClaim.ts) is saved as it is: no token request.
		const claim = claimOutput(credentials);
		if (claim) return claim;
		return fetchToken(this, credentials, {
			fields: ZEYI_TOKEN_FIELDS,
			failure: 'Zeyi login',
			body: zeyiLoginBody(credentials),
			url: `${zeyiBaseUrl(credentials)}${ZEYI_LOGIN_PATH}`,
			parse: (body) => parseZeyiToken(body, credentials),
		});
	}

	authenticate: Authenticate = authenticateWith((credentials, request: ZeyiSignableRequest) => signZeyiRequest(credentials, request, nowMillis()), ZEYI_TOKEN_FIELDS);

	// A probe that cannot change data: repairConfirm with an empty body — `code` and `repairFlag` are required
	// ("必传 是"), so Zeyi refuses it as a business error, but only after the token (HTTP 401, which fails the
	// test) and the sign were checked. Zeyi's document gives no wording for a refused sign: the rules below list
	// the known ones (an assumption, docs/vendors/zeyi.md); any other answer passes.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/vehicle-service-api/maintenance/repairConfirm',
			method: 'POST',
			body: {},
		},
		rules: [
			{ type: 'responseSuccessBody', properties: { key: 'message', value: '签名校验失败', message: 'Zeyi refused the signature (签名校验失败): check App Key, App Secret and Sign Data' } },
			{ type: 'responseSuccessBody', properties: { key: 'message', value: '签名错误', message: 'Zeyi refused the signature (签名错误): check App Key, App Secret and Sign Data' } },
			{ type: 'responseSuccessBody', properties: { key: 'message', value: '验签失败', message: 'Zeyi refused the signature (验签失败): check App Key, App Secret and Sign Data' } },
			{ type: 'responseSuccessBody', properties: { key: 'message', value: 'appKey不正确', message: 'Zeyi does not know the App Key (appKey不正确)' } },
			{ type: 'responseSuccessBody', properties: { key: 'errorCode', value: '500', message: 'Zeyi answered a system error (errorCode 500)' } },
		],
	};
}
