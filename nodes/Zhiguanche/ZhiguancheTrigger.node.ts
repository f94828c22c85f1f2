import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { EVENT_TYPES, REFUSAL_TEXT, eventHeaders, normaliseEvent, verifyDelivery } from './shared/event';
import { stored, subscribe, subscriptionExists, unsubscribe } from './shared/subscription';

const ALL = EVENT_TYPES.map((e) => e.value);

/** What ZhiGuanChe expects from a receiver that took the delivery (anything else is retried). */
const ACCEPTED = { code: 0, message: 'success' };

const selectedEvents = (context: IHookFunctions | IWebhookFunctions): string[] => {
	const events = (context.getNodeParameter('events', ALL) as string[]) ?? [];
	return events.length ? events : ALL;
};

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
			{
				displayName:
					'Activating the workflow registers this URL as a ZhiGuanChe event subscription (web event subscription, per the contract in docs/vendors/zhiguanche.md); deactivating removes it. Every delivery is checked with the subscription\'s own secret: signature, ±5 minute timestamp and replays.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['vehicle.returned', 'request.approved'],
				options: EVENT_TYPES,
				description: 'The events ZhiGuanChe sends to this workflow; the subscription covers exactly these',
			},
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
		const res = this.getResponseObject();
		const refuse = (status: number, message: string): IWebhookResponseData => {
			res.status(status).json({ code: status === 401 ? 40100 : 40001, message });
			return { noWebhookResponse: true };
		};
		const secret = String((this.getWorkflowStaticData('node') as ReturnType<typeof stored>).secret ?? '');
		if (!secret) return refuse(401, 'no active subscription: activate the workflow to register one');
		const rawBody = (this.getRequestObject() as unknown as { rawBody?: Buffer }).rawBody;
		if (!rawBody) return refuse(400, 'empty body');
		const verdict = verifyDelivery({
			secret,
			headers: eventHeaders(this.getHeaderData() as Record<string, unknown>),
			rawBody,
			nowMs: Date.now(),
			staticData: this.getWorkflowStaticData('node'),
			scope: `${String(this.getWorkflow().id)}:${this.getNode().name}`,
		});
		if (!verdict.ok) return refuse(verdict.reason === 'malformed' ? 400 : 401, REFUSAL_TEXT[verdict.reason]);
		res.status(200).json(ACCEPTED);
		// Events outside the selection are acknowledged (so ZhiGuanChe does not retry) and start nothing.
		if (!selectedEvents(this).includes(verdict.event.eventType)) return { noWebhookResponse: true };
		return { noWebhookResponse: true, workflowData: [this.helpers.returnJsonArray([normaliseEvent(verdict.event)])] };
	}
}
