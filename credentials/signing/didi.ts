/**
 * DiDi Enterprise ("river" open API) signing and transport encryption — pure functions, no n8n imports.
 * Used by the credential (outbound requests), the node transport (response decryption, expiry detection)
 * and the trigger (verifying notifications signed with the same scheme).
 *
 * Signing: every parameter sent (business params + client_id, access_token, timestamp, company_id …) except
 * `sign` and null/undefined values, plus `sign_key` (never sent), sorted by key in byte order, joined as raw
 * `k=v` with `&`, hashed with MD5 or SHA-256 (lowercase hex).
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import {
	CredentialFieldError,
	TokenRequestError,
	absoluteUrl,
	takeRequestUrl,
	base64Decode,
	byteCompare,
	base64UrlEncode,
	encodeQuery,
	md5Hex,
	normaliseBaseUrl,
	answerObject,
	redactCredentials,
	safeJson,
	requireToken,
	safeEqual,
	sha256Hex,
	splitUrl,
	text,
	type CredentialData,
	type SignableRequest,
} from './common';
import type { TokenFields } from './tokenBinding';

/** The fields the token request is made of: a token fetched with other values is not used (tokenBinding.ts). */
export const DIDI_TOKEN_FIELDS: TokenFields = ['environment', 'baseUrl', 'clientId', 'clientSecret', 'signKey', 'signMethod'];

export const DIDI_ENVIRONMENTS = {
	production: 'https://api.es.xiaojukeji.com',
	test: 'https://api.es.xiaojukeji.com/pre-release-20',
} as const;

export const DIDI_GRANT_PATH = '/river/Auth/authorize';

export type DidiSignMethod = 'md5' | 'sha256';
export type DidiEncryption = 'none' | 'aes128' | 'aes256';
export type DidiParams = Record<string, unknown>;

/** The validated credential, as the signing functions need it. */
export interface DidiConfig {
	baseUrl: string;
	clientId: string;
	signKey: string;
	companyId: string;
	signMethod: DidiSignMethod;
	encryption: DidiEncryption;
	/** The AES key bytes (undefined when encryption is off). */
	aesKey?: Buffer;
	accessToken: string;
}

const LABELS = {
	baseUrl: 'Base URL',
	environment: 'Environment',
	clientId: 'Client ID',
	clientSecret: 'Client Secret',
	signKey: 'Sign Key',
	companyId: 'Company ID',
	signMethod: 'Sign Method',
	encryption: 'Encryption',
	encryptKey: 'Encrypt Key',
} as const;

/** The base URL: a non-empty `baseUrl` (custom URL) wins; otherwise the `environment` preset. */
export function didiBaseUrl(credentials: CredentialData): string {
	const custom = text(credentials, 'baseUrl');
	if (custom) return normaliseBaseUrl(custom, 'baseUrl', LABELS.baseUrl);
	const environment = text(credentials, 'environment') || 'production';
	const preset = DIDI_ENVIRONMENTS[environment as keyof typeof DIDI_ENVIRONMENTS];
	if (!preset) {
		throw new CredentialFieldError(LABELS.environment, 'environment', 'must be "production" or "test", or set a Base URL');
	}
	return preset;
}

/** The AES key bytes for DiDi's transport encryption; the cipher size follows the byte length. */
export function didiAesKey(key: string, encryption: DidiEncryption): Buffer {
	if (encryption === 'none') throw new CredentialFieldError(LABELS.encryption, 'encryption', 'is off: no key is used');
	if (!key) throw new CredentialFieldError(LABELS.encryptKey, 'encryptKey', 'is required when Encryption is on');
	if (/\s/.test(key)) {
		throw new CredentialFieldError(LABELS.encryptKey, 'encryptKey', 'must not contain spaces or line breaks');
	}
	if (encryption === 'aes256') {
		if (!/^[0-9a-fA-F]{64}$/.test(key)) {
			throw new CredentialFieldError(
				LABELS.encryptKey,
				'encryptKey',
				`must be 64 hexadecimal characters for AES256 (got ${key.length} characters)`,
			);
		}
		return Buffer.from(key, 'hex');
	}
	const bytes = Buffer.from(key);
	if (![16, 24, 32].includes(bytes.length)) {
		throw new CredentialFieldError(
			LABELS.encryptKey,
			'encryptKey',
			`must be 16, 24 or 32 bytes for AES128 (got ${bytes.length} bytes)`,
		);
	}
	return bytes;
}

