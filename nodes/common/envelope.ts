/**
 * The transport profile of a vendor that answers with an HTTP status plus a JSON envelope carrying a code and a
 * message (Zeyi `errorCode`/`message`, ZhiGuanChe and Zhenling `code`/`message`, Hose `errorCode`/`errorMessage`).
 * The factory reads the envelope once and hands the vendor's `judge` a normalised view; the vendor keeps only
 * its own rules (which code means success, what a refusal in a 200 looks like).
 */
import type { IDataObject } from 'n8n-workflow';
import { vendorApiError } from './errors';
import type { RequestContext, VendorFailure, VendorProfile, VendorResponse } from './types';

/** One answer as the vendor's `judge` sees it. */
export interface EnvelopeAnswer {
	statusCode: number;
	/** The HTTP status as text (the failure code when the envelope has none). */
	status: string;
	/** `HTTP <status>`: the message when the envelope has none. */
	http: string;
	/** The body the envelope was read from. */
	body: unknown;
	/** The body when it is a JSON object (not an array, not bytes). */
	envelope?: IDataObject;
	/** The envelope's code field as text (absent or null: undefined; '' stays ''). */
	code?: string;
	/** The envelope's message field as text (absent or empty: undefined). */
	message?: string;
	/** HTTP 429 or 5xx. */
	retryable: boolean;
	/** HTTP 400 or above. */
	failed: boolean;
}

export interface EnvelopeProfileSpec extends Pick<VendorProfile, 'vendor' | 'credentialType' | 'hints' | 'decode' | 'renewal'> {
	/** The HTTP status meaning "token invalid or expired" (401, Hose 403). */
	expiredStatus: number;
	/** Names of the envelope's code and message fields. */
	fields: { code: string; message: string };
	/** The body to read the envelope from (default: the answer), e.g. the JSON a download answered instead of the file. */
	bodyOf?(response: VendorResponse, answer: unknown): unknown;
	/** The failure the answer carries, or undefined when it is a success. */
	judge(answer: EnvelopeAnswer, raw: unknown): VendorFailure | undefined;
}

export function asObject(body: unknown): IDataObject | undefined {
	return body && typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body) ? (body as IDataObject) : undefined;
}

function text(value: unknown): string | undefined {
	return value === undefined || value === null ? undefined : String(value);
}

/** The failure of an answer that is cut off or garbled: retried like a 5xx (nothing says whether it was done). */
export function notTheEnvelope(vendor: string, what: string): VendorFailure {
	return { code: 'unexpected', message: `${vendor} answered something that is not ${what}`, retryable: true };
}

export function envelopeAnswer(spec: EnvelopeProfileSpec, response: VendorResponse, answer: unknown): EnvelopeAnswer {
	const body = spec.bodyOf ? spec.bodyOf(response, answer) : answer;
	const envelope = asObject(body);
	const { statusCode } = response;
	return {
		statusCode,
		status: String(statusCode),
		http: `HTTP ${statusCode}`,
		body,
		envelope,
		code: text(envelope?.[spec.fields.code]),
		message: envelope?.[spec.fields.message] ? String(envelope[spec.fields.message]) : undefined,
		retryable: statusCode === 429 || statusCode >= 500,
		failed: statusCode >= 400,
	};
}

/** A `VendorProfile` for an HTTP-status-plus-envelope vendor. */
export function envelopeProfile(spec: EnvelopeProfileSpec): VendorProfile {
	return {
		vendor: spec.vendor,
		credentialType: spec.credentialType,
		isTokenExpired: (response: VendorResponse) => response.statusCode === spec.expiredStatus,
		failure: (response: VendorResponse, answer: unknown) => spec.judge(envelopeAnswer(spec, response, answer), answer),
		...(spec.hints ? { hints: spec.hints } : {}),
		...(spec.decode ? { decode: spec.decode } : {}),
		...(spec.renewal ? { renewal: spec.renewal } : {}),
	};
}

/**
 * The NodeApiError an envelope means, for refusals an operation accepted (`accept`) and then decided to raise
 * after all; an envelope the profile finds no failure in is reported as `unknown: unexpected answer`.
 */
export function envelopeError(
	context: RequestContext,
	profile: VendorProfile,
	envelope: unknown,
	options: { itemIndex?: number; httpCode?: number } = {},
) {
	const httpCode = options.httpCode ?? 200;
	const failure = profile.failure({ statusCode: httpCode, headers: {}, body: envelope }, envelope) ?? {
		code: 'unknown',
		message: 'unexpected answer',
	};
	return vendorApiError(context.getNode(), profile, failure, { httpCode, itemIndex: options.itemIndex });
}
