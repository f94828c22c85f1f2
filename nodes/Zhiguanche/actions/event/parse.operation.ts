import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties, IWebhookFunctions } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { claimDelivery } from '../../../common/trigger';
import { Validator } from '../../../common/validation';
import {
	EVENT_TYPES,
	REFUSAL_TEXT,
	REPLAY_TTL_MS,
	eventHeaders,
	eventKey,
	normaliseEvent,
	nonceKey,
	parseEvent,
	signatureRefusal,
	type EventHeaders,
	type Refusal,
	type ZgcEvent,
} from '../../shared/event';

const properties: INodeProperties[] = [
	{
		displayName:
			'Use after n8n\'s RabbitMQ or Kafka trigger: ZhiGuanChe publishes the same signed event as its web subscription. See docs/vendors/zhiguanche.md "Message queues".',
		name: 'mqNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		default: '={{ $json.content ?? $json.message }}',
		required: true,
		description: 'The event body exactly as received (text): RabbitMQ Trigger puts it in content, Kafka Trigger in message. Turn off their JSON parsing so the signed bytes stay intact.',
	},
	{
		displayName: 'Verify Signature',
		name: 'verify',
		type: 'boolean',
		default: true,
		description: 'Whether to check the HMAC signature, the ±5 minute timestamp window and replays before accepting the event',
	},
	{
		displayName: 'Headers',
		name: 'headers',
		type: 'json',
		default: '={{ $json.headers ?? $json.properties?.headers ?? {} }}',
		description: 'The message headers holding X-Zgc-Timestamp, X-Zgc-Nonce and X-Zgc-Signature (Kafka Trigger: enable Include Headers; RabbitMQ: properties.headers)',
		displayOptions: { show: { verify: [true] } },
	},
	{
		displayName: 'Signing Secret',
		name: 'secret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: 'The secret ZhiGuanChe issued with the message-queue subscription',
		displayOptions: { show: { verify: [true] } },
	},
	{
		displayName: 'Event Types',
		name: 'eventTypes',
		type: 'multiOptions',
		default: [],
		options: EVENT_TYPES,
		description: 'Only these events produce an output item; empty for all',
	},
];

export const description = showFor('event', 'parse', properties);

/**
 * The trigger pipeline's replay memory for a queued message: both the nonce and the event ID are claimed
 * (and recorded), a repeat of either is a replay. claimDelivery reads only the workflow, node, helpers and
 * static data, which an execute context offers as a webhook context does.
 */
async function verifyMessage(fn: IExecuteFunctions, secret: string, headers: EventHeaders, raw: string | Buffer): Promise<ZgcEvent | Refusal> {
	const nowMs = Date.now();
	const wrong = signatureRefusal({ secret, headers, rawBody: raw, nowMs });
	if (wrong) return wrong;
	const event = parseEvent(raw);
	if (!event) return 'malformed';
	const ctx = fn as unknown as IWebhookFunctions;
	const freshNonce = await claimDelivery(ctx, 'delivery', nonceKey(headers), nowMs, REPLAY_TTL_MS);
	const freshEvent = await claimDelivery(ctx, 'delivery', eventKey(event), nowMs, REPLAY_TTL_MS);
	return freshNonce && freshEvent ? event : 'replay';
}

/** Verifies (optionally) and normalises one event body received from a message queue. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const message = this.getNodeParameter('message', i, '') as unknown;
	if (message !== undefined && message !== null && typeof message === 'object' && !Buffer.isBuffer(message)) {
		v.fail('Message (message)', 'must be the raw message text, not parsed JSON', 'Turn off "JSON Parse Body" / "JSON Parse Message" in the trigger: the signature covers the exact bytes.');
	}
	const raw = Buffer.isBuffer(message) ? message : String(v.required('Message (message)', message as string));
	const wanted = this.getNodeParameter('eventTypes', i, []) as string[];
	let event: ZgcEvent;
	if (this.getNodeParameter('verify', i) as boolean) {
		const secret = v.required('Signing Secret (secret)', String(this.getNodeParameter('secret', i, '')));
		const headers = v.json<Record<string, unknown>>('Headers (headers)', this.getNodeParameter('headers', i, {})) ?? {};
		const verdict = await verifyMessage(this, secret, eventHeaders(headers), raw);
		if (typeof verdict === 'string') {
			throw new NodeOperationError(this.getNode(), `ZhiGuanChe event refused: ${REFUSAL_TEXT[verdict]} [item ${i}]`, {
				itemIndex: i,
				description: 'Nothing was processed. Check the Signing Secret and that the message headers are passed unchanged.',
			});
		}
		event = verdict;
	} else {
		event = parseEvent(raw) ?? v.fail('Message (message)', REFUSAL_TEXT.malformed);
	}
	if (wanted.length && !wanted.includes(event.eventType)) return [];
	return [{ ...normaliseEvent(event), verified: this.getNodeParameter('verify', i) as boolean }];
}
