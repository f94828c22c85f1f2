/**
 * Zeyi (则一) request signing and AES helpers — pure functions, no n8n imports. Used by the credential
 * (outbound), the node (encrypting sensitive payloads) and the trigger (verifying Zeyi's calls to us).
 *
 * Headers on every business call: `appKey`, `timestamp` (ms), `nonce` (6 letters/digits) and
 * `sign` = lowercase hex MD5 of `appKey + appSecret + timestamp + nonce + data`, where `data` is the request
 * body exactly as sent ("body" scheme) or nothing (the legacy "none" scheme of Zeyi's older SDK).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
	CredentialFieldError,
	TokenRequestError,
	absoluteUrl,
	takeRequestUrl,
	bodyText,
	md5Hex,
	normaliseBaseUrl,
	randomString,
	answerObject,
	redactCredentials,
	requireField,
	requireToken,
	safeEqual,
	setHeader,
	text,
	type CredentialData,
} from './common';
import type { TokenFields } from './tokenBinding';

/** The fields the token request is made of: a token fetched with other values is not used (tokenBinding.ts). */
export const ZEYI_TOKEN_FIELDS: TokenFields = ['environment', 'baseUrl', 'username', 'password'];

export const ZEYI_ENVIRONMENTS = {
	production: 'https://gw.shjiuze.cn',
	test: 'https://test.shjiuze.cn',
} as const;

export const ZEYI_LOGIN_PATH = '/auth-service-api/login/password';

export type ZeyiSignData = 'body' | 'none';
/** "prefixed": plaintext appKey + timestamp + nonce + data with the issued IV; "randomIv": data only, random IV prepended. */
export type ZeyiEncryptionMode = 'prefixed' | 'randomIv';

const LABELS = {
	baseUrl: 'Base URL',
	environment: 'Environment',
	username: 'Username',
	password: 'Password',
	appKey: 'App Key',
	appSecret: 'App Secret',
	aesIv: 'AES IV',
	signData: 'Sign Data',
	encryptionMode: 'Encryption Mode',
} as const;

/** The base URL: a non-empty `baseUrl` (custom URL) wins; otherwise the `environment` preset. */
export function zeyiBaseUrl(credentials: CredentialData): string {
	const custom = text(credentials, 'baseUrl');
	if (custom) return normaliseBaseUrl(custom, 'baseUrl', LABELS.baseUrl);
	const environment = text(credentials, 'environment') || 'production';
	const preset = ZEYI_ENVIRONMENTS[environment as keyof typeof ZEYI_ENVIRONMENTS];
	if (!preset) {
		throw new CredentialFieldError(LABELS.environment, 'environment', 'must be "production" or "test", or set a Base URL');
	}
	return preset;
}

/** The `signData` setting: "body" (default) signs the body, "none" is the legacy scheme without it. */
export function zeyiSignDataOf(credentials: CredentialData): ZeyiSignData {
	const value = text(credentials, 'signData') || 'body';
	if (value !== 'body' && value !== 'none') {
		throw new CredentialFieldError(LABELS.signData, 'signData', 'must be "body" or "none"');
	}
	return value;
}

/** A 6-character nonce of lower-case letters and digits (Zeyi: "6位小写字母数字组合随机串"). */
export const zeyiNonce = (): string => randomString(6, 'abcdefghijklmnopqrstuvwxyz0123456789');

export interface ZeyiSignInput {
	appKey: string;
	appSecret: string;
	timestamp: string | number;
	nonce: string;
	/** The body exactly as sent ('' for none, or for the legacy scheme). */
	data?: string;
}

/** The string Zeyi hashes: plain concatenation, no separators. */
export const zeyiSignString = (input: ZeyiSignInput): string =>
	`${input.appKey}${input.appSecret}${input.timestamp}${input.nonce}${input.data ?? ''}`;

/** Zeyi's `sign`: lowercase hex MD5 of {@link zeyiSignString} (UTF-8). */
export const zeyiSign = (input: ZeyiSignInput): string => md5Hex(Buffer.from(zeyiSignString(input)));

/**
 * Verifies a Zeyi-signed call (e.g. a repair request Zeyi POSTs to a trigger). `body` is the raw body as
 * received; with `signData: 'none'` the body is not part of the signature.
 */
export function verifyZeyiSign(input: {
	appKey: string;
	appSecret: string;
	timestamp: string;
	nonce: string;
	sign: string;
	body?: string | Buffer;
	signData?: ZeyiSignData;
}): boolean {
	if (!input.sign || !input.timestamp || !input.nonce) return false;
	const data = input.signData === 'none' ? '' : Buffer.isBuffer(input.body) ? input.body.toString('utf8') : (input.body ?? '');
	return safeEqual(zeyiSign({ ...input, data }), input.sign.toLowerCase());
}

