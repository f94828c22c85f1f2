import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { safeEqual, seenBefore } from '../../common/webhook';

/**
 * Hose outbound messages (出站消息) and EBot calls. Hose signs nothing that a receiver could verify (hose.md),
 * so the trigger protects itself: a secret in the URL path and/or a shared token, an optional IP allow-list.
 */

/** 通知类出站消息类别 (the `action` field of approval-event messages), from Hose's 配置出站消息 page. */
export const HOSE_EVENTS: Array<{ name: string; value: string }> = [
	{ name: 'Approval Passed, Travel (审批通过 freeflow.ticketReserve)', value: 'freeflow.ticketReserve' },
	{ name: 'Carbon Copy (抄送 freeflow.carbonCopy)', value: 'freeflow.carbonCopy' },
	{ name: 'Comment (评论 freeflow.comment)', value: 'freeflow.comment' },
	{ name: 'EBot Node Reached (EBot)', value: 'ebot' },
	{ name: 'Mentioned (被@ freeflow.mention)', value: 'freeflow.mention' },
	{ name: 'Paid / Approved (已支付/审批完成 flow.paid)', value: 'flow.paid' },
	{ name: 'Pending Approval (待审批 backlog.approving)', value: 'backlog.approving' },
	{ name: 'Pending Payment (待支付 backlog.paying)', value: 'backlog.paying' },
	{ name: 'Pending Receipt (待收单 backlog.receiving)', value: 'backlog.receiving' },
	{ name: 'Pending Sending (待寄送 backlog.sending)', value: 'backlog.sending' },
	{ name: 'Print Reminder (打印提醒 freeflow.print)', value: 'freeflow.print' },
	{ name: 'Rejected (被驳回 flow.rejected)', value: 'flow.rejected' },
	{ name: 'Reminder (催办 freeflow.remind)', value: 'freeflow.remind' },
	{ name: 'Timeout Reminder (超时提醒 timeout.remind)', value: 'timeout.remind' },
	{ name: 'Urgent Approval (加急审批 urgent.remind)', value: 'urgent.remind' },
];

/**
 * The event of a message: its `action`, or `ebot` for an EBot call. Hose documents `action` only for
 * notification messages; an EBot message is recognised by `action: "freeflow.ebot"` or, without an action,
 * by carrying `signKey` and `nodeId` [assumption].
 */
export function eventOf(message: IDataObject): string {
	const action = typeof message.action === 'string' ? message.action : '';
	if (action === 'freeflow.ebot' || (!action && message.signKey && message.nodeId)) return 'ebot';
	return action || 'unknown';
}

/** The secret (path segment or token) matches: constant-time, never matching an empty configured secret. */
export function secretMatches(given: unknown, expected: string): boolean {
	return expected !== '' && typeof given === 'string' && given !== '' && safeEqual(given, expected);
}

function ipv4(text: string): number | undefined {
	const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
	if (!m) return undefined;
	const parts = m.slice(1).map(Number);
	if (parts.some((p) => p > 255)) return undefined;
	return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

/** `::ffff:1.2.3.4` (IPv4 mapped into IPv6, as Node reports it) → `1.2.3.4`. */
export const normaliseIp = (ip: string): string => ip.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();

/** The allow-list entries (IPs or IPv4 CIDR ranges, comma/space/newline separated); invalid ones named. */
export function parseAllowList(text: string): { entries: string[]; invalid: string[] } {
	const entries = text.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);
	const invalid = entries.filter((e) => {
		const [ip, bits] = e.split('/');
		if (bits !== undefined) return ipv4(ip) === undefined || !/^\d{1,2}$/.test(bits) || Number(bits) > 32;
		return ipv4(ip) === undefined && !/^[0-9a-f:]+$/i.test(ip);
	});
	return { entries, invalid };
}

/** Whether `ip` is in the allow-list (exact IPv4/IPv6 or IPv4 CIDR). */
export function ipAllowed(ip: string, entries: string[]): boolean {
	const address = normaliseIp(ip);
	const v4 = ipv4(address);
	return entries.some((entry) => {
		const [base, bits] = entry.split('/');
		if (bits === undefined) return normaliseIp(base) === address;
		const net = ipv4(base);
		const size = /^\d{1,2}$/.test(bits) ? Number(bits) : -1;
		if (net === undefined || v4 === undefined || size < 0 || size > 32) return false;
		const mask = size === 0 ? 0 : (~0 << (32 - size)) >>> 0;
		return (net & mask) === (v4 & mask);
	});
}

/** A retried delivery repeats the same bytes: its id is `messageId` when Hose sends one, else the body's hash. */
export function deliveryKey(message: IDataObject, raw: string): string {
	if (typeof message.messageId === 'string' && message.messageId) return `msg:${message.messageId}`;
	return `body:${createHash('sha256').update(raw).digest('hex')}`;
}

/** An EBot call is identified by its document and node: a second call for both is an echo. */
export const ebotKey = (message: IDataObject): string => `ebot:${String(message.flowId ?? '')}:${String(message.nodeId ?? '')}`;

/** The output item: the message as Hose sent it, plus the event and when n8n received it. */
export function messageItem(message: IDataObject, event: string, receivedAt: Date): IDataObject {
	return { event, isEbot: event === 'ebot', receivedAt: receivedAt.toISOString(), ...message };
}

/**
 * Remembered deliveries, per workflow node, in this process. n8n persists a webhook's static data only after
 * the call, so a retry arriving while the first run is still going would not see it there: the process
 * memory answers at once (check and set in one synchronous step); the static data carries it across restarts.
 */
const recent = new Map<string, number>();
const RECENT_LIMIT = 20000;

export function deliveredBefore(scope: string, staticData: IDataObject, key: string, nowMs: number, windowMs: number): boolean {
	const id = `${scope}\u0000${key}`;
	const at = recent.get(id);
	if (at !== undefined && nowMs - at <= windowMs) return true;
	recent.set(id, nowMs);
	// Oldest first (insertion order) once the memory is full.
	if (recent.size > RECENT_LIMIT) for (const k of [...recent.keys()].slice(0, RECENT_LIMIT / 2)) recent.delete(k);
	return seenBefore(staticData, key, nowMs, windowMs);
}
