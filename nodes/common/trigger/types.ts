import type { ICredentialDataDecryptedObject, IDataObject, IWebhookFunctions } from 'n8n-workflow';
import type { CallerCheck, InboundAuth } from './inboundAuth';

/** One inbound HTTP call, as received: the exact bytes and what the vendor's checks need. */
export interface InboundCall {
	/** The body bytes exactly as received (what vendors sign). */
	raw: Buffer;
	/** `raw` as UTF-8 text. */
	text: string;
	contentType: string;
	/** First value of a header, '' when absent (case-insensitive). */
	header(name: string): string;
	/** The request path (`/webhook/<id>/…`, no query). */
	path: string;
	query: IDataObject;
	/** The caller's address as n8n sees it (`req.ip`). */
	ip: string;
	/** The webhook that was called (the trigger's `webhooks[].name`). */
	webhookName: string;
	receivedAt: Date;
}

/** An HTTP answer: `body` undefined answers without a body (e.g. 204). */
export interface Answer {
	status: number;
	body?: IDataObject | string;
}

/** Ends the call without an execution: HTTP `status` (default 401) with the vendor's refusal envelope. */
export interface Refusal {
	refuse: string;
	status?: number;
}

/** What every stage of a trigger's spec is given. */
export interface TriggerContext {
	fn: IWebhookFunctions;
	call: InboundCall;
	/** The trigger's credential (undefined when the spec names none). */
	credentials: ICredentialDataDecryptedObject | undefined;
	/** The node's `options` collection. */
	options: IDataObject;
	/** The Inbound Verification chosen on the node ('custom' when the spec has `callerChecks`). */
	auth: InboundAuth;
}

/** 'emit' starts the workflow; 'ignore' answers the accepted envelope without a run; a Refusal refuses. */
export type FilterVerdict = 'emit' | 'ignore' | Refusal;

/**
 * A vendor's pieces of the trigger pipeline (`runTrigger`). `E` is the envelope the vendor's checks read (the
 * sign fields, ids and timestamp), `P` the parsed payload.
 */
export interface TriggerSpec<E, P> {
	/** The credential to load (signature keys, decryption); omit when the trigger needs none. */
	credentialType?: string;
	/** The vendor's success answer. */
	accepted(ctx: TriggerContext): Answer;
	/** The vendor's failure envelope for a refusal. */
	refused(message: string, status: number): Answer;
	/** Pulls the envelope out of the call (headers, or the posted form/JSON fields). */
	unwrap(ctx: TriggerContext): E | Refusal;
	/** A vendor's URL-verification or challenge request: answered before anything else, never a run. */
	handshake?(ctx: TriggerContext, envelope: E): Answer | undefined;
	/**
	 * The vendor's signature check, used when Inbound Verification is "signature": undefined when valid, else a
	 * refusal message (HTTP 401) or a Refusal with its own status (e.g. 403).
	 */
	verifySignature?(ctx: TriggerContext, envelope: E): string | Refusal | undefined;
	/**
	 * The trigger's own caller checks, replacing the shared Inbound Verification parameter block (for triggers
	 * with their own parameters, e.g. path secret AND token in the query AND an IP allow-list). Build them with
	 * `callerChecks.pathSecret / token / ipAllowList` or write one; all must pass, the first refusal is answered.
	 * `ctx.auth` is 'custom' for such a spec.
	 */
	callerChecks?(ctx: TriggerContext): CallerCheck[];
	/** The call's timestamp. Both stale and far-future timestamps are refused (window: option `maxAgeSeconds`). */
	timestamp?: {
		/** Milliseconds since the epoch; undefined when the call carries none, NaN when it is malformed. */
		of(ctx: TriggerContext, envelope: E): number | undefined;
		/** Whether a call without a timestamp is refused. */
		required(ctx: TriggerContext): boolean;
	};
	/** Default of the `maxAgeSeconds` option (0 disables the timestamp check). */
	maxAgeSeconds?: number;
	/** The delivery's unique id (nonce, notification id): a repeat within twice the window is refused. */
	deliveryId?(ctx: TriggerContext, envelope: E): string | undefined;
	/** Refusal message of a replay. */
	replayMessage?: string;
	/** Decrypts or unwraps the body text (default: the raw text). */
	decode?(ctx: TriggerContext, envelope: E): string | Refusal;
	/** Parses the decoded text; a Refusal (usually 400) for bad input. */
	parse(text: string, ctx: TriggerContext, envelope: E): P | Refusal;
	/** A vendor's test ping: answered as accepted, no run. */
	isPing?(payload: P, ctx: TriggerContext, envelope: E): boolean;
	/** Which calls start the workflow (event selection, recipient checks). */
	filter?(payload: P, ctx: TriggerContext, envelope: E): FilterVerdict;
	/**
	 * A business key of the content (e.g. event + record code + payload hash): a vendor's redelivery of the
	 * same content within `ttlMs` is answered (`answer`, default `accepted`) and starts no second run.
	 * Several keys (e.g. delivery id, then an echo key) are claimed in order; the first repeat is a redelivery.
	 */
	redelivery?: {
		key(payload: P, ctx: TriggerContext, envelope: E): string | string[] | undefined;
		ttlMs(ctx: TriggerContext): number;
		/** The answer to a redelivery (default: the accepted answer), e.g. an acknowledgement flagged duplicate. */
		answer?(ctx: TriggerContext): Answer;
		/**
		 * Claim before the filter instead of after it: a call the filter ignores is remembered too, and
		 * `afterClaim` runs for it.
		 */
		beforeFilter?: boolean;
	};
	/**
	 * Runs (awaited) once the call is known to be new: right after the redelivery claim (before the filter
	 * with `redelivery.beforeFilter`, else after it), before the answer and the run — e.g. hand the result to a
	 * waiting execution. A throw ends the call as n8n's error.
	 */
	afterClaim?(payload: P, ctx: TriggerContext, envelope: E): Promise<void> | void;
	/** The output item(s) of an accepted call. */
	item(payload: P, ctx: TriggerContext, envelope: E): IDataObject | IDataObject[];
	/** True to leave the answer to a Respond to Webhook node. */
	respondWithNode?(ctx: TriggerContext): boolean;
}