/** Validates the credential fields used to sign business requests (the client secret is checked on token fetch). */
export function readDidiConfig(credentials: CredentialData): DidiConfig {
	const baseUrl = didiBaseUrl(credentials);
	const clientId = requireToken(credentials, 'clientId', LABELS.clientId);
	const signKey = requireToken(credentials, 'signKey', LABELS.signKey);
	const companyId = text(credentials, 'companyId');
	if (/\s/.test(companyId)) {
		throw new CredentialFieldError(LABELS.companyId, 'companyId', 'must not contain spaces');
	}
	const signMethod = (text(credentials, 'signMethod') || 'sha256').toLowerCase();
	if (signMethod !== 'md5' && signMethod !== 'sha256') {
		throw new CredentialFieldError(LABELS.signMethod, 'signMethod', 'must be "md5" or "sha256"');
	}
	const encryption = (text(credentials, 'encryption') || 'none').toLowerCase();
	if (encryption !== 'none' && encryption !== 'aes128' && encryption !== 'aes256') {
		throw new CredentialFieldError(LABELS.encryption, 'encryption', 'must be "none", "aes128" or "aes256"');
	}
	const rawKey = credentials.encryptKey === undefined || credentials.encryptKey === null ? '' : String(credentials.encryptKey);
	return {
		baseUrl,
		clientId,
		signKey,
		companyId,
		signMethod,
		encryption,
		aesKey: encryption === 'none' ? undefined : didiAesKey(rawKey, encryption),
		accessToken: text(credentials, 'accessToken'),
	};
}

/** A parameter value as DiDi signs it: strings raw, numbers in decimal text, structures as JSON. */
export function didiValueText(value: unknown): string {
	// Stryker disable next-line ConditionalExpression: JSON.stringify(null) and String(null) are both "null"
	if (typeof value === 'object' && value !== null) return JSON.stringify(value);
	return String(value);
}

/**
 * The params as sent: null/undefined dropped, nested structures serialised to a JSON string once (a string
 * stays as it is), `sign_key` removed (it is never sent).
 */
export function normaliseDidiParams(params: DidiParams): DidiParams {
	const out: DidiParams = {};
	for (const [key, value] of Object.entries(params)) {
		if (value === undefined || value === null || key === 'sign_key') continue;
		out[key] = typeof value === 'object' ? JSON.stringify(value) : value;
	}
	return out;
}

/** The exact string DiDi hashes: sorted `k=v` pairs (raw values) including `sign_key`, without `sign`. */
export function didiSignString(params: DidiParams, signKey: string): string {
	const entries: Array<[string, string]> = [];
	for (const [key, value] of Object.entries(params)) {
		if (key === 'sign' || key === 'sign_key' || value === undefined || value === null) continue;
		entries.push([key, didiValueText(value)]);
	}
	entries.push(['sign_key', signKey]);
	entries.sort(([a], [b]) => byteCompare(a, b));
	return entries.map(([k, v]) => `${k}=${v}`).join('&');
}

/** DiDi's `sign`: lowercase hex MD5 or SHA-256 of {@link didiSignString}. */
export function didiSign(params: DidiParams, signKey: string, method?: DidiSignMethod): string {
	const input = Buffer.from(didiSignString(params, signKey));
	return method === 'md5' ? md5Hex(input) : sha256Hex(input);
}

/**
 * Verifies an inbound `sign` (e.g. a DiDi notification). Without a method, the signature's length picks
 * it (32 hex = MD5, 64 hex = SHA-256).
 */
export function verifyDidiSign(params: DidiParams, signKey: string, method?: DidiSignMethod): boolean {
	const given = params.sign;
	if (typeof given !== 'string' || !given) return false;
	const chosen = method ?? (given.length === 32 ? 'md5' : undefined);
	return safeEqual(didiSign(params, signKey, chosen), given.toLowerCase());
}

/** `ent` as DiDi expects it: 1 = "AES128", 2 = "AES256". */
export function didiEnt(encryption: DidiEncryption): number {
	return encryption === 'aes256' ? 2 : 1;
}

/** AES/ECB/PKCS7 with the key's size; "aes128" answers standard Base64, "aes256" URL-safe Base64. */
export function didiEncrypt(plaintext: string, key: Buffer, encryption: DidiEncryption): string {
	const cipher = createCipheriv(`aes-${key.length * 8}-ecb`, key, null);
	const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
	return encryption === 'aes256' ? base64UrlEncode(data) : data.toString('base64');
}

