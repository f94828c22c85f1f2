/**
 * A cached access token bound to the credential values it was fetched with. n8n keeps the token a
 * credential's `preAuthentication` returned and calls it again only when the token field is empty or a request
 * answered 401 — its credential test does not (checked on n8n 2.41.1: after the secret was edited, Test
 * passed with the old token, and ZhiGuanChe's signed call answered "Forbidden"). So a wrong new secret went
 * unnoticed until the token expired. Each credential therefore stores, beside its token, a fingerprint of the
 * values that fetched it: an HMAC-SHA256 keyed with the token over those values (no secret in clear, and
 * worthless for any other token). `authenticate` refuses a token whose fingerprint does not match the
 * current values with {@link StaleTokenError}, an error n8n treats as an HTTP 401 answer: it calls
 * `preAuthentication` again (with the values the user entered — a wrong secret fails there, with the
 * vendor's token error), stores the new token and signs again. No request goes out with the old token.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

type CredentialData = Record<string, unknown>;

/** The hidden credential field holding the fingerprint of the cached token. */
export const TOKEN_FINGERPRINT_FIELD = 'tokenFingerprint';

/** The credential fields a token depends on (host, key, secret, …): what its token request is made of. */
export type TokenFields = readonly string[];

/** The values of `fields` as text, in order ('' for an empty field). */
export const tokenValues = (credentials: CredentialData, fields: TokenFields): string[] =>
	fields.map((field) => (credentials[field] === undefined || credentials[field] === null ? '' : String(credentials[field])));

/** Fingerprints already computed: `authenticate` checks the token on every request. */
const known = new Map<string, string>();

/** HMAC-SHA256(key = token, message = the values as JSON), hex, 32 characters. */
export function tokenFingerprint(token: string, values: readonly string[]): string {
	const message = JSON.stringify(values);
	const key = `${token}\n${message}`;
	const cached = known.get(key);
	if (cached !== undefined) return cached;
	const fingerprint = createHmac('sha256', token).update(message).digest('hex').slice(0, 32);
	if (known.size >= 64) known.clear();
	known.set(key, fingerprint);
	return fingerprint;
}

/** The fields a token fetched with `credentials` is stored as: the token and its fingerprint. */
export function boundToken(accessToken: string, credentials: CredentialData, fields: TokenFields): { accessToken: string; [TOKEN_FINGERPRINT_FIELD]: string } {
	return { accessToken, [TOKEN_FINGERPRINT_FIELD]: tokenFingerprint(accessToken, tokenValues(credentials, fields)) };
}

/**
 * Whether `token` (default: the stored access token) was fetched with the current values of `fields`: true
 * when there is no token, false for a token without a fingerprint (stored before tokens were bound) or with
 * the fingerprint of other values.
 */
export function tokenMatches(credentials: CredentialData, fields: TokenFields, token: unknown = credentials.accessToken): boolean {
	if (typeof token !== 'string' || token === '') return true;
	const stored = credentials[TOKEN_FINGERPRINT_FIELD];
	if (typeof stored !== 'string' || stored === '') return false;
	const expected = Buffer.from(tokenFingerprint(token, tokenValues(credentials, fields)));
	const actual = Buffer.from(stored);
	return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * Thrown by `authenticate` for a token fetched with other credential values. It carries what n8n's
 * `httpRequestWithAuthentication` / `requestWithAuthentication` read as "the token expired" (a 401 response),
 * so they fetch a new token and retry once; where nothing retries, the message says what happened.
 */
export class StaleTokenError extends Error {
	readonly response = { status: 401, statusText: 'Unauthorized' };

	constructor() {
		super('The stored access token was fetched with other credential values (key, secret or host changed): a new one is needed');
		this.name = 'StaleTokenError';
	}
}

/** Throws {@link StaleTokenError} when the stored token does not belong to the current values of `fields`. */
export function assertCurrentToken(credentials: CredentialData, fields: TokenFields): void {
	if (!tokenMatches(credentials, fields)) throw new StaleTokenError();
}
