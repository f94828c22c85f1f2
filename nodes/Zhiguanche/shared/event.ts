/**
 * ZhiGuanChe events (docs/vendors/zhiguanche.md "Event subscription"): `{eventId, eventType, occurredAt, data}`
 * signed with the subscription's secret in `X-Zgc-Timestamp` / `X-Zgc-Nonce` / `X-Zgc-Signature`. The same
 * verification and normalisation serve the trigger (web subscription) and Parse Event (message queues).
 */
import type { IDataObject } from 'n8n-workflow';
import { ZHIGUANCHE_EVENT_HEADERS, ZHIGUANCHE_WINDOW_MS, verifyZhiguancheEvent } from '../../../credentials/signing/zhiguanche';
import { toChinaIso } from '../../common/dates';
import { eventOption } from '../../common/fields';

export const EVENT_TYPES = [
	eventOption('Geofence Breach (越界报警)', 'alert.geofence', 'alert.geofence: a vehicle crossed its geofence'),
	eventOption('Speeding (超速报警)', 'alert.speeding', 'alert.speeding: a vehicle drove over its speed limit'),
	eventOption('Expense Created (费用录入)', 'expense.created', 'expense.created: a vehicle expense (fuel, toll, parking …) was recorded'),
	eventOption('Maintenance Due (保养到期)', 'maintenance.due', 'maintenance.due: a vehicle is due for maintenance'),
	eventOption('Request Approved (申请通过)', 'request.approved', 'request.approved: a vehicle request was approved'),
	eventOption('Request Cancelled (申请取消)', 'request.cancelled', 'request.cancelled: a vehicle request was cancelled'),
	eventOption('Request Rejected (申请驳回)', 'request.rejected', 'request.rejected: a vehicle request was rejected'),
	eventOption('Trip Completed (行程结束)', 'trip.completed', 'trip.completed: a trip ended'),
	eventOption('Vehicle Dispatched (已派车)', 'vehicle.dispatched', 'vehicle.dispatched: a vehicle and driver were assigned to a request'),
	eventOption('Vehicle Returned (已还车)', 'vehicle.returned', 'vehicle.returned: a vehicle was returned after its trip'),
];

export type Refusal = 'missing' | 'signature' | 'stale' | 'replay' | 'malformed';

export const REFUSAL_TEXT: Record<Refusal, string> = {
	missing: `the ${ZHIGUANCHE_EVENT_HEADERS.timestamp}, ${ZHIGUANCHE_EVENT_HEADERS.nonce} or ${ZHIGUANCHE_EVENT_HEADERS.signature} header is missing`,
	signature: 'the signature does not match (wrong secret, or the body was changed)',
	stale: 'the timestamp is outside ±5 minutes',
	replay: 'this delivery (nonce or event ID) was seen before',
	malformed: 'the body is not a ZhiGuanChe event {eventId, eventType, occurredAt, data}',
};

export interface EventHeaders {
	timestamp?: string;
	nonce?: string;
	signature?: string;
}

/** Reads the three signature headers from any header map (case-insensitive; arrays take their first value). */
export function eventHeaders(headers: Record<string, unknown> | undefined): EventHeaders {
	const lower = new Map(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
	const get = (name: string) => {
		const value = lower.get(name.toLowerCase());
		const first = Array.isArray(value) ? value[0] : value;
		if (first === undefined || first === null) return undefined;
		return Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
	};
	return {
		timestamp: get(ZHIGUANCHE_EVENT_HEADERS.timestamp),
		nonce: get(ZHIGUANCHE_EVENT_HEADERS.nonce),
		signature: get(ZHIGUANCHE_EVENT_HEADERS.signature),
	};
}

export interface ZgcEvent {
	eventId: string;
	eventType: string;
	occurredAt: number;
	data: IDataObject;
}

/** Parses the raw body into an event, or undefined when it is not one. */
export function parseEvent(rawBody: string | Buffer): ZgcEvent | undefined {
	let value: unknown;
	try {
		value = JSON.parse(Buffer.isBuffer(rawBody) ? rawBody.toString('utf8') : rawBody);
	} catch {
		return undefined;
	}
	const e = value as Partial<ZgcEvent> | null;
	if (!e || typeof e !== 'object' || typeof e.eventId !== 'string' || typeof e.eventType !== 'string' || !e.eventId) return undefined;
	const data = e.data && typeof e.data === 'object' && !Array.isArray(e.data) ? e.data : {};
	return { eventId: e.eventId, eventType: e.eventType, occurredAt: Number(e.occurredAt), data };
}

/** The output item of an event: its fields, with `occurredAt` also as ISO 8601 in China time. */
export function normaliseEvent(event: ZgcEvent): IDataObject {
	return {
		eventId: event.eventId,
		eventType: event.eventType,
		occurredAt: event.occurredAt,
		...(Number.isFinite(event.occurredAt) ? { occurredAtIso: toChinaIso(new Date(event.occurredAt)) } : {}),
		data: event.data,
	};
}

/** The signature and ±5 minute checks of one delivery: the refusal, or undefined when both pass. */
export function signatureRefusal(input: { secret: string; headers: EventHeaders; rawBody: string | Buffer; nowMs: number }): Refusal | undefined {
	const check = verifyZhiguancheEvent({ secret: input.secret, ...input.headers, rawBody: input.rawBody, nowMs: input.nowMs });
	return check.ok ? undefined : check.reason;
}

/** Replay memory keys of a delivery: its nonce and its event ID (a redelivered event carries a new nonce). */
export const nonceKey = (headers: EventHeaders): string => `nonce:${headers.nonce ?? ''}`;
export const eventKey = (event: ZgcEvent): string => `event:${event.eventId}`;

/** How long a nonce or event ID is remembered: twice the timestamp window (older calls are refused as stale). */
export const REPLAY_TTL_MS = 2 * ZHIGUANCHE_WINDOW_MS;
