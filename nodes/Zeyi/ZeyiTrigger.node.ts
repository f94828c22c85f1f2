import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookDescription,
	IWebhookFunctions,
	IWebhookResponseData,
	WebhookType,
} from 'n8n-workflow';
import { verifyZeyiSign, zeyiCryptoOptions, zeyiDecryptPayload, zeyiSignDataOf } from '../../credentials/signing/zeyi';
import { isFresh, safeEqual, seenBefore } from '../common/webhook';
import {
	ZEYI_ACCEPTED,
	ZEYI_EVENTS,
	ciphertextOf,
	eventInfo,
	eventItem,
	parseZeyiJson,
	zeyiRefusal,
} from './shared/inbound';
import type { ZeyiEvent } from './shared/inbound';

const ALL_EVENTS = ZEYI_EVENTS.map((e) => e.value);

/**
 * One webhook per Zeyi event. Zeyi is given one base URL and appends its own paths, so each webhook's
 * path is Zeyi's path below this node's webhook id: `<n8n>/webhook/<id>/vehicleRepair/repair`, … The base
 * URL to give Zeyi is therefore `<n8n>/webhook/<id>`.
 */
const webhooks: IWebhookDescription[] = ZEYI_EVENTS.map((event) => ({
	// Webhook names double as event names; n8n treats them as plain strings.
	name: event.value as unknown as WebhookType,
	httpMethod: 'POST',
	path: event.path,
	responseMode: '={{$parameter["respond"]}}',
	ndvHideUrl: `={{!($parameter["events"] || []).includes("${event.value}")}}`,
}));

