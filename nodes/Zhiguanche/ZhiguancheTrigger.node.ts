import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { eventsProperty, runTrigger, setupNotice } from '../common/trigger';
import { EVENT_TYPES } from './shared/event';
import { selectedEvents, zhiguancheEventTrigger } from './shared/eventTrigger';
import { subscribe, subscriptionExists, unsubscribe } from './shared/subscription';

export class ZhiguancheTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ZhiGuanChe Trigger',
		name: 'zhiguancheTrigger',
		icon: { light: 'file:zhiguanche.svg', dark: 'file:zhiguanche.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description: 'Starts the workflow on ZhiGuanChe (智管车) events: vehicle returned, request approved, maintenance due, speeding, geofence …',
		defaults: { name: 'ZhiGuanChe Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'zhiguancheApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'zhiguanche' }],
		properties: [
			setupNotice(
				'Activating the workflow registers this URL as a ZhiGuanChe event subscription (web event subscription, per the contract in docs/vendors/zhiguanche.md); deactivating removes it. Every delivery is checked with the subscription\'s own secret: signature, ±5 minute timestamp and replays.',
			),
			eventsProperty({
				required: true,
				default: ['vehicle.returned', 'request.approved'],
				options: EVENT_TYPES,
				description: 'The events ZhiGuanChe sends to this workflow; the subscription covers exactly these',
			}),
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await subscriptionExists(this, this.getNodeWebhookUrl('default') as string, selectedEvents(this));
			},
			async create(this: IHookFunctions): Promise<boolean> {
				await subscribe(this, this.getNodeWebhookUrl('default') as string, selectedEvents(this));
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				await unsubscribe(this, this.getNodeWebhookUrl('default') as string);
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await runTrigger.call(this, zhiguancheEventTrigger);
	}
}
