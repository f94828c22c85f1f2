import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { isFresh, seenBefore } from '../common/webhook';
import { DIDI_EVENTS, notificationItem, parseNotification } from './shared/notification';
import { isValidNotificationSign } from './shared/verify';

/** What DiDi expects back from a receiver that accepted a notification. */
const ACCEPTED = { errno: 0, errmsg: 'success' };

export class DidiEnterpriseTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'DiDi Enterprise Trigger',
		name: 'didiEnterpriseTrigger',
		icon: { light: 'file:didi.svg', dark: 'file:didi.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description: 'Starts the workflow when DiDi Enterprise (滴滴企业版) sends a notification',
		defaults: { name: 'DiDi Enterprise Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'didiEnterpriseApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'didi',
			},
		],
		properties: [
			{
				displayName:
					'DiDi has no API to register callbacks: give the Production URL above to your DiDi account manager (or enter it in the DiDi console) as the notification URL. Notifications are checked with the Sign Key of the credential.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				default: [],
				options: DIDI_EVENTS,
				description: 'Notification types (notify_type) that start the workflow. Empty: all types. Others are acknowledged and ignored.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Max Age (Seconds)',
						name: 'maxAgeSeconds',
						type: 'number',
						default: 300,
						typeOptions: { minValue: 0 },
						description: 'Refuse notifications whose timestamp is further than this from now (0 disables the check). Replays are remembered for twice this window.',
					},
					{
						displayName: 'Other Event Names',
						name: 'otherEvents',
						type: 'string',
						default: '',
						placeholder: 'approval.created, order.refunded',
						description: 'Further notify_type values to accept, comma-separated',
					},
					{
						displayName: 'Require Signature',
						name: 'requireSignature',
						type: 'boolean',
						default: true,
						description: 'Whether to refuse notifications without a valid sign. When off, unsigned notifications are accepted, but a wrong sign is still refused.',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			// DiDi has no subscription API: the URL is configured on DiDi's side (see the notice).
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
		const refuse = (errmsg: string): IWebhookResponseData => {
			res.status(401).json({ errno: 401, errmsg });
			return { noWebhookResponse: true };
		};
		const accept = (): void => {
			res.status(200).json(ACCEPTED);
		};

		const req = this.getRequestObject();
		const headers = this.getHeaderData() as IDataObject;
		const contentType = String(headers['content-type'] ?? '');
		const rawBody = (req as unknown as { rawBody?: Buffer }).rawBody;
		let raw = rawBody ? rawBody.toString('utf8') : '';
		if (!raw) {
			const body = this.getBodyData();
			raw = /form/i.test(contentType) ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body ?? {});
		}
		const params = parseNotification(raw, contentType);
		if (!params) return refuse('invalid notification body');

		const credentials = await this.getCredentials('didiEnterpriseApi');
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const requireSignature = options.requireSignature !== false;

		if (params.sign !== undefined || requireSignature) {
			if (!params.sign) return refuse('missing sign');
			if (!isValidNotificationSign(params, credentials)) return refuse('sign verification failed');
		}
		if (params.client_id && credentials.clientId && params.client_id !== String(credentials.clientId)) {
			return refuse('client_id does not match');
		}
		if (params.company_id && credentials.companyId && params.company_id !== String(credentials.companyId)) {
			return refuse('company_id does not match');
		}

		const now = Date.now();
		const maxAgeSeconds = Number(options.maxAgeSeconds ?? 300);
		const windowMs = maxAgeSeconds > 0 ? maxAgeSeconds * 1000 : 24 * 3600 * 1000;
		if (maxAgeSeconds > 0) {
			const seconds = Number(params.timestamp);
			if (!isFresh(seconds * 1000, now, windowMs)) return refuse('stale or missing timestamp');
		}
		const deliveryId = params.notify_id || params.sign;
		if (deliveryId && seenBefore(this.getWorkflowStaticData('node'), deliveryId, now, windowMs)) {
			return refuse('notification already received (replay)');
		}

		const event = params.notify_type ?? '';
		const events = [
			...((this.getNodeParameter('events', []) as string[]) ?? []),
			...String(options.otherEvents ?? '')
				.split(',')
				.map((e) => e.trim())
				.filter(Boolean),
		];
		accept();
		if (events.length && !events.includes(event)) return { noWebhookResponse: true };
		return {
			noWebhookResponse: true,
			workflowData: [this.helpers.returnJsonArray([notificationItem(params, new Date(now))])],
		};
	}
}
