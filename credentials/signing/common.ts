/**
 * Pure helpers shared by the vendor signing modules. No n8n imports apart from types: the credentials
 * (outbound signing, token fetch) and the nodes (inbound verification, error redaction) both use these, and
 * unit tests load them directly.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';
import { boundToken, type TokenFields } from './tokenBinding';

/** Thrown for a missing or malformed credential field. The message names the field, never its value. */
export class CredentialFieldError extends Error {
	readonly field: string;

	constructor(label: string, field: string, problem: string) {
		super(`${label} (${field}) ${problem}`);
		this.name = 'CredentialFieldError';
		this.field = field;
	}
}

/** Thrown when a vendor refuses or garbles a token request. The message never carries a secret. */
export class TokenRequestError extends Error {
	readonly vendorCode?: string;

	constructor(message: string, vendorCode?: string) {
		super(message);
		this.name = 'TokenRequestError';
		this.vendorCode = vendorCode;
	}
}

export type CredentialData = Record<string, unknown>;

/** The subset of n8n's IHttpRequestOptions this module reads and writes (kept n8n-free). */
export interface SignableRequest {
	method?: string;
	url: string;
	baseURL?: string;
	qs?: Record<string, unknown>;
	body?: unknown;
	headers?: Record<string, unknown>;
	[key: string]: unknown;
}

/**
 * Orders strings by their UTF-8 bytes, which is Unicode code-point order: what a vendor's "byte / ASCII order"
 * means. JavaScript's `<` compares UTF-16 code units instead, which puts characters above U+FFFF (surrogate
 * pairs, 0xD800–0xDFFF) before U+E000–U+FFFF, unlike their bytes (F0… after EE…/EF…).
 */
