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
import { fetchToken } from './signing/common';
import {
	ZHENLING_DEFAULT_TOKEN_PATH,
	applyZhenlingToken,
	parseZhenlingToken,
	zhenlingTokenRequest,
	ZHENLING_TOKEN_FIELDS,
} from './signing/zhenling';

const WHITELIST =
	"If your Zhenling tenant restricts Open Platform access by IP, ask Zhenling to whitelist the n8n server's fixed egress IP.";

export class ZhenlingApi implements ICredentialType {
	name = 'zhenlingApi';

	displayName = 'Zhenling API';

	icon: Icon = { light: 'file:icons/zhenling.svg', dark: 'file:icons/zhenling.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-cn-enterprise/n8n-nodes-cn-enterprise/blob/main/docs/credentials.md#zhenling';

	properties: INodeProperties[] = [
		noticeProperty(`Self-hosted n8n recommended. ${WHITELIST} Zhenling does not publish its hosts: take the Base URL and Token URL from the Open Platform (甄零开放平台) documents for your tenant.`),
		baseUrlProperty({
			placeholder: 'e.g. https://your-tenant.example.com',
			required: true,
			description:
				'Your tenant\'s Open Platform API host, as given in Zhenling\'s integration guide (开发者指南), or the sandbox http://127.0.0.1:8787/zhenling',
		}),
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: ZHENLING_DEFAULT_TOKEN_PATH,
			description:
				'The "1.1 获取 Token" endpoint: a path below the Base URL (default /oauth/token) or a full URL. Adjust it to the document Zhenling gave you.',
		},
		{
			displayName: 'Path Prefix',
			name: 'pathPrefix',
			type: 'string',
			default: '/api/v1',
			description:
				'What comes between the Base URL and each business endpoint (e.g. /api/v1 in /api/v1/contract/list). Zhenling does not publish its paths: align it with your document; no trailing slash, empty for none.',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: `The integration app's client_id: Zhenling admin → 集成管理 / 开放平台 → 应用 (or issued by Zhenling).`,
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The app's client_secret, shown with the Client ID",
		},
		{
			displayName: 'Grant Encoding',
			name: 'grantEncoding',
			type: 'options',
			options: [
				{ name: 'Form (OAuth2 Standard)', value: 'form' },
				{ name: 'JSON', value: 'json' },
			],
			default: 'form',
			description: 'How grant_type, client_id and client_secret are sent to the Token URL',
		},
		accessTokenProperty(),
		tokenFingerprintProperty(),
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		// A cross-process refresh claim (signing/tokenClaim.ts) is saved as it is: no token request.
		const claim = claimOutput(credentials);
		if (claim) return claim;
		const request = zhenlingTokenRequest(credentials);
		return fetchToken(this, credentials, {
			fields: ZHENLING_TOKEN_FIELDS,
			failure: 'Zhenling token request',
			url: request.url,
			body: request.body,
			headers: { 'Content-Type': request.contentType, Accept: 'application/json' },
			parse: (body, statusCode) => parseZhenlingToken(body, credentials, statusCode),
		});
	}

	authenticate: Authenticate = authenticateWith(applyZhenlingToken, ZHENLING_TOKEN_FIELDS);

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '={{$credentials.pathPrefix}}/contract/list',
			method: 'POST',
			body: { pageNum: 1, pageSize: 1 },
		},
	};
}
