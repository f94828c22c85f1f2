/**
 * ZhiGuanChe (智管车) request signing and event-delivery verification — pure functions, no n8n imports.
 * The contract is defined by this project (docs/vendors/zhiguanche.md): bearer token plus an HMAC-SHA256
 * signature over method, path, canonical query, timestamp, nonce and the body's SHA-256.
 */
import {
	CredentialFieldError,
	TokenRequestError,
	absoluteUrl,
	takeRequestUrl,
	bodyText,
	byteCompare,
	hmacSha256Hex,
	normaliseBaseUrl,
	randomString,
	answerObject,
	redactCredentials,
	requireField,
	requireToken,
	rfc3986,
	safeEqual,
	setHeader,
	sha256Hex,
	splitUrl,
	text,
	type CredentialData,
	type SignableRequest,
} from './common';
import type { TokenFields } from './tokenBinding';

/** The fields the token request is made of: a token fetched with other values is not used (tokenBinding.ts). */
export const ZHIGUANCHE_TOKEN_FIELDS: TokenFields = ['baseUrl', 'pathPrefix', 'loginPath', 'appKey', 'appSecret'];

export const ZHIGUANCHE_DEFAULT_PREFIX = '/openapi/v1';
export const ZHIGUANCHE_LOGIN_PATH = '/auth/token';
/** Deliveries older or newer than this are stale (±5 minutes). */
export const ZHIGUANCHE_WINDOW_MS = 5 * 60 * 1000;

export const ZHIGUANCHE_HEADERS = {
	appKey: 'X-App-Key',
	timestamp: 'X-Timestamp',
	nonce: 'X-Nonce',
	signature: 'X-Signature',
} as const;

export const ZHIGUANCHE_EVENT_HEADERS = {
	timestamp: 'X-Zgc-Timestamp',
	nonce: 'X-Zgc-Nonce',
	signature: 'X-Zgc-Signature',
} as const;

/** `baseUrl` (required, validated). */
export const zhiguancheBaseUrl = (credentials: CredentialData): string =>
	normaliseBaseUrl(requireField(credentials, 'baseUrl', 'Base URL'), 'baseUrl', 'Base URL');

