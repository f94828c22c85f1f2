/**
 * The Zhenling Trigger's pieces of the shared trigger pipeline (`runTrigger`). Zhenling signs nothing
 * (zhenling-platform.txt): the caller is trusted by the secret webhook URL, or a shared token (the
 * `X-Zhenling-Token` header or `?token=`), AND optionally its IP address. A redelivered result is answered
 * `duplicate: true` and starts nothing — claimed before the API / status filter, so a filtered result is
 * remembered too.
 */
import type { CallerCheck, TriggerSpec } from '../../common/trigger';
import { callerChecks, refusal } from '../../common/trigger';
import { ZHENLING_ACK, deliveryKey, parseResult, zhenlingRefusal } from './inbound';
import type { ZhenlingResult } from './inbound';

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export const zhenlingResultsTrigger: TriggerSpec<undefined, ZhenlingResult> = {
	accepted: () => ({ status: 200, body: ZHENLING_ACK }),
	refused: (message, status) => ({ status, body: zhenlingRefusal(String(status), message) }),
	unwrap: () => undefined,
	callerChecks(ctx) {
		const checks: CallerCheck[] = [];
		if (ctx.fn.getNodeParameter('authentication', 'secretUrl') === 'token') {
			const token = text(ctx.fn.getNodeParameter('sharedToken', ''));
			checks.push(callerChecks.token(token, { header: 'x-zhenling-token', query: 'token' }, { format: null, message: 'missing or wrong token', misconfiguredMessage: 'missing or wrong token' }));
		}
		const list = text(ctx.options.ipAllowList).trim();
		if (list) {
			const trustForwardedFor = ctx.options.trustForwardedFor === true;
			checks.push(callerChecks.ipAllowList(list, { status: 403, invalidStatus: 403, trustForwardedFor, message: (ip) => `caller ${ip} is not allowed` }));
		}
		return checks;
	},
	// Zhenling's results carry no timestamp or delivery id: redeliveries are recognised by content below.
	maxAgeSeconds: 0,
	parse(body, ctx) {
		let json: unknown;
		try {
			json = JSON.parse(body);
		} catch {
			return refusal('body is not valid JSON', 400);
		}
		return parseResult(json, text(ctx.call.query.api)) ?? refusal('not a Zhenling result: code and sourceCode expected', 400);
	},
	redelivery: {
		key: (result, ctx) => deliveryKey(result, ctx.call.raw),
		ttlMs: (ctx) => Math.max(1, Number(ctx.options.dedupHours ?? 24) || 24) * 3600e3,
		answer: () => ({ status: 200, body: { ...ZHENLING_ACK, duplicate: true } }),
		beforeFilter: true,
	},
	filter(result, ctx) {
		const apis = (ctx.fn.getNodeParameter('apis', []) as string[]) ?? [];
		const status = ctx.fn.getNodeParameter('status', 'all') as string;
		const wanted = (!apis.length || apis.includes(result.api)) && (status === 'all' || (status === 'success') === result.success);
		return wanted ? 'emit' : 'ignore';
	},
	item: (result, ctx) => ({ ...result, receivedAt: ctx.call.receivedAt.toISOString() }),
};
