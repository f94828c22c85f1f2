import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	INodeType,
	INodeTypeDescription,
	IWebhookDescription,
	IWebhookFunctions,
	IWebhookResponseData,
	WebhookType,
} from 'n8n-workflow';
import {
	eventsProperty,
	inboundAuthProperties,
	maxAgeOption,
	noRegistration,
	redeliveryWindowOption,
	runTrigger,
	setupNotice,
	triggerOptions,
	webhookPathWithSecret,
} from '../common/trigger';
import { zeyiCallbackTrigger } from './shared/callbackTrigger';
import { eventOption } from '../common/fields';
import { ZEYI_EVENTS } from './shared/inbound';

/**
 * One webhook per Zeyi event. Zeyi is given one base URL and appends its own paths, so each webhook's
 * path is Zeyi's path below this node's webhook id: `<n8n>/webhook/<id>/vehicleRepair/repair`, … The base
 * URL to give Zeyi is therefore `<n8n>/webhook/<id>`.
 */
const webhooks: IWebhookDescription[] = ZEYI_EVENTS.map((event) => ({
	// Webhook names double as event names; n8n treats them as plain strings.
	name: event.value as unknown as WebhookType,
	httpMethod: 'POST',
	path: webhookPathWithSecret(event.path),
	responseMode: '={{$parameter["respond"]}}',
	ndvHideUrl: `={{!($parameter["events"] || []).includes("${event.value}")}}`,
}));

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
			setupNotice(
				'Zeyi takes one base URL and appends its own paths. Give Zeyi the Production URL above without its Zeyi path: e.g. for https://n8n.example.com/webhook/1a2b…/vehicleRepair/repair give https://n8n.example.com/webhook/1a2b…. With Shared Secret in Path the URLs above contain the secret: give Zeyi https://n8n.example.com/webhook/1a2b…/YOUR-SECRET.',
			),
			...inboundAuthProperties({
				signatureName: 'Zeyi Signature (签名)',
				signatureDescription: "appKey, timestamp, nonce and sign headers: md5(appKey + appSecret + timestamp + nonce + body) with the credential's App Key and App Secret",
				secretHeader: 'X-Zeyi-Token',
			}),
			eventsProperty({
				required: true,
				default: ['repair', 'maintain', 'audit', 'delete', 'confirmPrice'],
				options: ZEYI_EVENTS.map(({ name, value, description }) => eventOption(name, value, description)),
				description: "Zeyi calls that start the workflow. Calls for other events are answered with Zeyi's failure envelope.",
			}),
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
			triggerOptions([
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
					displayName: 'Ignore Redeliveries (忽略重复推送)',
					name: 'ignoreRedeliveries',
					type: 'boolean',
					default: false,
					description: 'Whether a call repeating an earlier one (same event, same code 维保单号, same content) within the redelivery window is answered with success without starting the workflow again',
				},
				maxAgeOption({
					minValue: 1,
					description: 'Refuse calls whose timestamp header is further than this from now (past or future). Nonces are remembered for twice this window.',
				}),
				redeliveryWindowOption({
					name: 'redeliveryWindowHours',
					description: 'With Ignore Redeliveries: how long a call is remembered',
				}),
			]),
		],
	};

	webhookMethods = Object.fromEntries(
		ZEYI_EVENTS.map((event) => [event.value, noRegistration]),
	) as unknown as INodeType['webhookMethods'];

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await runTrigger.call(this, zeyiCallbackTrigger);
	}
}
