import type { IDataObject } from 'n8n-workflow';
import { toChinaIso } from '../../common/dates';
import { eventOption } from '../../common/fields';
import { parseJsonExact } from '../../common/decimal';

/** The notification types we know of (our documented assumption, see docs/vendors/didi.md). */
export const DIDI_EVENTS = [
	eventOption('Approval Status Changed (审批单状态变更)', 'approval.status_changed', 'approval.status_changed: an approval was approved, rejected, cancelled or changed'),
	eventOption('Member Changed (员工变更)', 'member.changed', 'member.changed: a member was added, changed or removed'),
	eventOption('Order Cancelled (订单取消)', 'order.cancelled', 'order.cancelled: a ride order was cancelled'),
	eventOption('Order Finished (订单完成)', 'order.finished', 'order.finished: a ride order was completed'),
];

/**
 * The flat parameters DiDi posted, as the strings it signed: JSON bodies keep numbers as their decimal
 * text exactly as sent (`1000.10` stays `1000.10`); form bodies are strings already. Nested objects (not
 * expected: `data` is a JSON string) are serialised.
 */
export function parseNotification(raw: string, contentType: string): Record<string, string> | undefined {
	const text = raw.trim();
	if (!text) return undefined;
	let params: Record<string, unknown>;
	if (/json/i.test(contentType) || (!/form/i.test(contentType) && text.startsWith('{'))) {
		try {
			const parsed = parseJsonExact(text, () => true);
			if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
			params = parsed as Record<string, unknown>;
		} catch {
			return undefined;
		}
	} else {
		params = Object.fromEntries(new URLSearchParams(text));
	}
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(params)) {
		if (value === undefined || value === null) continue;
		out[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
	return out;
}

/** The workflow item of a verified notification: `data` parsed, the event name, ISO times. */
export function notificationItem(params: Record<string, string>, receivedAt: Date): IDataObject {
	let data: unknown = params.data;
	if (typeof data === 'string' && data.trim()) {
		try {
			data = JSON.parse(data);
		} catch {
			// keep the text: DiDi's data is not always JSON
		}
	}
	const seconds = Number(params.timestamp);
	const { sign: _sign, data: _data, notify_type: notifyType, timestamp, ...rest } = params;
	void _sign;
	void _data;
	return {
		event: notifyType ?? '',
		...rest,
		timestamp: Number.isFinite(seconds) ? seconds : timestamp,
		notified_at: Number.isFinite(seconds) ? toChinaIso(new Date(seconds * 1000)) : undefined,
		received_at: toChinaIso(receivedAt),
		data: data === undefined ? {} : (data as IDataObject),
	};
}