/** The AES key: appSecret's UTF-8 bytes (16/24/32 → AES-128/192/256-CBC). */
export function zeyiAesKey(appSecret: string): Buffer {
	const key = Buffer.from(appSecret);
	if (![16, 24, 32].includes(key.length)) {
		throw new CredentialFieldError(
			LABELS.appSecret,
			'appSecret',
			`must be 16, 24 or 32 bytes to be used as the AES key (got ${key.length} bytes)`,
		);
	}
	return key;
}

/** The issued IV: 16 bytes. */
export function zeyiAesIv(aesIv: string): Buffer {
	if (!aesIv) throw new CredentialFieldError(LABELS.aesIv, 'aesIv', 'is required to encrypt or decrypt Zeyi payloads');
	const iv = Buffer.from(aesIv);
	if (iv.length !== 16) {
		throw new CredentialFieldError(LABELS.aesIv, 'aesIv', `must be exactly 16 bytes (got ${iv.length} bytes)`);
	}
	return iv;
}

/** AES/CBC/PKCS5Padding → Base64 (UTF-8 plaintext). */
export function zeyiAesEncrypt(plaintext: string, key: Buffer, iv: Buffer): string {
	const cipher = createCipheriv(`aes-${key.length * 8}-cbc`, key, iv);
	return Buffer.concat([cipher.update(plaintext), cipher.final()]).toString('base64');
}

