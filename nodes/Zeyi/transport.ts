import type { IDataObject } from 'n8n-workflow';
import { ZEYI_ENCRYPT_HEADER } from '../../credentials/signing/zeyi';
import { envelopeError, envelopeProfile, notTheEnvelope } from '../common/envelope';
import { createTransport } from '../common/transport';
import type { RequestContext, VendorProfile } from '../common/types';

/** Zeyi's envelope: `{ success, businessException, errorCode, message, result }`. */
export interface ZeyiEnvelope<T = unknown> {
	success?: boolean;
	businessException?: boolean;
	errorCode?: string | number | null;
	message?: string | null;
	result?: T;
	[key: string]: unknown;
}

export const ZEYI_HINTS: Record<string, string> = {
	'200':
		'Zeyi refused the request as a business error (errorCode 200); its message says why (e.g. an unknown maintenance code, a missing field, or an order that is already settled or paid).',
	'500': 'Zeyi reported a system error (errorCode 500). Try again later; if it persists, contact Zeyi with the time of the call.',
	'401': 'Zeyi refused the access token even after logging in again. Check Username and Password in the credential.',
	'403': "Zeyi refused the call. Check that the n8n server's egress IP is on Zeyi's IP whitelist and that the App Key is right.",
	'404': 'Zeyi does not know this path. Check the Base URL (or Environment) in the credential.',
};

export const zeyiProfile: VendorProfile = envelopeProfile({
	vendor: 'Zeyi',
	credentialType: 'zeyiApi',
	// Zeyi: "当调用业务API时,如果返回状态码为401,则说明accessToken不正确或已过期" — log in again.
	expiredStatus: 401,
	fields: { code: 'errorCode', message: 'message' },
	judge(answer) {
		const code = answer.code || undefined;
		if (answer.retryable) return { code: answer.status, message: answer.message ?? answer.http, retryable: true };
		if (answer.failed) return { code: code ?? answer.status, message: answer.message ?? answer.http };
		// Cut off or garbled: retried like a 5xx (what Zeyi did is unknown; its pushes are idempotent by code).
		const envelope = answer.envelope as ZeyiEnvelope | undefined;
		if (!envelope) return notTheEnvelope('Zeyi', 'its JSON envelope');
		if (envelope.success !== true || envelope.businessException === true) {
			return { code: code ?? (envelope.businessException ? '200' : 'unknown'), message: answer.message ?? 'request refused' };
		}
		return undefined;
	},
	hints: ZEYI_HINTS,
});

const transport = createTransport(zeyiProfile);

export interface ZeyiCall {
	/** Path below the base URL, e.g. `/vehicle-service-api/maintenance/repairConfirm`. */
	path: string;
	/** The exact JSON text to send (and sign): serialise once with `stringifyExact`. */
	body: string;
	itemIndex: number;
	/** Zeyi failure codes answered instead of thrown. */
	accept?: string[];
	/** Send the body AES-encrypted: the credential's `authenticate` encrypts, wraps and signs it. */
	encrypt?: boolean;
	/** Called before every send (first attempt and each retry). */
	onSend?: (attempt: number) => void;
}

/** One Zeyi business call (always POST JSON); answers the whole envelope. */
export async function zeyiRequest<T = unknown>(this: RequestContext, call: ZeyiCall): Promise<ZeyiEnvelope<T>> {
	return (await transport.call(this, {
		method: 'POST',
		path: call.path,
		body: call.body,
		headers: { 'Content-Type': 'application/json', ...(call.encrypt ? { [ZEYI_ENCRYPT_HEADER]: 'true' } : {}) },
		itemIndex: call.itemIndex,
		accept: call.accept,
		onSend: call.onSend,
	})) as ZeyiEnvelope<T>;
}

/** The NodeApiError a Zeyi refusal means, for failures an operation accepted and then decided to raise. */
export function zeyiError(context: RequestContext, envelope: ZeyiEnvelope, itemIndex?: number) {
	return envelopeError(context, zeyiProfile, envelope, { itemIndex });
}

/** What an operation returns for Zeyi's plain success envelope. */
export function successItem(envelope: ZeyiEnvelope, extra: IDataObject): IDataObject {
	return {
		success: envelope.success === true,
		...extra,
		...(envelope.result !== undefined && envelope.result !== null ? { result: envelope.result as IDataObject } : {}),
	};
}
