import { NodeApiError, sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { redactAnswer, transportError, vendorApiError } from './errors';
import type { Pacer } from './pacing';
import type { RequestContext, RequestOptions, VendorProfile, VendorResponse } from './types';

const RETRY_BASE_MS = 250;
const RETRY_MAX_MS = 8000;
const NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'EAI_AGAIN',
	'ENOTFOUND',
	'ESOCKETTIMEDOUT',
]);
const RETRYABLE_NETWORK_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'EAI_AGAIN', 'ESOCKETTIMEDOUT']);

/**
 * Token fetches and refreshes in flight, per credential id: concurrent items of one execution (or of
 * several executions in one process) wait for the one in flight instead of each fetching a token.
 */
const tokenFlights = new Map<string, Promise<void>>();

/**
 * Refreshing a token the vendor refused, across processes (n8n queue mode: several workers see the refusal at
 * the same moment, and the token flight above is per process). Before refreshing, a process waits a random
 * slot and reads the credential again: a process that refreshed meanwhile has saved its token there (n8n
 * stores the token, encrypted, in the credential in its database), and that token is used instead. Two
 * processes whose slots fall within one refresh of each other still both refresh (see docs/queue-mode.md).
 * Tests of one process set `slots` to 0.
 */
export const crossProcessRefresh = { slotMs: 300, slots: 8 };

const refreshSlot = () =>
	crossProcessRefresh.slots > 0
		? Math.floor(Math.random() * crossProcessRefresh.slots) * crossProcessRefresh.slotMs
		: 0;

/** The credentials each node context (one node run, all its items) read, per credential type. */
const credentialReads = new WeakMap<object, Record<string, Promise<ICredentialDataDecryptedObject>>>();

function retryDelay(attempt: number, response?: VendorResponse): number {
	const header = response?.headers?.['retry-after'];
	const seconds = Number(Array.isArray(header) ? header[0] : header);
	if (Number.isFinite(seconds) && seconds >= 0 && header !== undefined) {
		return Math.min(seconds * 1000, RETRY_MAX_MS);
	}
	return Math.min(RETRY_BASE_MS * 2 ** attempt, RETRY_MAX_MS);
}

/** The network error code of an error thrown by n8n's HTTP helpers (which wrap axios errors). */
function networkCode(error: unknown): string | undefined {
	const e = error as {
		code?: unknown;
		httpCode?: unknown;
		cause?: { code?: unknown };
		errorResponse?: { code?: unknown };
	};
	for (const candidate of [e?.code, e?.httpCode, e?.cause?.code, e?.errorResponse?.code]) {
		if (typeof candidate === 'string' && NETWORK_CODES.has(candidate)) return candidate;
	}
	return undefined;
}

/**
 * The one request path every vendor node uses. It signs through the credential
 * (`httpRequestWithAuthentication`), then owns what the HTTP layer does not:
 * - token expiry in any shape (HTTP 401, Hose's 403, DiDi's 200 + errno 401): one forced refresh, one
 *   retry, and one token fetch or refresh at a time per credential;
 * - retries with backoff on rate limits, 5xx and dropped connections;
 * - pacing per vendor rule (minimum interval, concurrency) via the vendor's Pacer;
 * - vendor failures as NodeApiError with code, message, hint and request id, secrets redacted.
 */
