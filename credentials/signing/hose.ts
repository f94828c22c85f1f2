/**
 * Hose (合思 / Ekuaibao) token handling — pure functions, no n8n imports. Hose has no request signature: the
 * access token travels as the `accessToken` query parameter, and an invalid or expired token answers
 * HTTP 403 (not 401).
 */
import {
	CredentialFieldError,
	TokenRequestError,
	absoluteUrl,
	takeRequestUrl,
	encodeQuery,
	normaliseBaseUrl,
	answerObject,
	redactCredentials,
	requireToken,
	splitUrl,
	text,
	type CredentialData,
} from './common';
import type { TokenFields } from './tokenBinding';

/** The fields the token request is made of: a token fetched with other values is not used (tokenBinding.ts). */
export const HOSE_TOKEN_FIELDS: TokenFields = ['edition', 'baseUrl', 'appKey', 'appSecurity'];

/** Base URL per Hose edition (GET /api/openapi/v2/location?corpId=… tells which one a tenant uses). */
export const HOSE_EDITIONS = {
	standalone: 'https://app.ekuaibao.com',
	dingtalk: 'https://dd2.hosecloud.com',
	wecom: 'https://wx2.ekuaibao.com',
	feishu: 'https://feishu.ekuaibao.com',
	kingdee: 'https://kdcloud2.ekuaibao.com',
} as const;

export const HOSE_LOGIN_PATH = '/api/openapi/v1/auth/getAccessToken';

/** The base URL: a non-empty `baseUrl` (custom URL) wins; otherwise the `edition` preset. */
export function hoseBaseUrl(credentials: CredentialData): string {
	const custom = text(credentials, 'baseUrl');
	if (custom) return normaliseBaseUrl(custom, 'baseUrl', 'Base URL');
	const edition = text(credentials, 'edition') || 'standalone';
	const preset = HOSE_EDITIONS[edition as keyof typeof HOSE_EDITIONS];
	if (!preset) {
		throw new CredentialFieldError(
			'Edition',
			'edition',
			`must be one of ${Object.keys(HOSE_EDITIONS).join(', ')}, or set a Base URL`,
		);
	}
	return preset;
}

/** The getAccessToken body `{appKey, appSecurity}`. */
export function hoseTokenBody(credentials: CredentialData): { appKey: string; appSecurity: string } {
	return {
		appKey: requireToken(credentials, 'appKey', 'App Key'),
		appSecurity: requireToken(credentials, 'appSecurity', 'App Security'),
	};
}

export interface HoseToken {
	accessToken: string;
	refreshToken?: string;
	/** Epoch milliseconds. */
	expireTime?: number;
	corporationId?: string;
}

/** Reads `value.accessToken`; fails with Hose's errorCode/errorMessage (secrets redacted). */
export function parseHoseToken(body: unknown, credentials: CredentialData, statusCode?: number): HoseToken {
	const answer = answerObject(body);
	const value = (answer?.value ?? {}) as Record<string, unknown>;
	if (typeof value.accessToken === 'string' && value.accessToken && (statusCode === undefined || statusCode < 400)) {
		const expireTime = Number(value.expireTime);
		return {
			accessToken: value.accessToken,
			refreshToken: typeof value.refreshToken === 'string' ? value.refreshToken : undefined,
			expireTime: Number.isFinite(expireTime) ? expireTime : undefined,
			corporationId: typeof value.corporationId === 'string' ? value.corporationId : undefined,
		};
	}
	const code = answer?.errorCode ?? statusCode;
	const message = redactCredentials(String(answer?.errorMessage ?? answer?.message ?? 'no accessToken in the answer'), credentials);
	throw new TokenRequestError(
		`Hose token request failed${code !== undefined ? ` (${String(code)})` : ''}: ${message}. Check App Key, App Security and the edition / Base URL.`,
		code === undefined ? undefined : String(code),
	);
}

/** True when an answer means the token is invalid or expired: Hose answers HTTP 403. */
export const isHoseTokenExpired = (statusCode: number): boolean => statusCode === 403;

export interface HoseSignableRequest {
	url: string;
	baseURL?: string;
	qs?: Record<string, unknown>;
	[key: string]: unknown;
}