/** The path prefix, `/openapi/v1` by default; '' or '/' for none. Always starts with '/', no trailing '/'. */
export function zhiguanchePathPrefix(credentials: CredentialData): string {
	const raw = credentials.pathPrefix === undefined || credentials.pathPrefix === null ? ZHIGUANCHE_DEFAULT_PREFIX : String(credentials.pathPrefix).trim();
	if (/[\s?#]/.test(raw)) {
		throw new CredentialFieldError('Path Prefix', 'pathPrefix', 'must be a path without spaces, query or fragment');
	}
	if (/^https?:/i.test(raw)) throw new CredentialFieldError('Path Prefix', 'pathPrefix', 'must be a path, not a URL');
	const trimmed = raw.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}` : '';
}

/** The token call's path below the path prefix (`/auth/token` by default), as the customer's document says. */
export function zhiguancheLoginPath(credentials: CredentialData): string {
	const raw = String(credentials.loginPath ?? '').trim() || ZHIGUANCHE_LOGIN_PATH;
	if (/[\s?#]/.test(raw) || /^https?:/i.test(raw)) throw new CredentialFieldError('Login Path', 'loginPath', 'must be a path like /auth/token');
	return `/${raw.replace(/^\/+/, '')}`;
}

/** Whether business requests carry the HMAC signature headers (the contract) or only the bearer token. */
export const zhiguancheSignsRequests = (credentials: CredentialData): boolean => credentials.requestSigning !== 'token';

/** The API root: base URL + path prefix. Operation paths (e.g. `/vehicles/list`) go below it. */
export const zhiguancheApiRoot = (credentials: CredentialData): string =>
	`${zhiguancheBaseUrl(credentials)}${zhiguanchePathPrefix(credentials)}`;

/** A 16-character nonce of `[0-9a-z]`. */
export const zhiguancheNonce = (): string => randomString(16, 'abcdefghijklmnopqrstuvwxyz0123456789');

/** Query pairs sorted by key (byte order; equal keys by value), each `rfc3986(k)=rfc3986(v)`, joined by `&`. */
export function zhiguancheCanonicalQuery(pairs: Array<[string, string]> | Record<string, unknown>): string {
	const list: Array<[string, string]> = Array.isArray(pairs)
		? pairs
		: Object.entries(pairs)
				.filter(([, v]) => v !== undefined && v !== null)
				.flatMap(([k, v]) =>
					Array.isArray(v) ? v.map((item) => [k, String(item)] as [string, string]) : [[k, typeof v === 'object' ? JSON.stringify(v) : String(v)] as [string, string]],
				);
	return [...list]
		.sort(([ka, va], [kb, vb]) => byteCompare(ka, kb) || byteCompare(va, vb))
		.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
		.join('&');
}

export interface ZhiguancheSignInput {
	method: string;
	/** The URL path exactly as sent (with any prefix), no query string. */
	path: string;
	/** Query pairs, a record, or an already-canonical query string. */
	query?: Array<[string, string]> | Record<string, unknown> | string;
	timestamp: string | number;
	nonce: string;
	/** The raw body as sent ('' when none). */
	body?: string | Buffer;
}

/** The six-line string to sign (joined by `\n`, no trailing newline). */
export function zhiguancheStringToSign(input: ZhiguancheSignInput): string {
	const query =
		typeof input.query === 'string' ? input.query : zhiguancheCanonicalQuery(input.query ?? []);
	return [
		input.method.toUpperCase(),
		input.path,
		query,
		String(input.timestamp),
		input.nonce,
		sha256Hex(input.body ?? ''),
	].join('\n');
}

/** `X-Signature`: lowercase hex HMAC-SHA256(appSecret, stringToSign). */
export const zhiguancheSign = (appSecret: string, input: ZhiguancheSignInput): string =>
	hmacSha256Hex(appSecret, zhiguancheStringToSign(input));

/** Verifies a request signature (e.g. in the sandbox or a proxy). */
export const verifyZhiguancheSign = (appSecret: string, input: ZhiguancheSignInput, signature: string): boolean =>
	!!signature && safeEqual(zhiguancheSign(appSecret, input), signature.toLowerCase());

/** Event delivery signature: HMAC-SHA256(secret, timestamp + "\n" + nonce + "\n" + rawBody). */
export const zhiguancheEventSignature = (
	secret: string,
	timestamp: string | number,
	nonce: string,
	rawBody: string | Buffer,
): string =>
	hmacSha256Hex(secret, Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody)]));

export type ZhiguancheEventCheck = { ok: true } | { ok: false; reason: 'missing' | 'signature' | 'stale' };

/**
 * Verifies an event delivery: signature over the raw body, and timestamp within ±5 minutes of `nowMs`.
 * Replay (same nonce or eventId) is for the caller to track in its static data.
 */
export function verifyZhiguancheEvent(input: {
	secret: string;
	timestamp?: string;
	nonce?: string;
	signature?: string;
	rawBody: string | Buffer;
	nowMs: number;
	windowMs?: number;
}): ZhiguancheEventCheck {
	if (!input.timestamp || !input.nonce || !input.signature) return { ok: false, reason: 'missing' };
	const expected = zhiguancheEventSignature(input.secret, input.timestamp, input.nonce, input.rawBody);
	if (!safeEqual(expected, input.signature.toLowerCase())) return { ok: false, reason: 'signature' };
	const ts = Number(input.timestamp);
	if (!Number.isFinite(ts) || Math.abs(input.nowMs - ts) > (input.windowMs ?? ZHIGUANCHE_WINDOW_MS)) {
		return { ok: false, reason: 'stale' };
	}
	return { ok: true };
}

/** The token body `{appKey, appSecret}`. */
export function zhiguancheTokenBody(credentials: CredentialData): { appKey: string; appSecret: string } {
	return {
		appKey: requireToken(credentials, 'appKey', 'App Key'),
		appSecret: requireToken(credentials, 'appSecret', 'App Secret'),
	};
}

/** Reads `data.accessToken`; fails with the envelope's code/message (secrets redacted). */
export function parseZhiguancheToken(body: unknown, credentials: CredentialData, statusCode?: number): { accessToken: string; expiresIn?: number } {
	const answer = answerObject(body);
	const data = (answer?.data ?? {}) as Record<string, unknown>;
	const ok = answer?.code === undefined || String(answer.code) === '0';
	if (ok && typeof data.accessToken === 'string' && data.accessToken && (statusCode === undefined || statusCode < 400)) {
		const expiresIn = Number(data.expiresIn);
		return { accessToken: data.accessToken, expiresIn: Number.isFinite(expiresIn) ? expiresIn : undefined };
	}
	const code = answer?.code ?? statusCode;
	const message = redactCredentials(String(answer?.message ?? 'no accessToken in the answer'), credentials);
	throw new TokenRequestError(
		`ZhiGuanChe token request failed${code !== undefined ? ` (${String(code)})` : ''}: ${message}. Check App Key and App Secret.`,
		code === undefined ? undefined : String(code),
	);
}

/** True when an answer means "fetch a new token": HTTP 401 (code 40101). */
export const isZhiguancheTokenExpired = (statusCode: number): boolean => statusCode === 401;

export type ZhiguancheSignableRequest = SignableRequest;

/**
 * Signs one request in place of n8n's `authenticate`. Relative URLs go below base URL + prefix; an absolute
 * URL below the base URL gets the prefix when it lacks it. The query (URL + qs) is rebuilt canonically into
 * the URL, so what is sent is what is signed; the body is serialised once (a string body is kept as is).
 * Fresh timestamp and nonce on each call; idempotent over its own output.
 */
export function signZhiguancheRequest<T extends ZhiguancheSignableRequest>(
	credentials: CredentialData,
	request: T,
	nowMillis: number,
	nonce: string = zhiguancheNonce(),
): T {
	const base = zhiguancheBaseUrl(credentials);
	const prefix = zhiguanchePathPrefix(credentials);
	const appKey = requireToken(credentials, 'appKey', 'App Key');
	const appSecret = requireToken(credentials, 'appSecret', 'App Secret');
	let url = absoluteUrl(request.url ?? (request.uri as string | undefined), request.baseURL, `${base}${prefix}`);
	if (prefix && url.startsWith(`${base}/`)) {
		const rest = url.slice(base.length);
		if (rest !== prefix && !rest.startsWith(`${prefix}/`) && !rest.startsWith(`${prefix}?`)) url = `${base}${prefix}${rest}`;
	}
	const { path: beforeQuery, query } = splitUrl(url);
	const pairs: Array<[string, string]> = [...query];
	for (const [k, v] of Object.entries(request.qs ?? {})) {
		if (v === undefined || v === null) continue;
		const values = Array.isArray(v) ? v : [v];
		for (const item of values) pairs.push([k, typeof item === 'object' ? JSON.stringify(item) : String(item)]);
	}
	const canonical = zhiguancheCanonicalQuery(pairs);
	const sentUrl = canonical ? `${beforeQuery}?${canonical}` : beforeQuery;
	const path = new URL(sentUrl).pathname;
	const out: ZhiguancheSignableRequest = { ...request, headers: { ...(request.headers ?? {}) } };
	takeRequestUrl(request, out);
	delete out.baseURL;
	out.url = sentUrl;
	out.qs = {};
	// zhiguancheStringToSign upper-cases it.
	const method = String(request.method ?? 'GET');
	const body = bodyText(request.body);
	const headers = out.headers as Record<string, unknown>;
	if (body) {
		out.body = body;
		setHeader(headers, 'Content-Type', 'application/json');
	} else {
		delete out.body;
	}
	const timestamp = String(nowMillis);
	const token = text(credentials, 'accessToken');
	if (token) setHeader(headers, 'Authorization', `Bearer ${token}`);
	if (!zhiguancheSignsRequests(credentials)) return out as T;
	setHeader(headers, ZHIGUANCHE_HEADERS.appKey, appKey);
	setHeader(headers, ZHIGUANCHE_HEADERS.timestamp, timestamp);
	setHeader(headers, ZHIGUANCHE_HEADERS.nonce, nonce);
	setHeader(
		headers,
		ZHIGUANCHE_HEADERS.signature,
		zhiguancheSign(appSecret, { method, path, query: canonical, timestamp, nonce, body }),
	);
	return out as T;
}