export function byteCompare(a: string, b: string): number {
	return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// Function declarations, not `const` arrows: Stryker can then switch a mutant of these per test (a module-level
// arrow is chosen once, when the module loads).
export function md5Hex(text: string | Buffer): string {
	return createHash('md5').update(text).digest('hex');
}
export function sha256Hex(text: string | Buffer): string {
	return createHash('sha256').update(text).digest('hex');
}
export function hmacSha256Hex(key: string | Buffer, text: string | Buffer): string {
	return createHmac('sha256', key).update(text).digest('hex');
}

/**
 * Constant-time comparison of two secrets or signatures, exact (case-sensitive). False when lengths differ.
 * Vendors may send hex signatures in upper case: lower-case the received one before comparing.
 */
export function safeEqual(expected: string, actual: string): boolean {
	const a = Buffer.from(String(expected));
	const b = Buffer.from(String(actual));
	return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Random bytes drawn from one pooled `randomBytes` call: a nonce per signed request (Zeyi, ZhiGuanChe) cost a
 * `randomBytes` call each (~10 µs under load, the largest part of signing a Zeyi request).
 */
const RANDOM_POOL_SIZE = 4096;
let randomPool = Buffer.alloc(0);
let randomAt = 0;
function randomByte(): number {
	// Stryker disable next-line ConditionalExpression,EqualityOperator: refilling earlier, or after skipping the one index past the end (undefined, rejected below), draws from the same uniform bytes
	if (randomAt >= randomPool.length) {
		randomPool = randomBytes(RANDOM_POOL_SIZE);
		randomAt = 0;
	}
	return randomPool[randomAt++];
}

/** A random string of `length` characters drawn uniformly from `alphabet` (crypto randomness). */
export function randomString(length: number, alphabet: string): string {
	let out = '';
	const limit = 256 - (256 % alphabet.length);
	while (out.length < length) {
		const byte = randomByte();
		if (byte < limit) out += alphabet[byte % alphabet.length];
	}
	return out;
}

/** A credential field as trimmed text ('' when absent). */
export function text(credentials: CredentialData, field: string): string {
	const value = credentials[field];
	if (value === undefined || value === null) return '';
	return String(value).trim();
}

/** A required text field: fails naming the field when it is missing. */
export function requireField(credentials: CredentialData, field: string, label: string): string {
	const value = text(credentials, field);
	if (!value) throw new CredentialFieldError(label, field, 'is required');
	return value;
}

/** A required field that must not contain whitespace (keys and secrets pasted with a stray space). */
export function requireToken(credentials: CredentialData, field: string, label: string): string {
	const raw = credentials[field];
	const value = raw === undefined || raw === null ? '' : String(raw);
	if (!value.trim()) throw new CredentialFieldError(label, field, 'is required');
	if (/\s/.test(value)) throw new CredentialFieldError(label, field, 'must not contain spaces or line breaks');
	return value;
}

/**
 * Validates a base URL: http(s) scheme, a host, no query or fragment. Returns it without trailing slashes.
 */
export function normaliseBaseUrl(value: string, field: string, label: string): string {
	const known = validBaseUrls.get(value);
	// Stryker disable next-line ConditionalExpression: a memo — checking again answers the same
	if (known !== undefined) return known;
	const normalised = checkBaseUrl(value, field, label);
	// Only valid URLs are remembered (a refusal names the field it came from); a few per process at most.
	// Stryker disable next-line ConditionalExpression,EqualityOperator: the memo's bound only — when it is emptied changes no answer
	if (validBaseUrls.size >= 64) validBaseUrls.clear();
	validBaseUrls.set(value, normalised);
	return normalised;
}

/**
 * Base URLs already checked: signing runs per request and `new URL` was a tenth of `authenticate` (Hose lists
 * page by page; every vendor's credential checks its base URL on each call).
 */
const validBaseUrls = new Map<string, string>();

function checkBaseUrl(value: string, field: string, label: string): string {
	const trimmed = value.trim();
	if (!trimmed) throw new CredentialFieldError(label, field, 'is required');
	if (!/^https?:\/\//i.test(trimmed)) {
		throw new CredentialFieldError(label, field, 'must start with http:// or https://');
	}
	let url: URL | undefined;
	try {
		url = new URL(trimmed);
	} catch {
		// not a URL: refused below
	}
	// An http(s) URL without a host does not parse (WHATWG URL), so this also covers "no host".
	if (!url) throw new CredentialFieldError(label, field, 'is not a valid URL');
	if (url.search || url.hash) {
		throw new CredentialFieldError(label, field, 'must not contain a query string or fragment');
	}
	return trimmed.replace(/\/+$/, '');
}

/** RFC 3986 percent-encoding: encodeURIComponent plus `!'()*`. */
export function rfc3986(value: string): string {
	return encodeURIComponent(value).replace(
		/[!'()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
	);
}

/** Splits `url` into the part before `?` and its decoded query pairs (in order). */
export function splitUrl(url: string): { path: string; query: Array<[string, string]> } {
	const hashless = url.split('#')[0];
	const at = hashless.indexOf('?');
	if (at < 0) return { path: hashless, query: [] };
	const query: Array<[string, string]> = [];
	for (const [key, value] of new URLSearchParams(hashless.slice(at + 1))) query.push([key, value]);
	return { path: hashless.slice(0, at), query };
}

/** A `k=v&…` query string, RFC 3986-encoded, in the order given. */
export function encodeQuery(pairs: Array<[string, string]>): string {
	return pairs.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
}

/**
 * Joins a request's `baseURL` and `url` as n8n/axios would, and prepends `fallbackBase` to a relative URL
 * (the node transport builds `${credentials.baseUrl}${path}`, which is relative when the credential uses an
 * environment preset and leaves Base URL empty).
 */
export function absoluteUrl(url: string | undefined, baseURL: string | undefined, fallbackBase: string): string {
	const join = (base: string, path: string) =>
		path ? `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}` : base;
	let full = url ?? '';
	if (!/^https?:\/\//i.test(full) && baseURL) full = join(baseURL, full);
	if (!/^https?:\/\//i.test(full)) full = join(fallbackBase, full);
	return full;
}

/**
 * The URL of a request in either shape n8n uses: `url` (IHttpRequestOptions, our nodes) or `uri` (the legacy
 * request options n8n's own HTTP Request node passes to `authenticate` for a predefined credential type).
 * Removes `uri` from `out` so the signed `url` is the only one left.
 */
export function takeRequestUrl(request: { url?: unknown; [key: string]: unknown }, out: { [key: string]: unknown }): string | undefined {
	const url = request.url ?? request.uri;
	delete out.uri;
	return url === undefined ? undefined : String(url);
}

/**
 * A request body as the exact string to send and sign. A string body is kept byte for byte (it is what a
 * previous `authenticate` produced, or what the caller chose); a Buffer is decoded as UTF-8; objects are
 * serialised once with JSON.stringify; no body is ''.
 */
export function bodyText(body: unknown): string {
	if (body === undefined || body === null) return '';
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	if (typeof body === 'object' && Object.keys(body as object).length === 0) return '';
	return JSON.stringify(body);
}

/** Sets a header, replacing any existing spelling of the same name. */
export function setHeader(headers: Record<string, unknown>, name: string, value: string): void {
	for (const key of Object.keys(headers)) {
		// Stryker disable next-line ConditionalExpression: deleting the same spelling too, right before setting it, leaves the same headers
		if (key.toLowerCase() === name.toLowerCase() && key !== name) delete headers[key];
	}
	headers[name] = value;
}

/**
 * Base64 from either alphabet (standard or URL-safe), padding optional, whitespace ignored: Node's decoder
 * accepts all of these (test/unit/signing/common.test.js holds it to that).
 */
export function base64Decode(value: string): Buffer {
	return Buffer.from(value, 'base64');
}

/** URL-safe Base64 (RFC 4648 §5) with padding kept, as Java's Base64.getUrlEncoder() writes it. */
export function base64UrlEncode(data: Buffer): string {
	return data.toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

/** Credential fields whose values must never reach an error, a log line or an output item. */
export const SECRET_FIELDS = [
	'clientSecret',
	'signKey',
	'encryptKey',
	'appSecurity',
	'appSecret',
	'password',
	'accessToken',
	'refreshToken',
	'aesIv',
] as const;

/**
 * The spellings a secret can take inside a message: as is, URL-encoded (encodeURIComponent and RFC 3986),
 * JSON-escaped (a secret quoted inside a JSON body) and Base64 (standard and URL-safe, unpadded).
 */
function secretForms(secret: string): string[] {
	// Stryker disable next-line Regex: '=' only ever ends Base64, so the anchor changes nothing
	const base64 = Buffer.from(secret).toString('base64').replace(/=+$/, '');
	return [
		secret,
		encodeURIComponent(secret),
		rfc3986(secret),
		JSON.stringify(secret).slice(1, -1),
		base64,
		base64.replace(/\+/g, '-').replace(/\//g, '_'),
	];
}

/**
 * Replaces every given secret, in every form of {@link secretForms}, with `***`. Values shorter than 4
 * characters are left alone (they would blank out ordinary text). Longer forms go first, so a secret that
 * contains another one is removed whole.
 */
export function redactSecrets(message: string, secrets: unknown[]): string {
	const forms = new Set<string>();
	for (const secret of secrets) {
		if (typeof secret !== 'string') continue;
		for (const value of new Set([secret, secret.trim()])) {
			if (value.length < 4) continue;
			// Every form of a value of 4 or more characters is at least as long (encodings never shorten it).
			for (const form of secretForms(value)) forms.add(form);
		}
	}
	let out = message;
	for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join('***');
	return out;
}

/** Redacts the value of every {@link SECRET_FIELDS} field of a credential from a text. */
export function redactCredentials(message: string, credentials: CredentialData | undefined): string {
	if (!credentials) return message;
	// Values that are not text are skipped by redactSecrets.
	return redactSecrets(
		message,
		SECRET_FIELDS.map((field) => credentials[field]),
	);
}

/** A failed HTTP call's message, without any secret (axios messages carry no body, but be sure). */
export function safeErrorMessage(error: unknown, credentials: CredentialData): string {
	const e = error as { message?: unknown; code?: unknown };
	const message = typeof e?.message === 'string' && e.message ? e.message : String(e?.code ?? 'request failed');
	return redactCredentials(message, credentials);
}

/** JSON.parse that answers undefined for text that is not JSON. */
export function safeJson(value: string): unknown {
	try {
		return JSON.parse(value);
	} catch {
		// not JSON: undefined
	}
	return undefined;
}

/** A vendor answer as an object: a string body is parsed as JSON; anything that is not an object is undefined. */
export function answerObject(body: unknown): Record<string, unknown> | undefined {
	const value = typeof body === 'string' ? safeJson(body) : body;
	return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

/** What a credential's `preAuthentication` asks {@link fetchToken} to send and how to read the answer. */
export interface TokenRequest {
	/** Prefix of every transport failure: `${failure} failed: <reason>`, e.g. "DiDi token request". */
	failure: string;
	url: string;
	body: unknown;
	headers?: Record<string, string>;
	/** Reads the token from the vendor's answer (any HTTP status); throws TokenRequestError otherwise. */
	parse: (body: unknown, statusCode: number | undefined) => { accessToken: string };
	/** The credential fields the token is fetched with: the answer then carries its fingerprint (tokenBinding.ts). */
	fields?: TokenFields;
}

/**
 * The one token fetch of every credential's `preAuthentication`: POSTs the request through n8n's HTTP helper
 * (full response, HTTP errors answered rather than thrown, so the vendor's own error reaches `parse`), turns a
 * transport failure into a TokenRequestError without any credential secret, and returns `{ accessToken }` —
 * with `tokenFingerprint` when the request names the fields the token is bound to.
 */
export async function fetchToken(
	http: IHttpRequestHelper,
	credentials: CredentialData,
	request: TokenRequest,
): Promise<{ accessToken: string; tokenFingerprint?: string }> {
	// The failure is thrown outside a catch clause: the strict lint wants NodeApiError there, which needs a node.
	const outcome = await Promise.resolve()
		.then(() =>
			http.helpers.httpRequest({
				method: 'POST',
				url: request.url,
				body: request.body as IHttpRequestOptions['body'],
				...(request.headers ? { headers: request.headers } : {}),
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			}),
		)
		.then(
			(response: { statusCode?: number; body?: unknown }) => ({ response }),
			(error: unknown) => ({ error }),
		);
	if ('error' in outcome) {
		throw new TokenRequestError(`${request.failure} failed: ${safeErrorMessage(outcome.error, credentials)}`);
	}
	const { response } = outcome;
	const { accessToken } = request.parse(response.body, response.statusCode);
	return request.fields ? boundToken(accessToken, credentials, request.fields) : { accessToken };
}

/** Unix time in seconds / milliseconds. */
export function nowSeconds(): number {
	return Math.floor(Date.now() / 1000);
}
export function nowMillis(): number {
	return Date.now();
}