/**
 * Puts the token into the `accessToken` query parameter (overwriting any earlier one, also one written into
 * the URL) and makes the URL absolute. Idempotent; never mutates the caller's qs.
 */
export function applyHoseToken<T extends HoseSignableRequest>(credentials: CredentialData, request: T): T {
	const out: HoseSignableRequest = { ...request };
	let url = absoluteUrl(takeRequestUrl(request, out), request.baseURL, hoseBaseUrl(credentials));
	delete out.baseURL;
	const { path, query } = splitUrl(url);
	if (query.some(([k]) => k === 'accessToken')) {
		const rest = query.filter(([k]) => k !== 'accessToken');
		url = rest.length ? `${path}?${encodeQuery(rest)}` : path;
	}
	out.url = url;
	out.qs = { ...(request.qs ?? {}), accessToken: text(credentials, 'accessToken') };
	return out as T;
}

/**
 * refreshToken rotation (刷新授权): `POST /api/openapi/v2/auth/refreshToken?accessToken&refreshToken&powerCode=219904`
 * renews a token **before** it expires ("如果 accessToken 已经过期，则无法刷新，只能重新获取"); both tokens change
 * ("刷新后 accessToken 和 refreshToken 的值都会变化"). The credential keeps what the last login or refresh answered
 * in hidden fields; the node's transport asks for a renewal shortly before `expireTime` by handing
 * preAuthentication an empty token plus {@link HOSE_RENEW_FIELD} = the token to renew.
 */
export const HOSE_REFRESH_PATH = '/api/openapi/v2/auth/refreshToken';
/** Hidden credential fields beside `accessToken`. */
export const HOSE_REFRESH_TOKEN_FIELD = 'refreshToken';
export const HOSE_EXPIRES_FIELD = 'tokenExpiresAt';
export const HOSE_RENEW_FIELD = 'renewAccessToken';
/** Renew when less than this is left of the token's life (Hose tokens live about 2 h). */
export const HOSE_RENEW_BEFORE_MS = 10 * 60_000;
/** Closer to expiry than this a refresh could arrive too late (clock skew, a slow call): log in instead. */
export const HOSE_REFRESH_MARGIN_MS = 60_000;

/** The hidden fields a login or refresh answer is stored as (the renewal marker cleared). */
export function hoseTokenFields(token: HoseToken): Record<string, string> {
	return {
		accessToken: token.accessToken,
		[HOSE_REFRESH_TOKEN_FIELD]: token.refreshToken ?? '',
		[HOSE_EXPIRES_FIELD]: token.expireTime === undefined ? '' : String(token.expireTime),
		[HOSE_RENEW_FIELD]: '',
	};
}

/**
 * Whether a stored token should be replaced before it is used, and how: `undefined` = use it;
 * `{ renewAccessToken }` = refresh it (still comfortably valid); `{}` = log in (it expires within the margin
 * or has expired, so a refresh would be refused and the call would answer 403 anyway). Tokens stored before
 * this credential kept `tokenExpiresAt` are used until Hose answers 403.
 */
export function hoseRenewal(credentials: CredentialData, now: number): Record<string, string> | undefined {
	const token = text(credentials, 'accessToken');
	const expiresAt = Number(text(credentials, HOSE_EXPIRES_FIELD) || NaN);
	if (!token || !Number.isFinite(expiresAt) || now < expiresAt - HOSE_RENEW_BEFORE_MS) return undefined;
	if (text(credentials, HOSE_REFRESH_TOKEN_FIELD) && now < expiresAt - HOSE_REFRESH_MARGIN_MS) {
		return { [HOSE_RENEW_FIELD]: token };
	}
	return {};
}

/** The refresh URL when preAuthentication was asked to renew (empty token + marker + a refreshToken). */
export function hoseRefreshUrl(credentials: CredentialData): string | undefined {
	const renew = text(credentials, HOSE_RENEW_FIELD);
	const refreshToken = text(credentials, HOSE_REFRESH_TOKEN_FIELD);
	if (text(credentials, 'accessToken') || !renew || !refreshToken) return undefined;
	const query = encodeQuery([
		['accessToken', renew],
		['refreshToken', refreshToken],
		['powerCode', '219904'],
	]);
	return `${hoseBaseUrl(credentials)}${HOSE_REFRESH_PATH}?${query}`;
}
