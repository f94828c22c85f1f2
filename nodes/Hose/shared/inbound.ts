import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Hose outbound messages (出站消息) and EBot calls. Hose signs nothing that a receiver could verify (hose.md),
 * so the trigger protects itself: a secret in the URL path and/or a shared token, an optional IP allow-list
 * (`outboundTrigger.ts`, on the shared trigger pipeline).
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
