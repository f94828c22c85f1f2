import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';
import type { VendorFailure, VendorProfile } from './types';
import { redactCredentials as redact } from '../../credentials/signing/common';

/**
 * The credential data to redact with: one, or several — the token a request actually sent and the one read
 * after a refresh differ, and an error may quote either.
 */
export type Redaction = Record<string, unknown> | Array<Record<string, unknown> | undefined>;

function redactAll(text: string, credentials: Redaction | undefined): string {
	const list = Array.isArray(credentials) ? credentials : [credentials];
	return list.reduce<string>((out, c) => (c ? redact(out, c) : out), text);
}

/** A vendor answer with every string redacted (a refusal an operation takes over may quote a secret). */
export function redactAnswer(value: unknown, credentials: Redaction): unknown {
	if (typeof value === 'string') return redactAll(value, credentials);
	if (Array.isArray(value)) return value.map((v) => redactAnswer(v, credentials));
	if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactAnswer(v, credentials)]));
	}
	return value;
}

/** A vendor refusal as a NodeApiError: the vendor's code and message, a hint, the request id. */
export function vendorApiError(
	node: INode,
	profile: VendorProfile,
	failure: VendorFailure,
	options: { httpCode?: number; itemIndex?: number; credentials?: Redaction },
): NodeApiError {
	const hint = profile.hints?.[failure.code];
	const description = [
		hint,
		failure.detail,
		failure.requestId ? `Request ID: ${failure.requestId}` : undefined,
	]
		.filter(Boolean)
		.join('\n');
	const clean = (text: string) => redactAll(text, options.credentials);
	const response: JsonObject = {
		code: failure.code,
		message: clean(failure.message),
		...(failure.requestId ? { requestId: failure.requestId } : {}),
	};
	return new NodeApiError(node, response, {
		message: clean(`${profile.vendor} error ${failure.code}: ${failure.message}`),
		description: clean(description) || undefined,
		httpCode: options.httpCode !== undefined ? String(options.httpCode) : undefined,
		itemIndex: options.itemIndex,
	});
}

/**
 * What a network error code means, in words (a switch, not an object: a code such as "toString" is no reason,
 * and each answer is decided per call).
 */
function networkReason(code: string | undefined): string {
	switch (code) {
		case 'ECONNREFUSED':
			return 'connection refused';
		case 'ENOTFOUND':
			return 'host not found';
		case 'EAI_AGAIN':
			return 'DNS lookup failed';
		case 'ETIMEDOUT':
		case 'ESOCKETTIMEDOUT':
		case 'ECONNABORTED':
			return 'timed out';
		case 'ECONNRESET':
		case 'EPIPE':
			return 'connection closed by the server';
		default:
			return 'no answer';
	}
}

/** A request that never got an answer (DNS, refused, timeout) — without the URL's query or headers. */
export function transportError(
	node: INode,
	profile: VendorProfile,
	error: Error & { code?: string },
	options: { itemIndex?: number; credentials?: Redaction },
): NodeApiError {
	const reason = networkReason(error.code);
	// The raw code stays out of the message: NodeApiError would swap such a message for a generic one.
	return new NodeApiError(
		node,
		{ reason: error.code ?? 'NETWORK' },
		{
			message: `Could not reach ${profile.vendor} (${reason})`,
			description: redactAll(
				`Network error ${error.code ?? error.message}. Check the Base URL in the credential, that this n8n server can reach it, and that its IP is on the vendor's whitelist.`,
				options.credentials,
			),
			itemIndex: options.itemIndex,
		},
	);
}

/** Bad user input, raised before any request is sent. Names the field and the item. */
export function inputError(node: INode, field: string, problem: string, itemIndex: number, hint?: string) {
	return new NodeOperationError(node, `${field} ${problem} [item ${itemIndex}]`, {
		itemIndex,
		description: hint,
	});
}
