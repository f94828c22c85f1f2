import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import {
	HOSE_EVENTS,
	deliveredBefore,
	deliveryKey,
	ebotKey,
	eventOf,
	ipAllowed,
	messageItem,
	parseAllowList,
	secretMatches,
} from './shared/inbound';

/** The Path Secret becomes a URL segment: letters, digits, - and _ only, at least 16 of them. */
const PATH_SECRET = /^[A-Za-z0-9_-]{16,}$/;

const header = (headers: IDataObject, name: string): string => {
	const value = headers[name.toLowerCase()];
	return Array.isArray(value) ? String(value[0] ?? '') : value === undefined || value === null ? '' : String(value);
};

export class HoseTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hose Trigger',
		name: 'hoseTrigger',
		icon: { light: 'file:hose.svg', dark: 'file:hose.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ") || "all events"}}',
		description: 'Starts the workflow on Hose (合思) outbound messages (出站消息): approval events and EBot nodes',
		defaults: { name: 'Hose Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				// …/webhook/<id>/<Path Secret> (n8n routes only that exact path here; the trigger checks it again), or
				// …/webhook/<id>/hose with a shared token.
				path: '={{$parameter["verification"] === "token" ? "hose" : $parameter["pathSecret"]}}',
			},
		],
		properties: [
			{
				displayName:
					'In Hose: 系统设置 → 出站消息 → 新建 — paste the Production URL above as 调用Url (it ends with your Path Secret), pick the events, and choose the success status code you set below. Hose signs nothing, so keep the secret private.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Verification',
				name: 'verification',
				type: 'options',
				default: 'pathSecret',
				options: [
					{ name: 'Secret in URL Path', value: 'pathSecret', description: 'The last URL segment must equal the Path Secret' },
					{ name: 'Shared Token', value: 'token', description: 'A header or query parameter must equal the token' },
					{ name: 'Both', value: 'both', description: 'Secret in the path and the shared token' },
				],
			},
			{
				displayName: 'Path Secret',
				name: 'pathSecret',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				required: true,
				displayOptions: { show: { verification: ['pathSecret', 'both'] } },
				description: 'At least 16 letters, digits, - or _ (e.g. 32 random characters); the URL Hose calls ends with it',
			},
			{
				displayName: 'Token',
				name: 'token',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				required: true,
				displayOptions: { show: { verification: ['token', 'both'] } },
			},
			{
				displayName: 'Token Location',
				name: 'deliveredIn',
				type: 'options',
				default: 'header',
				displayOptions: { show: { verification: ['token', 'both'] } },
				options: [
					{ name: 'Header', value: 'header' },
					{ name: 'Query Parameter', value: 'query' },
				],
			},
			{
				displayName: 'Token Name',
				name: 'fieldName',
				type: 'string',
				default: 'X-Hose-Token',
				displayOptions: { show: { verification: ['token', 'both'] } },
				description: 'Header or query parameter name carrying the token (e.g. add ?token=… to the URL in Hose)',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				default: [],
				options: HOSE_EVENTS,
				description: 'Messages that start the workflow; empty = all. Other messages are answered with the success status and dropped.',
			},
			{
				displayName: 'Success Status Code',
				name: 'successStatus',
				type: 'options',
				default: 204,
				options: [
					{ name: '200 OK', value: 200 },
					{ name: '201 Created', value: 201 },
					{ name: '204 No Content', value: 204 },
				],
				description: 'The 成功状态码 chosen in Hose for this outbound message',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Allowed IPs',
						name: 'allowedIps',
						type: 'string',
						default: '',
						placeholder: '203.0.113.10, 198.51.100.0/24',
						description: 'Only calls from these addresses (IPv4/IPv6, IPv4 CIDR) start the workflow; empty = any',
					},
					{
						displayName: 'Drop EBot Echoes',
						name: 'dropEbotEchoes',
						type: 'boolean',
						default: true,
						description:
							'Whether to drop a second EBot message for the same document and node within the window. Hose re-sends the EBot message when the flow is updated while it waits at the node — a workflow that updates the document would otherwise loop.',
					},
					{
						displayName: 'De-Duplication Window (Seconds)',
						name: 'windowSeconds',
						type: 'number',
						default: 600,
						typeOptions: { minValue: 1 },
						description: "How long a delivery (and an EBot node) is remembered, to drop Hose's retries (up to 3) and EBot echoes",
					},
					{
						displayName: 'Trust X-Forwarded-For',
						name: 'trustForwardedFor',
						type: 'boolean',
						default: false,
						description: 'Whether to take the caller IP from X-Forwarded-For (only behind your own reverse proxy)',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			// Hose has no subscription API: the URL is configured in Hose's console.
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const res = this.getResponseObject();
		const status = Number(this.getNodeParameter('successStatus', 204)) || 204;
		const refuse = (code: number, message: string): IWebhookResponseData => {
			res.status(code).json({ message });
			return { noWebhookResponse: true };
		};
		const answer = () => (status === 204 ? res.status(204).end() : res.status(status).json({ received: true }));

		const req = this.getRequestObject() as unknown as { ip?: string; socket?: { remoteAddress?: string }; rawBody?: Buffer };
		const headers = this.getHeaderData() as IDataObject;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const verification = this.getNodeParameter('verification', 'pathSecret') as string;

		if (verification !== 'token') {
			const secret = String(this.getNodeParameter('pathSecret', ''));
			if (!PATH_SECRET.test(secret)) return refuse(500, 'Path Secret must be 16 or more letters, digits, - or _');
			const path = String((req as { path?: string }).path ?? '').split('?')[0];
			const last = path.slice(path.lastIndexOf('/') + 1);
			let given = '';
			try {
				given = decodeURIComponent(last);
			} catch {
				given = '';
			}
			if (!secretMatches(given, secret)) return refuse(404, 'not found');
		}
		if (verification !== 'pathSecret') {
			const name = String(this.getNodeParameter('fieldName', 'X-Hose-Token'));
			const given = this.getNodeParameter('deliveredIn', 'header') === 'query' ? (this.getQueryData() as IDataObject)[name] : header(headers, name);
			if (!secretMatches(given, String(this.getNodeParameter('token', '')))) return refuse(401, 'invalid token');
		}
		const allowList = String(options.allowedIps ?? '').trim();
		if (allowList) {
			const { entries, invalid } = parseAllowList(allowList);
			if (invalid.length) return refuse(500, `Allowed IPs has invalid entries: ${invalid.join(', ')}`);
			const forwarded = options.trustForwardedFor ? header(headers, 'x-forwarded-for').split(',')[0].trim() : '';
			const ip = forwarded || req.ip || req.socket?.remoteAddress || '';
			if (!ip || !ipAllowed(ip, entries)) return refuse(403, 'caller IP not allowed');
		}

		const raw = req.rawBody ? req.rawBody.toString('utf8') : JSON.stringify(this.getBodyData() ?? {});
		let message: IDataObject;
		try {
			const parsed: unknown = raw ? JSON.parse(raw) : {};
			if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return refuse(400, 'body must be a JSON object');
			message = parsed as IDataObject;
		} catch {
			return refuse(400, 'body is not JSON');
		}

		const now = Date.now();
		const windowMs = Math.max(1, Number(options.windowSeconds ?? 600)) * 1000;
		const staticData = this.getWorkflowStaticData('node');
		const event = eventOf(message);
		const events = (this.getNodeParameter('events', []) as string[]) ?? [];
		// Every accepted call is answered with the success status so that Hose does not retry it.
		answer();
		const node = this.getNode();
		const scope = `${this.getWorkflow().id ?? ''}:${node.id ?? node.name}`;
		if (deliveredBefore(scope, staticData, deliveryKey(message, raw), now, windowMs)) return { noWebhookResponse: true };
		if (events.length && !events.includes(event)) return { noWebhookResponse: true };
		if (event === 'ebot' && options.dropEbotEchoes !== false && deliveredBefore(scope, staticData, ebotKey(message), now, windowMs)) {
			return { noWebhookResponse: true };
		}
		return {
			noWebhookResponse: true,
			workflowData: [this.helpers.returnJsonArray([messageItem(message, event, new Date(now))])],
		};
	}
}