/** Zeyi has no registration API: the base URL is configured on Zeyi's side. Stubs for every webhook. */
const stubs = {
	async checkExists(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async create(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async delete(this: IHookFunctions): Promise<boolean> {
		return true;
	},
};

const header = (headers: IDataObject, name: string): string => {
	const value = headers[name.toLowerCase()];
	return Array.isArray(value) ? String(value[0] ?? '') : value === undefined || value === null ? '' : String(value);
};

export class ZeyiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zeyi Trigger',
		name: 'zeyiTrigger',
		icon: { light: 'file:zeyi.svg', dark: 'file:zeyi.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description: 'Starts the workflow when Zeyi (则一) sends a repair or maintenance request, an audit result, a void or confirmed prices',
		defaults: { name: 'Zeyi Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'zeyiApi', required: true }],
		webhooks,
		properties: [
			{
				displayName:
					'Zeyi takes one base URL and appends its own paths. Give Zeyi the Production URL above without its Zeyi path: e.g. for https://n8n.example.com/webhook/1a2b…/vehicleRepair/repair give https://n8n.example.com/webhook/1a2b…. Calls are checked with the App Key and App Secret of the credential.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['repair', 'maintain', 'audit', 'delete', 'confirmPrice'],
				options: ZEYI_EVENTS.map(({ name, value, description }) => ({ name, value, description })),
				description: "Zeyi calls that start the workflow. Calls for other events are answered with Zeyi's failure envelope.",
			},
			{
				displayName: 'Respond',
				name: 'respond',
				type: 'options',
				default: 'onReceived',
				options: [
					{
						name: 'Immediately',
						value: 'onReceived',
						description: 'Answer {"success":true,"businessException":false} as soon as the call is verified',
					},
					{
						name: "Using 'Respond to Webhook' Node",
						value: 'responseNode',
						description: 'Answer after the workflow decides (accept, or refuse with a message)',
					},
				],
			},
			{
				displayName:
					'Add a Respond to Webhook node answering JSON: {"success":true,"businessException":false} to accept, or {"success":false,"businessException":true,"errorCode":"200","message":"…"} to refuse.',
				name: 'respondNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { respond: ['responseNode'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Encrypted Payloads',
						name: 'encryption',
						type: 'options',
						default: 'auto',
						options: [
							{ name: 'Decrypt When Encrypted', value: 'auto', description: 'Plain JSON passes; an encrypted body is decrypted' },
							{ name: 'Require Encryption', value: 'required', description: 'Refuse calls whose body is not encrypted' },
							{ name: 'Never Decrypt', value: 'off', description: 'Bodies must be plain JSON' },
						],
						description: "AES settings (AES IV, Encryption Mode) come from the credential; the key is the App Secret",
					},
					{
						displayName: 'Max Age (Seconds)',
						name: 'maxAgeSeconds',
						type: 'number',
						default: 300,
						typeOptions: { minValue: 1 },
						description: 'Refuse calls whose timestamp header is further than this from now. Nonces are remembered for twice this window.',
					},
				],
			},
		],
	};

	webhookMethods = Object.fromEntries(
		ZEYI_EVENTS.map((event) => [event.value, stubs]),
	) as unknown as INodeType['webhookMethods'];

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const res = this.getResponseObject();
		const refuse = (status: number, message: string): IWebhookResponseData => {
			res.status(status).json(zeyiRefusal(message));
			return { noWebhookResponse: true };
		};

		const event = this.getWebhookName() as string as ZeyiEvent;
		const info = eventInfo(event);
		const events = (this.getNodeParameter('events', ALL_EVENTS) as string[]) ?? [];
		if (!info || !events.includes(event)) return refuse(404, `event not enabled: /${info?.path ?? event}`);

		const headers = this.getHeaderData() as IDataObject;
		const rawBody = (this.getRequestObject() as unknown as { rawBody?: Buffer }).rawBody;
		const raw = rawBody ? rawBody.toString('utf8') : JSON.stringify(this.getBodyData() ?? {});
		const credentials = await this.getCredentials('zeyiApi');
		const options = this.getNodeParameter('options', {}) as IDataObject;

		const appKey = header(headers, 'appKey');
		const timestamp = header(headers, 'timestamp');
		const nonce = header(headers, 'nonce');
		const sign = header(headers, 'sign');
		const expectedKey = String(credentials.appKey ?? '');
		const appSecret = String(credentials.appSecret ?? '');
		if (!expectedKey || !appSecret) return refuse(401, 'receiver has no appKey/appSecret configured');
		if (!appKey || !safeEqual(appKey, expectedKey)) return refuse(401, 'unknown appKey');
		let signData: 'body' | 'none';
		try {
			signData = zeyiSignDataOf(credentials);
		} catch {
			signData = 'body';
		}
		if (!verifyZeyiSign({ appKey, appSecret, timestamp, nonce, sign, body: raw, signData })) {
			return refuse(401, 'sign verification failed');
		}
		const now = Date.now();
		const windowMs = Math.max(1, Number(options.maxAgeSeconds ?? 300)) * 1000;
		if (!/^\d{13}$/.test(timestamp) || !isFresh(Number(timestamp), now, windowMs)) {
			return refuse(401, 'stale or missing timestamp');
		}
		if (seenBefore(this.getWorkflowStaticData('node'), `${timestamp}:${nonce}`, now, windowMs)) {
			return refuse(401, 'nonce already used (replay)');
		}

		let text = raw;
		const encryption = String(options.encryption ?? 'auto');
		const ciphertext = encryption === 'off' ? undefined : ciphertextOf(raw);
		if (ciphertext !== undefined) {
			try {
				text = zeyiDecryptPayload(ciphertext, { ...zeyiCryptoOptions(credentials), timestamp, nonce });
			} catch {
				return refuse(400, 'payload could not be decrypted with the configured AES settings');
			}
		} else if (encryption === 'required') {
			return refuse(400, 'payload must be encrypted');
		}
		let payload: unknown;
		try {
			payload = parseZeyiJson(text);
		} catch {
			return refuse(400, 'body is not valid JSON');
		}
		if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return refuse(400, 'body must be a JSON object');

		const workflowData = [this.helpers.returnJsonArray([eventItem(event, payload, new Date(now))])];
		if (this.getNodeParameter('respond', 'onReceived') === 'responseNode') {
			// The Respond to Webhook node answers Zeyi once the workflow has decided.
			return { workflowData };
		}
		res.status(200).json(ZEYI_ACCEPTED);
		return { noWebhookResponse: true, workflowData };
	}
}
