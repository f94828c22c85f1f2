import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { eventOption } from '../../common/fields';

/**
 * Hose outbound messages (出站消息) and EBot calls. Hose signs nothing that a receiver could verify (hose.md),
 * so the trigger protects itself: a secret in the URL path and/or a shared token, an optional IP allow-list
 * (`outboundTrigger.ts`, on the shared trigger pipeline).
 */

/** 通知类出站消息类别 (the `action` field of approval-event messages), from Hose's 配置出站消息 page. */
export const HOSE_EVENTS = [
	eventOption('Approval Passed, Travel (审批通过)', 'freeflow.ticketReserve', 'freeflow.ticketReserve: a travel requisition was approved and tickets can be booked'),
	eventOption('Carbon Copy (抄送)', 'freeflow.carbonCopy', 'freeflow.carbonCopy: someone was copied on a document'),
	eventOption('Comment (评论)', 'freeflow.comment', 'freeflow.comment: a comment was added to a document'),
	eventOption('EBot Node Reached (EBot 节点到达)', 'ebot', 'ebot: a document reached an EBot node and waits for your answer (freeflow.ebot)'),
	eventOption('Mentioned (被@)', 'freeflow.mention', 'freeflow.mention: someone was @-mentioned on a document'),
	eventOption('Paid / Approved (已支付/审批完成)', 'flow.paid', 'flow.paid: a document was paid, or its approval completed'),
	eventOption('Pending Approval (待审批)', 'backlog.approving', 'backlog.approving: a document waits for approval'),
	eventOption('Pending Payment (待支付)', 'backlog.paying', 'backlog.paying: a document waits for payment'),
	eventOption('Pending Receipt (待收单)', 'backlog.receiving', 'backlog.receiving: a document’s paper receipts wait to be received'),
	eventOption('Pending Mailing (待寄送)', 'backlog.sending', 'backlog.sending: a document’s paper receipts wait to be mailed'),
	eventOption('Print Reminder (打印提醒)', 'freeflow.print', 'freeflow.print: a reminder to print a document'),
	eventOption('Rejected (被驳回)', 'flow.rejected', 'flow.rejected: a document was rejected'),
	eventOption('Reminder (催办)', 'freeflow.remind', 'freeflow.remind: an approver was reminded (催办)'),
	eventOption('Timeout Reminder (超时提醒)', 'timeout.remind', 'timeout.remind: a document waited longer than its approval time limit'),
	eventOption('Urgent Approval (加急审批)', 'urgent.remind', 'urgent.remind: an urgent approval was requested'),
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
