import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import {
	eventsProperty,
	inboundAuthProperties,
	maxAgeOption,
	noRegistration,
	runTrigger,
	setupNotice,
	triggerOptions,
	webhookPathWithSecret,
} from '../common/trigger';
import { DIDI_EVENTS } from './shared/notification';
import { didiNotificationTrigger } from './shared/notificationTrigger';

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
				path: webhookPathWithSecret('didi'),
			},
		],
		properties: [
			setupNotice(
				'DiDi has no API to register callbacks: give the Production URL above to your DiDi account manager (or enter it in the DiDi console) as the notification URL. DiDi publishes no notification format: see Inbound Verification.',
			),
			...inboundAuthProperties({
				signatureName: 'DiDi Signature (签名)',
				signatureDescription: "The notification's sign over its posted fields, checked with the credential's Sign Key and Sign Method",
				secretHeader: 'X-Didi-Notify-Token',
			}),
			eventsProperty({
				default: [],
				options: DIDI_EVENTS,
				description: 'Notification types (notify_type) that start the workflow. Empty: all types. Others are acknowledged and ignored.',
			}),
			triggerOptions([
				maxAgeOption({
					minValue: 0,
					description: 'Refuse notifications whose timestamp is further than this from now (0 disables the check). Replays are remembered for twice this window.',
				}),
				{
					displayName: 'Other Event Names',
					name: 'otherEvents',
					type: 'string',
					default: '',
					placeholder: 'e.g. approval.created, order.refunded',
					description: 'Further notify_type values to accept, comma-separated',
				},
				{
					displayName: 'Require Signature',
					name: 'requireSignature',
					type: 'boolean',
					default: true,
					description: 'Whether to refuse notifications without a sign (Inbound Verification = DiDi Signature). When off, unsigned notifications are accepted, but a wrong sign is still refused.',
				},
			]),
		],
	};

	webhookMethods = { default: noRegistration };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await runTrigger.call(this, didiNotificationTrigger);
	}
}