/** Reverses {@link zeyiAesEncrypt}. */
export function zeyiAesDecrypt(ciphertext: string | Buffer, key: Buffer, iv: Buffer): string {
	const data = Buffer.isBuffer(ciphertext) ? ciphertext : Buffer.from(ciphertext, 'base64');
	const decipher = createDecipheriv(`aes-${key.length * 8}-cbc`, key, iv);
	return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

export interface ZeyiCryptoOptions {
	appKey: string;
	appSecret: string;
	aesIv?: string;
	mode?: ZeyiEncryptionMode;
	/** "prefixed" mode: the timestamp and nonce of the request the payload travels in. */
	timestamp?: string | number;
	nonce?: string;
}

/**
 * Encrypts a sensitive payload. "prefixed" (Zeyi's document): plaintext `appKey + timestamp + nonce + data`
 * with the issued IV, Base64. "randomIv" (newer document): `data` only, a random 16-byte IV prepended to
 * the ciphertext, Base64 of both.
 */
export function zeyiEncryptPayload(data: string, options: ZeyiCryptoOptions): string {
	const key = zeyiAesKey(options.appSecret);
	if (options.mode === 'randomIv') {
		const iv = randomBytes(16);
		const cipher = createCipheriv(`aes-${key.length * 8}-cbc`, key, iv);
		return Buffer.concat([iv, cipher.update(data), cipher.final()]).toString('base64');
	}
	const iv = zeyiAesIv(options.aesIv ?? '');
	const prefix = `${options.appKey}${options.timestamp ?? ''}${options.nonce ?? ''}`;
	return zeyiAesEncrypt(`${prefix}${data}`, key, iv);
}

/** Reverses {@link zeyiEncryptPayload}; in "prefixed" mode strips `appKey + timestamp + nonce` when present. */
export function zeyiDecryptPayload(ciphertext: string, options: ZeyiCryptoOptions): string {
	const key = zeyiAesKey(options.appSecret);
	if (options.mode === 'randomIv') {
		const raw = Buffer.from(ciphertext, 'base64');
		return zeyiAesDecrypt(raw.subarray(16), key, raw.subarray(0, 16));
	}
	const plain = zeyiAesDecrypt(ciphertext, key, zeyiAesIv(options.aesIv ?? ''));
	if (options.timestamp !== undefined && options.nonce !== undefined) {
		const prefix = `${options.appKey}${options.timestamp}${options.nonce}`;
		return plain.startsWith(prefix) ? plain.slice(prefix.length) : plain;
	}
	// Without timestamp/nonce: appKey, a 13-digit ms timestamp and a 6-character nonce.
	const match = new RegExp(`^${escapeRegExp(options.appKey)}\\d{13}[A-Za-z0-9]{6}`).exec(plain);
	return match ? plain.slice(match[0].length) : plain;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The validated fields used to sign business calls. */
export interface ZeyiConfig {
	baseUrl: string;
	appKey: string;
	appSecret: string;
	signData: ZeyiSignData;
	accessToken: string;
}

export function readZeyiConfig(credentials: CredentialData): ZeyiConfig {
	return {
		baseUrl: zeyiBaseUrl(credentials),
		appKey: requireToken(credentials, 'appKey', LABELS.appKey),
		appSecret: requireToken(credentials, 'appSecret', LABELS.appSecret),
		signData: zeyiSignDataOf(credentials),
		accessToken: text(credentials, 'accessToken'),
	};
}

/** Validates the crypto settings (AES key from appSecret, IV, mode) and returns ready options. */
export function zeyiCryptoOptions(credentials: CredentialData): ZeyiCryptoOptions {
	const mode = (text(credentials, 'encryptionMode') || 'prefixed') as ZeyiEncryptionMode;
	if (mode !== 'prefixed' && mode !== 'randomIv') {
		throw new CredentialFieldError(LABELS.encryptionMode, 'encryptionMode', 'must be "prefixed" or "randomIv"');
	}
	const aesIv = credentials.aesIv === undefined || credentials.aesIv === null ? '' : String(credentials.aesIv);
	const options: ZeyiCryptoOptions = {
		appKey: requireToken(credentials, 'appKey', LABELS.appKey),
		appSecret: requireToken(credentials, 'appSecret', LABELS.appSecret),
		aesIv,
		mode,
	};
	zeyiAesKey(options.appSecret);
	if (mode === 'prefixed') zeyiAesIv(aesIv);
	return options;
}

/** The login body `{username, password}`. */
export function zeyiLoginBody(credentials: CredentialData): { username: string; password: string } {
	const username = requireField(credentials, 'username', LABELS.username);
	const raw = credentials.password;
	const password = raw === undefined || raw === null ? '' : String(raw);
	if (!password) throw new CredentialFieldError(LABELS.password, 'password', 'is required');
	return { username, password };
}

/** Reads `result.accessToken` from the login answer; fails with Zeyi's message (secrets redacted). */
export function parseZeyiToken(body: unknown, credentials: CredentialData): { accessToken: string; expiresIn?: number } {
	const answer = answerObject(body);
	const result = (answer?.result ?? {}) as Record<string, unknown>;
	if (answer?.success !== false && typeof result.accessToken === 'string' && result.accessToken) {
		const expiresIn = Number(result.expiresIn);
		return { accessToken: result.accessToken, expiresIn: Number.isFinite(expiresIn) ? expiresIn : undefined };
	}
	const errorCode = answer?.errorCode;
	const code = errorCode === undefined || errorCode === null ? undefined : String(errorCode);
	const message = redactCredentials(String(answer?.message ?? 'no accessToken in the answer'), credentials);
	throw new TokenRequestError(
		`Zeyi login failed${code ? ` (errorCode ${code})` : ''}: ${message}. Check Username and Password (issued by Zeyi).`,
		code,
	);
}

/** True when a business answer means "log in again" (HTTP 401). */
export const isZeyiTokenExpired = (statusCode: number): boolean => statusCode === 401;

/** The subset of n8n's IHttpRequestOptions this module reads and writes (kept n8n-free). */
export interface ZeyiSignableRequest {
	method?: string;
	url: string;
	baseURL?: string;
	body?: unknown;
	headers?: Record<string, unknown>;
	[key: string]: unknown;
}

/**
 * The request header a caller (the Zeyi node, or an HTTP Request node using this credential) sets to ask
 * `authenticate` to encrypt the body. It is read and removed by {@link signZeyiRequest}: never sent.
 */
export const ZEYI_ENCRYPT_HEADER = 'X-N8n-Zeyi-Encrypt';

/**
 * How an encrypted body travels [assumption: Zeyi's document never says]: a JSON object with one field,
 * `{"data":"<Base64 ciphertext>"}` — the shape the vendor sandbox expects and the Zeyi Trigger reads.
 */
export const zeyiEncryptedBody = (ciphertext: string): string => JSON.stringify({ data: ciphertext });

/** The ciphertext of a `{"data":"<Base64>"}` body, or undefined when the body is not that shape. */
export function zeyiCiphertextOfBody(body: string): string | undefined {
	if (!body.startsWith('{')) return undefined;
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return undefined;
	}
	// JSON text that starts with "{" is an object.
	const keys = Object.keys(parsed as object);
	const data = (parsed as Record<string, unknown>).data;
	return keys.length === 1 && typeof data === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(data) ? data : undefined;
}

/** Reads a header (any spelling) and removes every spelling of it. */
function takeHeader(headers: Record<string, unknown>, name: string): unknown {
	let value: unknown;
	for (const key of Object.keys(headers)) {
		if (key.toLowerCase() === name.toLowerCase()) {
			value = headers[key];
			delete headers[key];
		}
	}
	return value;
}

/** A header value (any spelling) without removing it. */
function headerValue(headers: Record<string, unknown>, name: string): string | undefined {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
	// Stryker disable next-line ConditionalExpression,LogicalOperator: its one reader (previousPlaintext) needs appKey, timestamp and nonce to match the ciphertext's prefix, which "undefined" / "null" text never does
	return key === undefined || headers[key] === undefined || headers[key] === null ? undefined : String(headers[key]);
}

const isOn = (value: unknown): boolean =>
	value === true || (typeof value === 'string' && /^(1|true|yes|on)$/i.test(value.trim()));

/**
 * For {@link signZeyiRequest} applied to its own output: an encrypted body in "prefixed" mode is bound to
 * the timestamp and nonce it was sent with. Returns the plaintext when `body` is our ciphertext for the
 * given (previous) appKey/timestamp/nonce, so that it can be encrypted again for the new ones.
 */
function previousPlaintext(
	credentials: CredentialData,
	body: string,
	previous: { appKey?: string; timestamp?: string; nonce?: string },
): string | undefined {
	// Only a request this function signed before carries all three: check them before parsing the body.
	// Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut — without them the prefix check below fails too
	if (!previous.appKey || !previous.timestamp || !previous.nonce) return undefined;
	const ciphertext = zeyiCiphertextOfBody(body);
	// Stryker disable next-line ConditionalExpression: a shortcut — decrypting no ciphertext fails in the try below
	if (ciphertext === undefined) return undefined;
	try {
		const options = zeyiCryptoOptions(credentials);
		if (options.mode !== 'prefixed' || previous.appKey !== options.appKey) return undefined;
		const plain = zeyiAesDecrypt(ciphertext, zeyiAesKey(options.appSecret), zeyiAesIv(String(options.aesIv)));
		const prefix = `${options.appKey}${previous.timestamp}${previous.nonce}`;
		return plain.startsWith(prefix) ? plain.slice(prefix.length) : undefined;
	} catch {
		// not our ciphertext (wrong key, IV or padding): kept as it is
	}
	return undefined;
}

/**
 * Signs one request in place of n8n's `authenticate`: serialises the body once (a string body is kept
 * byte for byte), sets Authorization, appKey, a fresh timestamp and nonce, and the sign over exactly that
 * body.
 *
 * Encryption: when the request carries the {@link ZEYI_ENCRYPT_HEADER} header (the node's "Encrypt
 * Payload" option), the header is removed and the body is replaced by `{"data":"<Base64 AES>"}` per the
 * credential's Encryption Mode — "prefixed" encrypts `appKey + timestamp + nonce + body` with exactly the
 * timestamp and nonce of this request's headers. The sign then covers that envelope, the bytes sent.
 *
 * Idempotent: applied to its own output it re-signs the same bytes (with a new nonce); a "prefixed"
 * ciphertext is decrypted and encrypted again for the new timestamp and nonce (same plaintext), a
 * "randomIv" ciphertext is kept byte for byte.
 */
export function signZeyiRequest<T extends ZeyiSignableRequest>(
	credentials: CredentialData,
	request: T,
	nowMillis: number,
	nonce: string = zeyiNonce(),
): T {
	const config = readZeyiConfig(credentials);
	const out: ZeyiSignableRequest = { ...request, headers: { ...(request.headers ?? {}) } };
	out.url = absoluteUrl(takeRequestUrl(request, out), request.baseURL, config.baseUrl);
	delete out.baseURL;
	const headers = out.headers as Record<string, unknown>;
	const encrypt = isOn(takeHeader(headers, ZEYI_ENCRYPT_HEADER));
	const timestamp = String(nowMillis);
	let data = bodyText(request.body);
	if (data) {
		const plaintext = encrypt
			? data
			: previousPlaintext(credentials, data, {
					appKey: headerValue(headers, 'appKey'),
					timestamp: headerValue(headers, 'timestamp'),
					nonce: headerValue(headers, 'nonce'),
				});
		if (plaintext !== undefined) {
			const ciphertext = zeyiEncryptPayload(plaintext, { ...zeyiCryptoOptions(credentials), timestamp, nonce });
			data = zeyiEncryptedBody(ciphertext);
		}
	}
	if (data) {
		out.body = data;
		setHeader(headers, 'Content-Type', 'application/json');
	} else {
		delete out.body;
	}
	if (config.accessToken) setHeader(headers, 'Authorization', `Bearer ${config.accessToken}`);
	setHeader(headers, 'appKey', config.appKey);
	setHeader(headers, 'timestamp', timestamp);
	setHeader(headers, 'nonce', nonce);
	setHeader(
		headers,
		'sign',
		zeyiSign({
			appKey: config.appKey,
			appSecret: config.appSecret,
			timestamp,
			nonce,
			data: config.signData === 'none' ? '' : data,
		}),
	);
	return out as T;
}
