/**
 * The one trigger pipeline. A vendor's trigger passes its pieces (a TriggerSpec) and gets, in n8n's own
 * order: read raw body → unwrap → handshake → verify (caller, timestamp, replay) → decode → parse → ping →
 * filter → redelivery + afterClaim (or both before the filter) → emit. Every refusal answers in the vendor's
 * envelope and starts no execution.
 */
import type { ICredentialDataDecryptedObject, IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { isFresh } from '../webhook';
import { claimDelivery } from './deliveries';
import { checksFor, firstRefusal } from './inboundAuth';
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

/** Who called: the spec's own caller checks, the vendor's signature, or the Inbound Verification choice. */
function checkCallerOf<E>(spec: TriggerSpec<E, unknown>, ctx: TriggerContext, envelope: E, settings: InboundAuthSettings) {
	if (spec.callerChecks) return firstRefusal(ctx.call, spec.callerChecks(ctx));
	if (settings.mode !== 'signature') return firstRefusal(ctx.call, checksFor(settings));
	const wrong = spec.verifySignature ? spec.verifySignature(ctx, envelope) : 'this trigger has no vendor signature';
	return typeof wrong === 'string' ? refusal(wrong) : wrong;
}

/** Caller, timestamp and replay checks: the refusal, or undefined when the call may go on. */
async function verify<E>(spec: TriggerSpec<E, unknown>, ctx: TriggerContext, envelope: E, settings: InboundAuthSettings) {
	const wrongCaller = checkCallerOf(spec, ctx, envelope, settings);
	if (wrongCaller) return wrongCaller;
	const now = ctx.call.receivedAt.getTime();
	const maxAgeSeconds = Number(ctx.options.maxAgeSeconds ?? spec.maxAgeSeconds ?? 300);
	const windowMs = maxAgeSeconds > 0 ? maxAgeSeconds * 1000 : DAY_MS;
	if (spec.timestamp && maxAgeSeconds > 0) {
		const at = spec.timestamp.of(ctx, envelope);
		if (at === undefined ? spec.timestamp.required(ctx) : !isFresh(at, now, windowMs)) return refusal('stale or missing timestamp');
	}
	const id = spec.deliveryId?.(ctx, envelope);
	if (id && !(await claimDelivery(ctx.fn, 'delivery', id, now, 2 * windowMs))) {
		return refusal(spec.replayMessage ?? 'already received (replay)');
	}
	return undefined;
}

/**
 * The redelivery stage: claims the content's key(s) and runs `afterClaim` for a new call. Returns the
 * redelivery answer, or undefined when the call is new.
 */
async function claimNew<E, P>(spec: TriggerSpec<E, P>, ctx: TriggerContext, payload: P, envelope: E) {
	const redelivery = spec.redelivery;
	const given = redelivery?.key(payload, ctx, envelope);
	for (const key of given === undefined ? [] : ([] as string[]).concat(given)) {
		if (key && !(await claimDelivery(ctx.fn, 'redelivery', key, ctx.call.receivedAt.getTime(), redelivery!.ttlMs(ctx)))) {
			return redelivery!.answer ? redelivery!.answer(ctx) : spec.accepted(ctx);
		}
	}
	await spec.afterClaim?.(payload, ctx, envelope);
	return undefined;
}

/** Parsed payload → ping / filter / redelivery: the answer that ends the call, or undefined to emit. */
async function select<E, P>(spec: TriggerSpec<E, P>, ctx: TriggerContext, payload: P, envelope: E): Promise<Answer | undefined> {
	if (spec.isPing?.(payload, ctx, envelope)) return spec.accepted(ctx);
	const early = spec.redelivery?.beforeFilter === true;
	const redelivered = early ? await claimNew(spec, ctx, payload, envelope) : undefined;
	if (redelivered) return redelivered;
	const verdict = spec.filter ? spec.filter(payload, ctx, envelope) : 'emit';
	if (isRefusal(verdict)) return spec.refused(verdict.refuse, verdict.status ?? 401);
	if (verdict === 'ignore') return spec.accepted(ctx);
	return early ? undefined : await claimNew(spec, ctx, payload, envelope);
}

/** Runs a trigger's webhook() through the pipeline with the vendor's pieces. */
export async function runTrigger<E, P>(this: IWebhookFunctions, spec: TriggerSpec<E, P>): Promise<IWebhookResponseData> {
	const settings = authSettings(this, spec as TriggerSpec<unknown, unknown>);
	const ctx: TriggerContext = {
		fn: this,
		call: await readCall(this),
		credentials: spec.credentialType ? await this.getCredentials<ICredentialDataDecryptedObject>(spec.credentialType) : undefined,
		options: this.getNodeParameter('options', {}) as IDataObject,
		auth: spec.callerChecks ? 'custom' : settings.mode,
	};
	const refuse = (r: Refusal) => send(this, spec.refused(r.refuse, r.status ?? 401));

	const envelope = spec.unwrap(ctx);
	if (isRefusal(envelope)) return refuse(envelope);
	const handshake = spec.handshake?.(ctx, envelope);
	if (handshake) return send(this, handshake);
	const wrong = await verify(spec, ctx, envelope, settings);
	if (wrong) return refuse(wrong);

	const text = spec.decode ? spec.decode(ctx, envelope) : ctx.call.text;
	if (isRefusal(text)) return refuse(text);
	const payload = spec.parse(text, ctx, envelope);
	if (isRefusal(payload)) return refuse(payload);
	const ended = await select(spec, ctx, payload, envelope);
	if (ended) return send(this, ended);

	const workflowData = [this.helpers.returnJsonArray(spec.item(payload, ctx, envelope))];
	if (spec.respondWithNode?.(ctx)) return { workflowData };
	send(this, spec.accepted(ctx));
	return { noWebhookResponse: true, workflowData };
}
