/**
 * ZhiGuanChe's pieces of the trigger pipeline: the subscription's secret from static data, HMAC over the raw
 * bytes with ±5 minutes (X-Zgc-* headers), the nonce as delivery id, the event ID as redelivery key, the event
 * selection, and ZhiGuanChe's `{code, message}` envelope.
 */
import type { IDataObject } from 'n8n-workflow';
import { refusal } from '../../common/trigger';
import type { TriggerContext, TriggerSpec } from '../../common/trigger';
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
} from './event';
import type { EventHeaders, ZgcEvent } from './event';

interface Envelope {
	secret: string;
	headers: EventHeaders;
}

const ALL = EVENT_TYPES.map((e) => e.value);

export const selectedEvents = (context: { getNodeParameter(name: string, fallback: unknown): unknown }): string[] => {
	const events = (context.getNodeParameter('events', ALL) as string[]) ?? [];
	return events.length ? events : ALL;
};

const secretOf = (ctx: TriggerContext): string =>
	String((ctx.fn.getWorkflowStaticData('node') as IDataObject).secret ?? '');

export const zhiguancheEventTrigger: TriggerSpec<Envelope, ZgcEvent> = {
	// What ZhiGuanChe expects from a receiver that took the delivery (anything else is retried).
	accepted: () => ({ status: 200, body: { code: 0, message: 'success' } }),
	refused: (message, status) => ({ status, body: { code: status === 401 ? 40100 : 40001, message } }),
	unwrap(ctx) {
		const secret = secretOf(ctx);
		if (!secret) return refusal('no active subscription: activate the workflow to register one');
		if (!ctx.call.raw.length) return refusal('empty body', 400);
		return { secret, headers: eventHeaders(ctx.fn.getHeaderData() as Record<string, unknown>) };
	},
	verifySignature(ctx, { secret, headers }) {
		const reason = signatureRefusal({ secret, headers, rawBody: ctx.call.raw, nowMs: ctx.call.receivedAt.getTime() });
		return reason ? REFUSAL_TEXT[reason] : undefined;
	},
	deliveryId: (_ctx, { headers }) => nonceKey(headers),
	replayMessage: REFUSAL_TEXT.replay,
	parse: (_text, ctx) => parseEvent(ctx.call.raw) ?? refusal(REFUSAL_TEXT.malformed, 400),
	// Events outside the selection are acknowledged (so ZhiGuanChe does not retry) and start nothing.
	filter: (event, ctx) => (selectedEvents(ctx.fn).includes(event.eventType) ? 'emit' : 'ignore'),
	// The same event ID with a new nonce is ZhiGuanChe's retry of a delivery we took: acknowledged, no second run.
	redelivery: { key: (event) => eventKey(event), ttlMs: () => REPLAY_TTL_MS },
	item: (event) => normaliseEvent(event),
};
