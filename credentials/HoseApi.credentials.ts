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
} from './signing/credentialParts';
import type { Authenticate } from './signing/credentialParts';
import { fetchToken } from './signing/common';
import { HOSE_EDITIONS, HOSE_LOGIN_PATH, applyHoseToken, hoseBaseUrl, hoseTokenBody, parseHoseToken } from './signing/hose';

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
				{ name: 'Standalone (App.ekuaibao.com)', value: 'standalone', description: HOSE_EDITIONS.standalone },
				{ name: 'DingTalk (Dd2.hosecloud.com)', value: 'dingtalk', description: HOSE_EDITIONS.dingtalk },
				{ name: 'WeCom (Wx2.ekuaibao.com)', value: 'wecom', description: HOSE_EDITIONS.wecom },
				{ name: 'Feishu (Feishu.ekuaibao.com)', value: 'feishu', description: HOSE_EDITIONS.feishu },
				{ name: 'Kingdee (Kdcloud2.ekuaibao.com)', value: 'kingdee', description: HOSE_EDITIONS.kingdee },
			],
			default: 'standalone',
			description:
				'Where your Hose tenant runs (the app you log in from). Unsure? GET /api/openapi/v2/location?corpId=… on any edition returns the right host. Ignored when Base URL is set.',
		},
		baseUrlProperty({
			placeholder: 'http://127.0.0.1:8787/hose',
			description:
				'Custom base URL (private deployment or the vendor sandbox). Leave empty to use the Edition above.',
		}),
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description: `The Open API appKey: Hose admin console → 系统设置 / 企业设置 → 开放接口 (Open API) → 授权 / 新建. ${WHITELIST}`,
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
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return fetchToken(this, credentials, {
			failure: 'Hose token request',
			body: hoseTokenBody(credentials),
			url: `${hoseBaseUrl(credentials)}${HOSE_LOGIN_PATH}`,
			parse: (body, statusCode) => parseHoseToken(body, credentials, statusCode),
		});
	}

	authenticate: Authenticate = authenticateWith(applyHoseToken);

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/api/openapi/v1/departments',
			method: 'GET',
			qs: { start: 0, count: 1 },
		},
	};
}
