/**
 * The one trigger pipeline. A vendor's trigger passes its pieces (a TriggerSpec) and gets, in n8n's own
 * order: read raw body → unwrap → handshake → verify (caller, timestamp, replay) → decode → parse → ping →
 * filter → redelivery → emit. Every refusal answers in the vendor's envelope and starts no execution.
 */
import type { ICredentialDataDecryptedObject, IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { isFresh } from '../webhook';
import { claimDelivery } from './deliveries';
import { checkCaller } from './inboundAuth';
import type { InboundAuth, InboundAuthSettings } from './inboundAuth';
import { readCall } from './request';
import type { Answer, Refusal, TriggerContext, TriggerSpec } from './types';

export const isRefusal = (value: unknown): value is Refusal =>
	Boolean(value) && typeof value === 'object' && typeof (value as Refusal).refuse === 'string';

/** A refusal (HTTP 401 unless said otherwise). */
export const refusal = (message: string, status = 401): Refusal => ({ refuse: message, status });

const DAY_MS = 24 * 3600 * 1000;

function send(fn: IWebhookFunctions, answer: Answer): IWebhookResponseData {
	const res = fn.getResponseObject();
	res.status(answer.status);
	if (answer.body === undefined) res.end();
	else if (typeof answer.body === 'string') res.send(answer.body);
	else res.json(answer.body);
	return { noWebhookResponse: true };
}

function authSettings(fn: IWebhookFunctions, spec: TriggerSpec<unknown, unknown>): InboundAuthSettings {
	const param = (name: string, fallback: string) => String(fn.getNodeParameter(name, fallback) ?? fallback);
	return {
		mode: param('inboundAuth', spec.verifySignature ? 'signature' : 'pathSecret') as InboundAuth,
		secret: param('inboundSecret', ''),
		secretHeader: param('headerName', ''),
		ipAllowList: param('ipAllowList', ''),
	};
}

/** Caller, timestamp and replay checks: the refusal message, or undefined when the call may go on. */
async function verify<E>(spec: TriggerSpec<E, unknown>, ctx: TriggerContext, envelope: E, settings: InboundAuthSettings) {
	if (settings.mode === 'signature') {
		const wrong = spec.verifySignature ? spec.verifySignature(ctx, envelope) : 'this trigger has no vendor signature';
		if (wrong) return wrong;
	} else {
		const wrong = checkCaller(ctx.call, settings);
		if (wrong) return wrong;
	}
	const now = ctx.call.receivedAt.getTime();
	const maxAgeSeconds = Number(ctx.options.maxAgeSeconds ?? spec.maxAgeSeconds ?? 300);
	const windowMs = maxAgeSeconds > 0 ? maxAgeSeconds * 1000 : DAY_MS;
	if (spec.timestamp && maxAgeSeconds > 0) {
		const at = spec.timestamp.of(ctx, envelope);
		if (at === undefined ? spec.timestamp.required(ctx) : !isFresh(at, now, windowMs)) return 'stale or missing timestamp';
	}
	const id = spec.deliveryId?.(ctx, envelope);
	if (id && !(await claimDelivery(ctx.fn, 'delivery', id, now, 2 * windowMs))) {
		return spec.replayMessage ?? 'already received (replay)';
	}
	return undefined;
}

/** Runs a trigger's webhook() through the pipeline with the vendor's pieces. */
export async function runTrigger<E, P>(this: IWebhookFunctions, spec: TriggerSpec<E, P>): Promise<IWebhookResponseData> {
	const settings = authSettings(this, spec as TriggerSpec<unknown, unknown>);
	const ctx: TriggerContext = {
		fn: this,
		call: await readCall(this),
		credentials: spec.credentialType ? await this.getCredentials<ICredentialDataDecryptedObject>(spec.credentialType) : undefined,
		options: this.getNodeParameter('options', {}) as IDataObject,
		auth: settings.mode,
	};
	const refuse = (r: Refusal) => send(this, spec.refused(r.refuse, r.status ?? 401));

	const envelope = spec.unwrap(ctx);
	if (isRefusal(envelope)) return refuse(envelope);
	const handshake = spec.handshake?.(ctx, envelope);
	if (handshake) return send(this, handshake);
	const wrong = await verify(spec, ctx, envelope, settings);
	if (wrong) return refuse(refusal(wrong));

	const text = spec.decode ? spec.decode(ctx, envelope) : ctx.call.text;
	if (isRefusal(text)) return refuse(text);
	const payload = spec.parse(text, ctx, envelope);
	if (isRefusal(payload)) return refuse(payload);
	if (spec.isPing?.(payload, ctx, envelope)) return send(this, spec.accepted(ctx));
	const verdict = spec.filter ? spec.filter(payload, ctx, envelope) : 'emit';
	if (isRefusal(verdict)) return refuse(verdict);
	if (verdict === 'ignore') return send(this, spec.accepted(ctx));
	const key = spec.redelivery?.key(payload, ctx, envelope);
	if (key && !(await claimDelivery(this, 'redelivery', key, ctx.call.receivedAt.getTime(), spec.redelivery!.ttlMs(ctx)))) {
		return send(this, spec.accepted(ctx));
	}

	const workflowData = [this.helpers.returnJsonArray(spec.item(payload, ctx, envelope))];
	if (spec.respondWithNode?.(ctx)) return { workflowData };
	send(this, spec.accepted(ctx));
	return { noWebhookResponse: true, workflowData };
}
