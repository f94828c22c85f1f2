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
import { boundToken, tokenMatches } from './signing/tokenBinding';
import { claimOutput } from './signing/tokenClaim';
import { TokenRequestError, fetchToken } from './signing/common';
import {
	HOSE_EDITIONS,
	HOSE_EXPIRES_FIELD,
	HOSE_LOGIN_PATH,
	HOSE_REFRESH_TOKEN_FIELD,
	HOSE_RENEW_FIELD,
	applyHoseToken,
	hoseBaseUrl,
	hoseRefreshUrl,
	hoseTokenBody,
	hoseTokenFields,
	parseHoseToken,
	type HoseToken,
	HOSE_TOKEN_FIELDS,
} from './signing/hose';

const WHITELIST =
	"If your Hose tenant restricts Open API access by IP (开放接口 IP 白名单), add the n8n server's fixed egress IP there.";

export class HoseApi implements ICredentialType {
	name = 'hoseApi';

	displayName = 'Hose API';

	icon: Icon = { light: 'file:icons/hose.svg', dark: 'file:icons/hose.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-cn-enterprise/n8n-nodes-cn-enterprise/blob/main/docs/credentials.md#hose';

	properties: INodeProperties[] = [
		noticeProperty(`Self-hosted n8n recommended. ${WHITELIST}`),
		{
			displayName: 'Edition',
			name: 'edition',
			type: 'options',
			options: [
				{ name: 'Standalone', value: 'standalone', description: HOSE_EDITIONS.standalone },
				{ name: 'DingTalk', value: 'dingtalk', description: HOSE_EDITIONS.dingtalk },
				{ name: 'WeCom', value: 'wecom', description: HOSE_EDITIONS.wecom },
				{ name: 'Feishu', value: 'feishu', description: HOSE_EDITIONS.feishu },
				{ name: 'Kingdee', value: 'kingdee', description: HOSE_EDITIONS.kingdee },
			],
			default: 'standalone',
			description:
				'Where your Hose tenant runs (the app you log in from). Unsure? GET /api/openapi/v2/location?corpId=… on any edition returns the right host. Ignored when Base URL is set.',
		},
		baseUrlProperty({
			placeholder: 'e.g. http://127.0.0.1:8787/hose',
			description:
				'Custom base URL (private deployment or the vendor sandbox). Leave empty to use the Edition above.',
		}),
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description: `The Open API appKey: Hose admin console → 系统设置 / 企业设置 → 开放接口 (Open API) → 授权 / 新建.`,
		},
		{
			displayName: 'App Security',
			name: 'appSecurity',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The appSecurity (secret) shown with the appKey in the same Open API page',
		},
		accessTokenProperty(),
		tokenFingerprintProperty(),
		// What the last login or refresh answered (refreshToken rotation, see signing/hose.ts).
		{
			displayName: 'Refresh Token',
			name: HOSE_REFRESH_TOKEN_FIELD,
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'Token Expires At',
			name: HOSE_EXPIRES_FIELD,
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Token To Renew',
			name: HOSE_RENEW_FIELD,
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	/**
	 * Asked to renew a token that is still valid (the node transport does so shortly before `expireTime`):
	 * refresh it — both tokens rotate. A refused refresh (the refreshToken was rotated by another worker, or
	 * the token expired meanwhile) falls back to one login, as does every other case (no token yet, a 403,
	 * the credential test), and a token fetched with another App Key / App Security (a refresh would keep a
	 * changed secret unchecked).
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		// A cross-process refresh claim (signing/tokenClaim.ts) is saved as it is: no token request.
		const claim = claimOutput(credentials);
		if (claim) return claim;
		const refreshUrl = tokenMatches(credentials, HOSE_TOKEN_FIELDS, credentials[HOSE_RENEW_FIELD]) ? hoseRefreshUrl(credentials) : undefined;
		const answer: { token?: HoseToken } = {};
		const parse = (body: unknown, statusCode: number | undefined) =>
			(answer.token = parseHoseToken(body, credentials, statusCode));
		const bound = (token: HoseToken) => ({ ...hoseTokenFields(token), ...boundToken(token.accessToken, credentials, HOSE_TOKEN_FIELDS) });
		if (refreshUrl) {
			const refreshed = await fetchToken(this, credentials, { failure: 'Hose token refresh', body: undefined, url: refreshUrl, parse }).then(
				() => true,
				() => false,
			);
			if (refreshed && answer.token) return bound(answer.token);
			delete answer.token;
		}
		await fetchToken(this, credentials, {
			failure: 'Hose token request',
			body: hoseTokenBody(credentials),
			url: `${hoseBaseUrl(credentials)}${HOSE_LOGIN_PATH}`,
			parse,
		});
		if (!answer.token) throw new TokenRequestError('Hose token request failed: no accessToken in the answer');
		return bound(answer.token);
	}

	authenticate: Authenticate = authenticateWith(applyHoseToken, HOSE_TOKEN_FIELDS);

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/api/openapi/v1/departments',
			method: 'GET',
			qs: { start: 0, count: 1 },
		},
		rules: [{ type: 'responseCode', properties: { value: 403, message: 'Hose refused the access token (HTTP 403): check App Key, App Security and the edition / Base URL' } }],
	};
}
