import { NodeApiError, sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { transportError, vendorApiError } from './errors';
import type { Pacer } from './pacing';
import type { RequestContext, RequestOptions, VendorProfile, VendorResponse } from './types';

const RETRY_BASE_MS = 250;
const RETRY_MAX_MS = 8000;

function retryDelay(attempt: number, response?: VendorResponse): number {
	const header = response?.headers?.['retry-after'];
	const seconds = Number(Array.isArray(header) ? header[0] : header);
	if (Number.isFinite(seconds) && seconds > 0) return Math.min(seconds * 1000, RETRY_MAX_MS);
	return Math.min(RETRY_BASE_MS * 2 ** attempt, RETRY_MAX_MS);
}

function isNetworkError(error: unknown): error is Error & { code?: string } {
	const code = (error as { code?: string })?.code;
	return (
		typeof code === 'string' &&
		['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ERR_BAD_RESPONSE'].includes(code)
	);
}

/**
 * The one request path every vendor node uses. It signs through the credential
 * (`httpRequestWithAuthentication`), then owns what the HTTP layer does not:
 * - token expiry in any shape (HTTP 401, Hose's 403, DiDi's 200 + errno 401): one forced refresh, one retry;
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
		const credentials = (await this.getCredentials(
			profile.credentialType,
			itemIndex,
		)) as ICredentialDataDecryptedObject;
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
		const reference = node.credentials?.[profile.credentialType];
		const retries = options.retries ?? 2;
		const pacingKey = reference?.id ?? 'default';

		const send = async (refresh: boolean): Promise<VendorResponse> => {
			const call = async () =>
				(await this.helpers.httpRequestWithAuthentication.call(
					this,
					profile.credentialType,
					{ ...request, headers: { ...(request.headers ?? {}) } },
					refresh && reference?.id
						? {
								credentialsDecrypted: {
									id: reference.id,
									name: reference.name,
									type: profile.credentialType,
									data: { ...credentials, accessToken: '' },
								},
							}
						: undefined,
				)) as VendorResponse;
			return pacer && options.bucket && pacer.has(options.bucket)
				? await pacer.run(pacingKey, options.bucket, call)
				: await call();
		};

		let refreshed = false;
		for (let attempt = 0; ; attempt++) {
			let response: VendorResponse;
			try {
				response = await send(refreshed && attempt === 0);
			} catch (error) {
				if (isNetworkError(error) && attempt < retries) {
					await sleep(retryDelay(attempt));
					continue;
				}
				throw error instanceof NodeApiError && !isNetworkError(error)
					? error
					: transportError(node, profile, error as Error, { itemIndex, credentials });
			}
			if (!refreshed && profile.isTokenExpired(response)) {
				refreshed = true;
				attempt = -1;
				continue;
			}
			const body = profile.decode ? profile.decode(response.body, credentials) : response.body;
			const failure = profile.failure(response, body);
			if (failure) {
				if (failure.retryable && attempt < retries) {
					await sleep(retryDelay(attempt, response));
					continue;
				}
				throw vendorApiError(node, profile, failure, {
					httpCode: response.statusCode,
					itemIndex,
					credentials,
				});
			}
			return (options.raw ? { ...response, body } : body) as T;
		}
	};
}

export type VendorRequest = ReturnType<typeof createTransport>;
