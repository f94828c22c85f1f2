import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import {
	allowedIpsOption,
	eventsProperty,
	noRegistration,
	runTrigger,
	setupNotice,
	triggerOptions,
	trustForwardedForOption,
} from '../common/trigger';
import { HOSE_EVENTS } from './shared/inbound';
import { hoseOutboundTrigger } from './shared/outboundTrigger';

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
			setupNotice(
				'In Hose: 系统设置 → 出站消息 → 新建 — paste the Production URL above as 调用Url (it ends with your Path Secret), pick the events, and choose the success status code you set below. Hose signs nothing, so keep the secret private.',
			),
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
			eventsProperty({
				default: [],
				options: HOSE_EVENTS,
				description: 'Messages that start the workflow; empty = all. Other messages are answered with the success status and dropped.',
			}),
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
			triggerOptions([
				allowedIpsOption({
					displayName: 'Allowed IPs',
					name: 'allowedIps',
					placeholder: 'e.g. 203.0.113.10, 198.51.100.0/24',
					description: 'Only calls from these addresses (IPv4/IPv6, IPv4 CIDR) start the workflow; empty = any',
				}),
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
				trustForwardedForOption('Whether to take the caller IP from X-Forwarded-For (only behind your own reverse proxy)'),
			]),
		],
	};

	// Hose has no subscription API: the URL is configured in Hose's console.
	webhookMethods = { default: noRegistration };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await runTrigger.call(this, hoseOutboundTrigger);
	}
}