/** Reverses {@link didiEncrypt}; accepts either Base64 alphabet, padding optional. */
export function didiDecrypt(ciphertext: string, key: Buffer): string {
	const decipher = createDecipheriv(`aes-${key.length * 8}-ecb`, key, null);
	return Buffer.concat([decipher.update(base64Decode(ciphertext)), decipher.final()]).toString('utf8');
}

/** The plaintext of `encrypt_content`: every param except client_id/access_token/sign, sorted raw `k=v`. */
export function didiEncryptContent(params: DidiParams): string {
	return Object.entries(params)
		.filter(([k, v]) => !['client_id', 'access_token', 'sign', 'sign_key'].includes(k) && v !== undefined && v !== null)
		.sort(([a], [b]) => byteCompare(a, b))
		.map(([k, v]) => `${k}=${didiValueText(v)}`)
		.join('&');
}

/**
 * Builds the params of one business request exactly as sent: adds client_id, access_token (overwritten),
 * timestamp (kept if already there, so a second pass over the same request is stable) and company_id
 * (unless the caller set one), encrypts when the credential asks for it, and signs. Idempotent: passing
 * its own output again yields the same params (with the current token).
 */
export function buildDidiParams(params: DidiParams, config: DidiConfig, nowSeconds: number): DidiParams {
	const p = normaliseDidiParams(params);
	delete p.sign;
	// readDidiConfig sets aesKey exactly when Encryption is on.
	if (config.aesKey && p.encrypt_content === undefined) {
		const plain: DidiParams = { ...p };
		delete plain.client_id;
		delete plain.access_token;
		if (plain.timestamp === undefined) plain.timestamp = nowSeconds;
		if (config.companyId && plain.company_id === undefined) plain.company_id = config.companyId;
		const encrypted: DidiParams = {
			encrypt_content: didiEncrypt(didiEncryptContent(plain), config.aesKey, config.encryption),
			ent: didiEnt(config.encryption),
			client_id: config.clientId,
		};
		if (config.accessToken) encrypted.access_token = config.accessToken;
		encrypted.sign = didiSign(encrypted, config.signKey, config.signMethod);
		return encrypted;
	}
	p.client_id = config.clientId;
	if (config.accessToken) p.access_token = config.accessToken;
	if (p.encrypt_content === undefined) {
		if (p.timestamp === undefined) p.timestamp = nowSeconds;
		if (config.companyId && p.company_id === undefined) p.company_id = config.companyId;
	}
	p.sign = didiSign(p, config.signKey, config.signMethod);
	return p;
}

/** The signed `/river/Auth/authorize` body. */
export function didiAuthorizeBody(credentials: CredentialData, nowSeconds: number): DidiParams {
	const config = readDidiConfig(credentials);
	const clientSecret = requireToken(credentials, 'clientSecret', LABELS.clientSecret);
	const body: DidiParams = {
		client_id: config.clientId,
		client_secret: clientSecret,
		grant_type: 'client_credentials',
		timestamp: nowSeconds,
	};
	body.sign = didiSign(body, config.signKey, config.signMethod);
	return body;
}

/** Reads the token from an authorize answer; fails with DiDi's errno/errmsg (secrets redacted). */
export function parseDidiToken(body: unknown, credentials: CredentialData): { accessToken: string; expiresIn?: number } {
	const answer = answerObject(body);
	if (answer && typeof answer.access_token === 'string' && answer.access_token) {
		const expiresIn = Number(answer.expires_in);
		return { accessToken: answer.access_token, expiresIn: Number.isFinite(expiresIn) ? expiresIn : undefined };
	}
	const errno = answer?.errno === undefined ? undefined : String(answer.errno);
	const message = redactCredentials(String(answer?.errmsg ?? 'no access_token in the answer'), credentials);
	const hint =
		errno === '400'
			? ' Check Client ID and Client Secret.'
			: errno === '19999'
				? ' Check Sign Key and Sign Method.'
				: errno === '10002'
					? " The n8n server's IP is not on the DiDi app's IP whitelist."
					: '';
	throw new TokenRequestError(`DiDi token request failed${errno ? ` (errno ${errno})` : ''}: ${message}.${hint}`, errno);
}