export function createTransport(profile: VendorProfile, pacer?: Pacer) {
	return async function vendorRequest<T = IDataObject>(
		this: RequestContext,
		options: RequestOptions,
	): Promise<T> {
		const node = this.getNode();
		const itemIndex = options.itemIndex;
		const reference = node.credentials?.[profile.credentialType];
		const flightKey = reference?.id ? `${profile.credentialType}:${reference.id}` : undefined;
		// A fresh read asks n8n again (in n8n: a database lookup and a decryption); otherwise the credential this
		// context read last serves, unless it has no token yet. n8n's helper reads it again for signing anyway.
		const read = async (fresh = true) => {
			const reads = credentialReads.get(this) ?? {};
			credentialReads.set(this, reads);
			const known = reads[profile.credentialType];
			if (!fresh && known) return await known;
			const reading = this.getCredentials(profile.credentialType, itemIndex) as Promise<ICredentialDataDecryptedObject>;
			reads[profile.credentialType] = reading;
			const data = await reading.catch((error) => {
				if (reads[profile.credentialType] === reading) delete reads[profile.credentialType];
				throw error;
			});
			// Without a token yet, the next request must look again (another item may be fetching it).
			if (data.accessToken === '' && reads[profile.credentialType] === reading) delete reads[profile.credentialType];
			return data;
		};

		let credentials = await read(false);
		const waitForFlight = async () => {
			const flight = flightKey ? tokenFlights.get(flightKey) : undefined;
			if (!flight) return false;
			await flight.catch(() => undefined);
			credentials = await read();
			return true;
		};
		if (credentials.accessToken === '') await waitForFlight();

		const baseUrl = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
		const request: IHttpRequestOptions = {
			method: options.method,
			url: `${baseUrl}${options.path}`,
			qs: options.qs as IHttpRequestOptions['qs'],
			body: options.body as IHttpRequestOptions['body'],
			headers: options.headers,
			json: options.encoding !== 'arraybuffer',
			encoding: options.encoding,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: options.timeout ?? 60000,
		};
		const retries = options.retries ?? 3;
		const pacingKey = reference?.id ?? 'default';

		// The credential data each send signed with. n8n signs with the object it is given (and writes a token its
		// preAuthentication fetches into it): handing it a fresh read — the read n8n would otherwise do itself —
		// means an error is redacted with the token that was actually sent, even when another run refreshed the
		// token before and after this request.
		const sent: ICredentialDataDecryptedObject[] = [];
		const call = async (forceRefresh: boolean): Promise<VendorResponse> => {
			const data = reference?.id
				? forceRefresh
					? { ...credentials, ...(renewing ?? {}), accessToken: '' }
					: { ...(await read()) }
				: undefined;
			if (data) sent.push(data);
			return (await this.helpers.httpRequestWithAuthentication.call(
				this,
				profile.credentialType,
				{ ...request, headers: { ...(request.headers ?? {}) } },
				data && reference?.id
					? { credentialsDecrypted: { id: reference.id, name: reference.name, type: profile.credentialType, data } }
					: undefined,
			)) as VendorResponse;
		};

		/** Sends once; leads the token flight when this call fetches or refreshes the token. */
		const send = async (forceRefresh: boolean): Promise<VendorResponse> => {
			let release: (() => void) | undefined;
			while (flightKey && (forceRefresh || credentials.accessToken === '')) {
				if (!tokenFlights.has(flightKey)) {
					tokenFlights.set(flightKey, new Promise<void>((resolve) => (release = resolve)));
					break;
				}
				// Someone else is fetching a token: use theirs.
				const before = credentials.accessToken;
				await waitForFlight();
				if (credentials.accessToken !== '' && credentials.accessToken !== before) forceRefresh = false;
				else if (credentials.accessToken !== '' && !forceRefresh) break;
			}
			try {
				const paced = () => call(forceRefresh);
				return pacer && options.bucket && pacer.has(options.bucket)
					? await pacer.run(pacingKey, options.bucket, paced)
					: await paced();
			} finally {
				if (release) {
					tokenFlights.delete(flightKey!);
					release();
				}
			}
		};

		let refreshed = false;
		// Every credential state this request signed with: an error is redacted with all of them (the token sent,
		// not only the one read after a refresh by this or another item).
		const used: ICredentialDataDecryptedObject[] = [credentials];
		const redaction = async () => [...used, ...sent, await read().catch(() => credentials)];
		// A token the vendor profile wants renewed before use: the first send fetches it (or waits for the one
		// in flight), and the requests after it read the renewed credential.
		let renewing = profile.renewal?.(credentials, Date.now());
		let forceRefresh = renewing !== undefined;
		for (let attempt = 0; ; attempt++) {
			let response: VendorResponse;
			try {
				options.onSend?.(attempt);
				if (!used.includes(credentials)) used.push(credentials);
				response = await send(forceRefresh);
				forceRefresh = false;
				if (renewing) {
					renewing = undefined;
					credentials = await read();
				}
			} catch (error) {
				const code = networkCode(error);
				if (code && RETRYABLE_NETWORK_CODES.has(code) && attempt < retries) {
					await sleep(retryDelay(attempt));
					continue;
				}
				const latest = await redaction();
				if (code) {
					throw transportError(node, profile, Object.assign(new Error(code), { code }), {
						itemIndex,
						credentials: latest,
					});
				}
				throw error instanceof NodeApiError
					? error
					: transportError(node, profile, error as Error, { itemIndex, credentials: latest });
			}
			if (!refreshed && profile.isTokenExpired(response)) {
				refreshed = true;
				const sentToken = credentials.accessToken;
				// Another request may be refreshing, or may have refreshed since this one read its token — in this
				// process (the token flight) or in another one (the credential read again after a random slot).
				const stale = () => credentials.accessToken === sentToken || credentials.accessToken === '';
				if (!(await waitForFlight())) {
					credentials = await read();
					const slot = stale() ? refreshSlot() : 0;
					if (slot > 0) {
						await sleep(slot);
						if (!(await waitForFlight())) credentials = await read();
					}
					forceRefresh = stale();
				}
				attempt = -1;
				continue;
			}
			let body = profile.decode ? profile.decode(response.body, credentials) : response.body;
			const failure = profile.failure(response, body);
			// A refusal the operation takes over reaches node code (and often an error or an output item): cleaned.
			if (failure && options.accept?.includes(failure.code)) body = redactAnswer(body, await redaction());
			if (failure && !options.accept?.includes(failure.code)) {
				if (failure.retryable && attempt < Math.max(retries, failure.retryLimit ?? 0)) {
					await sleep(
						failure.retryDelayMs === undefined
							? retryDelay(attempt, response)
							: Math.min(failure.retryDelayMs * 2 ** Math.min(attempt, 4), RETRY_MAX_MS),
					);
					continue;
				}
				throw vendorApiError(node, profile, failure, {
					httpCode: response.statusCode,
					itemIndex,
					credentials: await redaction(),
				});
			}
			return (options.raw ? { ...response, body } : body) as T;
		}
	};
}

export type VendorRequest = ReturnType<typeof createTransport>;
