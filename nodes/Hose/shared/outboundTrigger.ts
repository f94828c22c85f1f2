/**
 * Hose's pieces of the trigger pipeline. Hose signs nothing a receiver could verify (hose.md): the caller is
 * trusted by a secret URL path segment and/or a shared token (header or query), optionally AND an IP
 * allow-list. Hose retries a delivery up to 3 times and re-sends an EBot message when the flow is updated at
 * the node: both are redeliveries (claimed through `claimDelivery`), answered with the configured success
 * status without a second run.
 */
import type { IDataObject } from 'n8n-workflow';
import { callerChecks, parseJsonObject, refusal } from '../../common/trigger';
import type { CallerCheck, TriggerContext, TriggerSpec } from '../../common/trigger';
import { deliveryKey, ebotKey, eventOf, messageItem } from './inbound';

/** The Path Secret becomes a URL segment: letters, digits, - and _ only, at least 16 of them. */
const PATH_SECRET = /^[A-Za-z0-9_-]{16,}$/;

const param = (ctx: TriggerContext, name: string, fallback: string): string =>
	String(ctx.fn.getNodeParameter(name, fallback) ?? fallback);

function hoseCallerChecks(ctx: TriggerContext): CallerCheck[] {
	const verification = param(ctx, 'verification', 'pathSecret');
	const checks: CallerCheck[] = [];
	if (verification !== 'token') {
		const misconfiguredMessage = 'Path Secret must be 16 or more letters, digits, - or _';
		const options = { format: PATH_SECRET, status: 404, message: 'not found', misconfiguredStatus: 500, misconfiguredMessage };
		checks.push(callerChecks.pathSecret(param(ctx, 'pathSecret', ''), options));
	}
	if (verification !== 'pathSecret') {
		const name = param(ctx, 'fieldName', 'X-Hose-Token');
		const where = param(ctx, 'deliveredIn', 'header') === 'query' ? { query: name } : { header: name };
		checks.push(callerChecks.token(param(ctx, 'token', ''), where, { format: null, message: 'invalid token', misconfiguredMessage: 'invalid token' }));
	}
	const allowList = String(ctx.options.allowedIps ?? '').trim();
	if (allowList) {
		checks.push(
			callerChecks.ipAllowList(allowList, {
				trustForwardedFor: ctx.options.trustForwardedFor === true,
				status: 403,
				message: () => 'caller IP not allowed',
				invalidStatus: 500,
				invalidMessage: (invalid) => `Allowed IPs has invalid entries: ${invalid.join(', ')}`,
			}),
		);
	}
	return checks;
}

/** At least one of these identifies an outbound message (flow, event, EBot node, delivery). */
const IDENTIFYING_FIELDS = ['action', 'flowId', 'nodeId', 'messageId'];

const successStatus = (ctx: TriggerContext): number => Number(ctx.fn.getNodeParameter('successStatus', 204)) || 204;

export const hoseOutboundTrigger: TriggerSpec<Record<string, never>, IDataObject> = {
	// Every accepted call — also a dropped event, a retry or an echo — gets the success status, so Hose does not retry it.
	accepted: (ctx) => (successStatus(ctx) === 204 ? { status: 204 } : { status: successStatus(ctx), body: { received: true } }),
	refused: (message, status) => ({ status, body: { message } }),
	unwrap: () => ({}),
	callerChecks: hoseCallerChecks,
	// hose.md: Hose POSTs each message as JSON with the fields chosen in its config; an empty body is none. A
	// message names its flow, event or delivery: a JSON object with none of them (e.g. `{}`) is not one either.
	parse: (text) => {
		if (text.trim() === '') return refusal('body is empty: Hose posts each outbound message as a JSON object', 400);
		const message = parseJsonObject(text);
		if ('refuse' in message) return message;
		return IDENTIFYING_FIELDS.some((f) => message[f] !== undefined && message[f] !== null && message[f] !== '')
			? message
			: refusal(`not a Hose outbound message: none of ${IDENTIFYING_FIELDS.join(', ')}`, 400);
	},
	filter(message, ctx) {
		const events = (ctx.fn.getNodeParameter('events', []) as string[]) ?? [];
		return events.length && !events.includes(eventOf(message)) ? 'ignore' : 'emit';
	},
	redelivery: {
		// A retry repeats the delivery (messageId or the same bytes); an EBot echo repeats document + node.
		key: (message, ctx) => [
			deliveryKey(message, ctx.call.text),
			...(eventOf(message) === 'ebot' && ctx.options.dropEbotEchoes !== false ? [ebotKey(message)] : []),
		],
		ttlMs: (ctx) => Math.max(1, Number(ctx.options.windowSeconds ?? 600)) * 1000,
	},
	item: (message, ctx) => messageItem(message, eventOf(message), ctx.call.receivedAt),
};
