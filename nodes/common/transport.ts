import { NodeApiError, sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { redactAnswer, transportError, vendorApiError } from './errors';
import type { Pacer } from './pacing';
import type { RequestContext, RequestOptions, VendorProfile, VendorResponse } from './types';
import { CLAIM_WRITE, newClaim, parseClaim } from '../../credentials/signing/tokenClaim';

const RETRY_BASE_MS = 250;
const RETRY_MAX_MS = 8000;

/**
 * A network error code: `retry` for a dropped or timed-out connection (the request may not have arrived),
 * `fail` for one that cannot succeed by repeating it (refused, unknown host); undefined for anything else.
 * A switch, decided per call (not a module-level table).
 */
function networkKind(code: unknown): 'retry' | 'fail' | undefined {
	switch (code) {
		case 'ECONNRESET':
		case 'ETIMEDOUT':
		case 'ECONNABORTED':
		case 'EPIPE':
		case 'EAI_AGAIN':
		case 'ESOCKETTIMEDOUT':
			return 'retry';
		case 'ECONNREFUSED':
		case 'ENOTFOUND':
			return 'fail';
		default:
			return undefined;
	}
}

/**
 * Token fetches and refreshes in flight, per credential id: concurrent items of one execution (or of
 * several executions in one process) wait for the one in flight instead of each fetching a token.
 */
const tokenFlights = new Map<string, Promise<void>>();

/**
 * Refreshing a token the vendor refused (or one due for renewal), across processes (n8n queue mode: several
 * workers see the refusal at the same moment, and the token flight above is per process). The process that
 * leads its own flight agrees with the others through the credential n8n stores in its database
 * (credentials/signing/tokenClaim.ts, Fischer's protocol): it writes a claim in place of the refused token,
 * waits `settleMs` — longer than saving a claim takes — and reads the credential again. The process whose
 * claim is still there refreshes; the others wait (reading every `pollMs`) for the token it saves. A claim
 * older than `claimMs` (its process died or its refresh hangs) is taken over; after `rounds` rounds without
 * agreement a process refreshes anyway. Tests of one process set `settleMs` to 0.
 */
export const crossProcessRefresh = { settleMs: 2000, pollMs: 250, claimMs: 20000, rounds: 3 };

function liveClaim(token: unknown, now: number): boolean {
	const claim = parseClaim(token);
	return claim !== undefined && now - claim.at < crossProcessRefresh.claimMs;
}

/** The credentials each node context (one node run, all its items) read, per credential type. */
const credentialReads = new WeakMap<object, Record<string, Promise<ICredentialDataDecryptedObject>>>();

function retryDelay(attempt: number, response?: VendorResponse): number {
	const header = response?.headers?.['retry-after'];
	const seconds = Number(Array.isArray(header) ? header[0] : header);
	// No header is Number(undefined): NaN.
	if (Number.isFinite(seconds) && seconds >= 0) {
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
		if (networkKind(candidate)) return candidate as string;
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
		/** A fresh read, once no live claim of a refresh in progress (here or in another process) is in it. */
		const readPastClaims = async () => {
			let data = await read();
			while (liveClaim(data.accessToken, Date.now())) {
				await sleep(crossProcessRefresh.pollMs);
				data = await read();
			}
			return data;
		};
		/** Saves `value` as the credential's token through n8n (a claim, or '' to release one); sends nothing. */
		// Only the leader of a token flight writes (agree, releaseClaim): the node has a credential reference.
		const writeToken = async (value: string) => {
			const { id, name } = reference!;
			const data = { ...credentials, accessToken: '', [CLAIM_WRITE]: value } as ICredentialDataDecryptedObject;
			await this.helpers.httpRequestWithAuthentication
				.call(this, profile.credentialType, { method: 'GET', url: baseUrl || 'http://127.0.0.1' }, {
					credentialsDecrypted: { id: id!, name, type: profile.credentialType, data },
				})
				.catch(() => undefined); // ClaimWritten: authenticate stopped the request after n8n saved the claim
		};
		/**
		 * The cross-process agreement (crossProcessRefresh) after `stale` was refused or is due for renewal:
		 * true when this process refreshes (its claim is in the credential), false when another process saved a
		 * fresh token meanwhile (then in `credentials`).
		 */
		let claimed: string | undefined;
		const agree = async (stale: unknown): Promise<boolean> => {
			for (let round = 0; round < crossProcessRefresh.rounds; round++) {
				credentials = await readPastClaims();
				const token = credentials.accessToken;
				if (token !== '' && token !== stale && parseClaim(token) === undefined) return false;
				const claim = newClaim(Date.now());
				await writeToken(claim);
				if (crossProcessRefresh.settleMs > 0) await sleep(crossProcessRefresh.settleMs);
				credentials = await read();
				if (credentials.accessToken === claim) {
					claimed = claim;
					return true;
				}
			}
			return true;
		};
		/** After a refresh this process claimed failed: the claim is released ('' — the next request fetches). */
		const releaseClaim = async () => {
			const claim = claimed;
			claimed = undefined;
			if (claim !== undefined && (await read().catch(() => credentials)).accessToken === claim) await writeToken('');
		};

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
		// A send that read another refresh's live claim: it hands its pacing slot back and waits outside it (the
		// refresh itself may be queued behind it in the same bucket).
		const CLAIMED = Symbol('claimed');
		const call = async (forceRefresh: boolean): Promise<VendorResponse | typeof CLAIMED> => {
			const data = reference?.id
				? forceRefresh
					? { ...credentials, ...(renewing ?? {}), accessToken: '' }
					: { ...(await read()) }
				: undefined;
			if (data && !forceRefresh && liveClaim(data.accessToken, Date.now())) return CLAIMED;
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

		/**
		 * Sends once; leads the token flight when this call fetches or refreshes the token. `stale`: the token a
		 * forced refresh replaces (refused by the vendor or due for renewal) — the flight's leader first agrees
		 * with the other processes who refreshes it.
		 */
		const send = async (forceRefresh: boolean, stale?: unknown): Promise<VendorResponse> => {
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
			let answered = false;
			try {
				if (release && forceRefresh && stale !== undefined) forceRefresh = await agree(stale);
				const paced = () => call(forceRefresh);
				const once = async () =>
					pacer && options.bucket && pacer.has(options.bucket)
						? await pacer.run(pacingKey, options.bucket, paced)
						: await paced();
				let response = await once();
				while (response === CLAIMED) {
					await readPastClaims();
					response = await once();
				}
				answered = true;
				return response;
			} finally {
				// A refresh this process claimed failed: its claim must not hold the others up.
				if (!answered) await releaseClaim();
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
		// The token a forced refresh replaces (the one due for renewal, or the one the vendor refused).
		let staleToken: unknown = credentials.accessToken;
		for (let attempt = 0; ; attempt++) {
			let response: VendorResponse;
			try {
				options.onSend?.(attempt);
				if (!used.includes(credentials)) used.push(credentials);
				response = await send(forceRefresh, staleToken);
				forceRefresh = false;
				if (renewing) {
					renewing = undefined;
					credentials = await read();
				}
			} catch (error) {
				const code = networkCode(error);
				if (networkKind(code) === 'retry' && attempt < retries) {
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
				// The token this request sent (the last send's credential data), refused by the vendor.
				staleToken = sent.length ? sent[sent.length - 1].accessToken : credentials.accessToken;
				// Another request may be refreshing, or may have refreshed since this one read its token — in this
				// process (the token flight) or in another one (then its token is in the credential; a refresh in
				// progress there shows as its claim, which the next send's read waits out).
				if (!(await waitForFlight())) {
					credentials = await read();
					const current = credentials.accessToken;
					forceRefresh = current === staleToken || current === '' || parseClaim(current) !== undefined;
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