/** True when a business answer says the access token is invalid or expired (HTTP 200 with errno 401). */
export function isDidiTokenExpired(body: unknown): boolean {
	const answer = answerObject(body);
	return !!answer && String(answer.errno) === '401';
}

/** Alias kept for the node transport: see {@link isDidiTokenExpired}. */
export const isTokenExpired = isDidiTokenExpired;

/**
 * Decrypts an encrypted answer (`encrypt_data`) with the credential's key: the decrypted JSON becomes
 * `data` (or, when it is a whole envelope with errno, replaces the envelope's fields). Plain answers, and
 * answers when encryption is off, pass through unchanged.
 */
export function decryptDidiResponse(body: unknown, credentials: CredentialData): unknown {
	// Text, arrays and other values have no encrypt_data field either.
	const envelope = (body ?? {}) as Record<string, unknown>;
	if (typeof envelope.encrypt_data !== 'string' || !envelope.encrypt_data) return body;
	const config = readDidiConfig(credentials);
	if (!config.aesKey) {
		throw new CredentialFieldError(
			LABELS.encryption,
			'encryption',
			'is off, but DiDi answered encrypted data: set Encryption and Encrypt Key as in the DiDi console',
		);
	}
	let plain: string | undefined;
	try {
		plain = didiDecrypt(envelope.encrypt_data, config.aesKey);
	} catch {
		// a wrong key or Encryption type: refused below
	}
	if (plain === undefined) {
		throw new CredentialFieldError(LABELS.encryptKey, 'encryptKey', 'could not decrypt the DiDi answer: check the key and Encryption type');
	}
	const decoded = safeJson(plain);
	const rest: Record<string, unknown> = { ...envelope };
	delete rest.encrypt_data;
	if (decoded && typeof decoded === 'object' && !Array.isArray(decoded) && 'errno' in decoded) {
		return { ...rest, ...(decoded as Record<string, unknown>) };
	}
	return { ...rest, data: decoded === undefined ? plain : decoded };
}

/** The request options this module reads and writes (the one shape, in common.ts). */
export type { SignableRequest };

/** Methods whose params travel in the query string. */
function bodyless(method: string): boolean {
	return ['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method);
}

/**
 * Signs one request in place of n8n's `authenticate`: GET-like requests carry every param and the sign in
 * the query string (built into the URL, RFC 3986-encoded; the sign covers the raw values); other methods
 * send params and sign as a JSON body string. Returns a new options object; never mutates the caller's
 * body or qs. Idempotent over its own output.
 */
export function signDidiRequest<T extends SignableRequest>(credentials: CredentialData, request: T, nowSeconds: number): T {
	const config = readDidiConfig(credentials);
	const method = String(request.method ?? 'GET').toUpperCase();
	const out: SignableRequest = { ...request, headers: { ...(request.headers ?? {}) } };
	const url = absoluteUrl(takeRequestUrl(request, out), request.baseURL, config.baseUrl);
	const { path, query } = splitUrl(url);
	const fromQuery: DidiParams = {};
	for (const [k, v] of query) fromQuery[k] = v;
	for (const [k, v] of Object.entries(request.qs ?? {})) fromQuery[k] = v;
	delete out.baseURL;
	out.qs = {};
	if (bodyless(method)) {
		const params = buildDidiParams(fromQuery, config, nowSeconds);
		const pairs: Array<[string, string]> = Object.entries(params).map(([k, v]) => [k, didiValueText(v)]);
		out.url = `${path}?${encodeQuery(pairs)}`;
		delete out.body;
		return out as T;
	}
	let bodyParams: DidiParams = {};
	const body = request.body;
	if (typeof body === 'string' || Buffer.isBuffer(body)) {
		const raw = body.toString();
		const parsed = raw.trim() ? safeJson(raw) : {};
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
			throw new TypeError('DiDi request body must be a JSON object');
		}
		bodyParams = parsed as DidiParams;
	} else {
		// An object body's fields; any other value (none, a number) adds none.
		bodyParams = { ...(body as DidiParams | undefined) };
	}
	const params = buildDidiParams({ ...fromQuery, ...bodyParams }, config, nowSeconds);
	out.url = path;
	out.body = JSON.stringify(params);
	const headers = out.headers as Record<string, unknown>;
	for (const key of Object.keys(headers)) if (key.toLowerCase() === 'content-type') delete headers[key];
	headers['Content-Type'] = 'application/json';
	return out as T;
}
