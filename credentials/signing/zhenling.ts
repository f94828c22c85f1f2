/**
 * Zhenling (甄零) OAuth2 client-credentials token handling — pure functions, no n8n imports. Zhenling does
 * not publish its token endpoint or answer shape: the token URL is a credential setting, and both a plain
 * OAuth2 answer and one wrapped in `{code, message, data}` are accepted.
 */
import {
	CredentialFieldError,
	TokenRequestError,
	absoluteUrl,
	takeRequestUrl,
	normaliseBaseUrl,
	answerObject,
	redactCredentials,
	requireField,
	requireToken,
	text,
	type CredentialData,
} from './common';
import type { TokenFields } from './tokenBinding';

/** The fields the token request is made of: a token fetched with other values is not used (tokenBinding.ts). */
export const ZHENLING_TOKEN_FIELDS: TokenFields = ['baseUrl', 'tokenUrl', 'clientId', 'clientSecret', 'grantEncoding'];

/** Default token path below the base URL [A]. */
export const ZHENLING_DEFAULT_TOKEN_PATH = '/oauth/token';

export const zhenlingBaseUrl = (credentials: CredentialData): string =>
	normaliseBaseUrl(requireField(credentials, 'baseUrl', 'Base URL'), 'baseUrl', 'Base URL');

/** The token URL: an absolute `tokenUrl`, a path below the base URL, or the default path. */
export function zhenlingTokenUrl(credentials: CredentialData): string {
	const tokenUrl = text(credentials, 'tokenUrl') || ZHENLING_DEFAULT_TOKEN_PATH;
	if (/^https?:\/\//i.test(tokenUrl)) {
		normaliseTokenUrl(tokenUrl);
		return tokenUrl;
	}
	if (/^[a-z][a-z0-9+.-]*:/i.test(tokenUrl) || /\s/.test(tokenUrl)) {
		throw new CredentialFieldError('Token URL', 'tokenUrl', 'must be an http(s) URL or a path below the Base URL');
	}
	if (!tokenUrl.startsWith('/')) {
		throw new CredentialFieldError('Token URL', 'tokenUrl', 'must start with http://, https:// or / (a path below the Base URL)');
	}
	return `${zhenlingBaseUrl(credentials)}${tokenUrl}`;
}

function normaliseTokenUrl(value: string): void {
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		// not a URL: refused below
	}
	if (!url || !url.hostname) throw new CredentialFieldError('Token URL', 'tokenUrl', 'is not a valid URL');
}

export type ZhenlingGrantEncoding = 'form' | 'json';

/** The client-credentials request body (form-encoded by default, JSON as an option). */
export function zhenlingTokenRequest(credentials: CredentialData): {
	url: string;
	body: string;
	contentType: string;
} {
	const clientId = requireToken(credentials, 'clientId', 'Client ID');
	const clientSecret = requireToken(credentials, 'clientSecret', 'Client Secret');
	const format = (text(credentials, 'grantEncoding') || 'form') as ZhenlingGrantEncoding;
	if (format !== 'form' && format !== 'json') {
		throw new CredentialFieldError('Grant Encoding', 'grantEncoding', 'must be "form" or "json"');
	}
	const fields = { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret };
	return {
		url: zhenlingTokenUrl(credentials),
		body: format === 'json' ? JSON.stringify(fields) : new URLSearchParams(fields).toString(),
		contentType: format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
	};
}

const SUCCESS_CODES = new Set(['0', '200', '00000', 'success', 'SUCCESS']);

/**
 * Reads the token from a plain OAuth2 answer (`access_token`, `expires_in`) or one wrapped in
 * `{code, message, data}` (data with `access_token` or `accessToken`). Fails with the vendor's message,
 * secrets redacted.
 */
export function parseZhenlingToken(body: unknown, credentials: CredentialData, statusCode?: number): { accessToken: string; expiresIn?: number } {
	const answer = answerObject(body);
	const failed = (statusCode ?? 0) >= 400;
	const pick = (o: Record<string, unknown> | undefined) => {
		if (!o) return undefined;
		const token = o.access_token ?? o.accessToken;
		if (typeof token !== 'string' || !token) return undefined;
		const expiresIn = Number(o.expires_in ?? o.expiresIn);
		return { accessToken: token, expiresIn: Number.isFinite(expiresIn) ? expiresIn : undefined };
	};
	const codeOk = answer?.code === undefined || SUCCESS_CODES.has(String(answer.code));
	const found = !failed && codeOk ? (pick(answer) ?? pick(answer?.data as Record<string, unknown>)) : undefined;
	if (found) return found;
	const code = answer?.code ?? answer?.error ?? statusCode;
	const message = redactCredentials(
		String(answer?.message ?? answer?.msg ?? answer?.error_description ?? answer?.error ?? 'no access_token in the answer'),
		credentials,
	);
	throw new TokenRequestError(
		`Zhenling token request failed${code !== undefined ? ` (${String(code)})` : ''}: ${message}. Check Client ID, Client Secret and Token URL.`,
		code === undefined ? undefined : String(code),
	);
}

/** True when an answer means "fetch a new token": HTTP 401. */
export const isZhenlingTokenExpired = (statusCode: number): boolean => statusCode === 401;

export interface ZhenlingSignableRequest {
	url: string;
	baseURL?: string;
	headers?: Record<string, unknown>;
	[key: string]: unknown;
}

/** Sets `Authorization: Bearer <token>` (replacing any earlier one) and makes the URL absolute. Idempotent. */
export function applyZhenlingToken<T extends ZhenlingSignableRequest>(credentials: CredentialData, request: T): T {
	const out: ZhenlingSignableRequest = { ...request, headers: { ...(request.headers ?? {}) } };
	out.url = absoluteUrl(takeRequestUrl(request, out), request.baseURL, zhenlingBaseUrl(credentials));
	delete out.baseURL;
	const headers = out.headers as Record<string, unknown>;
	for (const key of Object.keys(headers)) if (key.toLowerCase() === 'authorization') delete headers[key];
	headers.Authorization = `Bearer ${text(credentials, 'accessToken')}`;
	return out as T;
}
