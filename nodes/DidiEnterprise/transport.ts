import type { IDataObject } from 'n8n-workflow';
import { envelopeError } from '../common/envelope';
import { Pacer } from '../common/pacing';
import { createTransport } from '../common/transport';
import type { RequestContext, RequestOptions, VendorFailure, VendorProfile, VendorResponse } from '../common/types';
import { decodeDidiResponse } from './shared/decode';
import { envelopeOfBytes } from './shared/download';

/** DiDi's envelope: `{ errno, errmsg, data, request_id }`, HTTP 200 even on most errors. */
export interface DidiEnvelope<T = unknown> {
	errno?: number | string;
	errmsg?: string;
	data?: T;
	request_id?: string;
	[key: string]: unknown;
}

const asEnvelope = (body: unknown): DidiEnvelope => {
	// A download's bytes may hold DiDi's JSON envelope (a refusal, token expiry).
	const bytes = envelopeOfBytes(body);
	if (bytes) return bytes as DidiEnvelope;
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as DidiEnvelope) : {};
};

/** errno as text; an answer without errno is treated as success when HTTP says so. */
const errnoOf = (body: unknown): string | undefined => {
	const errno = asEnvelope(body).errno;
	return errno === undefined || errno === null ? undefined : String(errno);
};

export const DIDI_HINTS: Record<string, string> = {
	'400': 'DiDi does not recognise the Client ID / Client Secret. Check them in the credential (DiDi console → 开放平台 → 应用管理).',
	'401': 'The access token was refused even after one refresh. Check that the credential belongs to this DiDi app.',
	'403': 'This DiDi app has no permission (scope) for this API. Ask your DiDi account manager to enable the API for the app.',
	'406': 'DiDi does not know this user (member) in the company.',
	'408': 'DiDi refused the timestamp (it must be Unix seconds and the n8n server clock must be correct).',
	'410': 'The access token was issued to another Client ID. Re-save the credential to fetch a new token.',
	'412': 'DiDi did not receive client_id and access_token. This usually means a wrong HTTP method or content type.',
	'10001': 'DiDi rejected a parameter or a business rule. The message names the problem.',
	'10002': "The n8n server's egress IP is not on the DiDi app's IP whitelist (DiDi console → 开放平台 → IP白名单). Self-hosted n8n with a fixed egress IP is required.",
	'10003': 'A parameter has the wrong format (travel_detail / business_trip_detail, dates, trip_times).',
	'19999': "DiDi could not verify the signature. Check the Sign Key and Sign Method (MD5 / SHA-256) in the credential; DiDi's params_sign_str (the string it signed) is shown below when it sent one.",
	'50202': 'The member already exists in DiDi.',
	'50503': 'The applicant is not in the company, or has no (approval) regulation, or the regulation is not assigned to the applicant.',
	'50506': 'This out_approval_id was already used for another approval. Use Approval → Update, or a new out_approval_id.',
};

/**
 * DiDi refusing a member write for coming too soon after the previous one ("同一公司。连续添加员工，需要间隔
 * 150ms"): refused before anything was written, so the same request may simply be sent again later. This
 * process paces its own writes (didiPacer); writes of other processes (n8n queue mode: several workers) it
 * cannot see, so their clashes are retried. DiDi's document gives no code for this refusal; 10001 is its
 * parameter / business-rule refusal, so only a 10001 whose message says 频繁 (too frequent) is retried.
 */
export const isTooFrequent = (errno: string, message: string): boolean =>
	errno === '10001' && message.includes('频繁');

/**
 * Retries of a "too frequent" refusal: up to 8, the first after 150–450 ms (random, so two processes that clashed
 * do not clash again on the same beat), each further one after twice as long: while two workers together write
 * faster than DiDi allows, the backoff lets the other's writes through.
 */
const tooFrequentRetry = (): Partial<VendorFailure> => ({
	retryable: true,
	retryLimit: 8,
	retryDelayMs: 150 + Math.floor(Math.random() * 300),
});

export const didiProfile: VendorProfile = {
	vendor: 'DiDi Enterprise',
	credentialType: 'didiEnterpriseApi',
	isTokenExpired(response: VendorResponse) {
		return response.statusCode === 401 || errnoOf(response.body) === '401';
	},
	decode(body: unknown, credentials: Record<string, unknown>) {
		return decodeDidiResponse(body, credentials);
	},
	failure(response: VendorResponse, body: unknown): VendorFailure | undefined {
		const envelope = asEnvelope(body);
		const errno = errnoOf(body);
		if (response.statusCode === 429 || response.statusCode >= 500) {
			return {
				code: errno && errno !== '0' ? errno : String(response.statusCode),
				message: envelope.errmsg ?? `HTTP ${response.statusCode}`,
				requestId: envelope.request_id,
				retryable: true,
			};
		}
		// Cut off or garbled JSON (n8n's helper leaves it a string): retried like a 5xx — a create without an
		// idempotency key is sent with retries: 0 and fails instead.
		if (typeof body === 'string' && body !== '' && response.statusCode < 400) {
			return { code: 'unexpected', message: 'DiDi answered something that is not JSON', retryable: true };
		}
		if (errno !== undefined && errno !== '0') {
			const data = envelope.data as IDataObject | undefined;
			const signString = data && typeof data === 'object' ? data.params_sign_str : undefined;
			const message = String(envelope.errmsg ?? 'unknown error');
			return {
				code: errno,
				message,
				requestId: envelope.request_id,
				detail: signString ? `DiDi signed: ${String(signString)}` : undefined,
				...(isTooFrequent(errno, message) ? tooFrequentRetry() : {}),
			};
		}
		if (response.statusCode >= 400) {
			return { code: String(response.statusCode), message: `HTTP ${response.statusCode}`, requestId: envelope.request_id };
		}
		return undefined;
	},
	hints: DIDI_HINTS,
};

/**
 * DiDi's pacing rules: member writes (add/edit/delete) at least 150 ms apart per company; budget-centre
 * adds never concurrent. Shared by every item and execution in this process.
 */
export const didiPacer = new Pacer({
	// DiDi measures the gap between arrivals: count it from the end of the previous write (a write may first
	// fetch a token inside its paced slot).
	memberWrite: { minIntervalMs: 150, concurrency: 1, intervalFrom: 'end' },
	budgetCenterAdd: { concurrency: 1 },
});

const transport = createTransport(didiProfile, didiPacer);

/** One DiDi call; answers the whole envelope (errno 0). */
export async function didiRequest<T = unknown>(
	this: RequestContext,
	options: RequestOptions,
): Promise<DidiEnvelope<T>> {
	return (await transport.call(this, options)) as DidiEnvelope<T>;
}

/** One DiDi call; answers `data`. */
export async function didiData(this: RequestContext, options: RequestOptions): Promise<IDataObject> {
	const envelope = await didiRequest.call(this, options);
	return envelope.data as IDataObject;
}

/** The NodeApiError DiDi's envelope means, for codes an operation accepted and then decided to refuse. */
export function didiError(context: RequestContext, envelope: DidiEnvelope, itemIndex?: number) {
	return envelopeError(context, didiProfile, envelope, { itemIndex });
}
