/**
 * DiDi's pieces of the trigger pipeline: flat notification fields (JSON or form), `sign` over them, Unix-second
 * `timestamp`, `notify_id` as the delivery id, `notify_type` as the event, DiDi's `errno` envelope.
 */
import type { IDataObject } from 'n8n-workflow';
import { refusal } from '../../common/trigger';
import type { TriggerContext, TriggerSpec } from '../../common/trigger';
import { notificationItem, parseNotification } from './notification';
import { isValidNotificationSign } from './verify';

type Params = Record<string, string>;

const selectedEvents = (ctx: TriggerContext): string[] => [
	...((ctx.fn.getNodeParameter('events', []) as string[]) ?? []),
	...String(ctx.options.otherEvents ?? '')
		.split(',')
		.map((e) => e.trim())
		.filter(Boolean),
];

const mismatch = (params: Params, ctx: TriggerContext): string | undefined => {
	for (const [field, credentialField] of [
		['client_id', 'clientId'],
		['company_id', 'companyId'],
	]) {
		const expected = ctx.credentials?.[credentialField];
		if (params[field] && expected && params[field] !== String(expected)) return `${field} does not match`;
	}
	return undefined;
};

export const didiNotificationTrigger: TriggerSpec<Params, Params> = {
	credentialType: 'didiEnterpriseApi',
	accepted: () => ({ status: 200, body: { errno: 0, errmsg: 'success' } }),
	refused: (errmsg, status) => ({ status, body: { errno: status, errmsg } }),
	unwrap: (ctx) => parseNotification(ctx.call.text, ctx.call.contentType) ?? refusal('invalid notification body'),
	verifySignature(ctx, params) {
		if (params.sign === undefined && ctx.options.requireSignature === false) return undefined;
		if (!params.sign) return 'missing sign';
		return isValidNotificationSign(params, ctx.credentials ?? {}) ? undefined : 'sign verification failed';
	},
	timestamp: {
		of: (_ctx, params) => (params.timestamp === undefined ? undefined : Number(params.timestamp) * 1000),
		required: () => true,
	},
	deliveryId: (_ctx, params) => params.notify_id || params.sign,
	replayMessage: 'notification already received (replay)',
	parse: (_text, _ctx, params) => params,
	filter(params, ctx) {
		const wrongRecipient = mismatch(params, ctx);
		if (wrongRecipient) return refusal(wrongRecipient);
		const events = selectedEvents(ctx);
		return events.length && !events.includes(params.notify_type ?? '') ? 'ignore' : 'emit';
	},
	item: (params, ctx): IDataObject => notificationItem(params, ctx.call.receivedAt),
};
