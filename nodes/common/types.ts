import type {
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

/** Every context this package sends vendor requests from. */
export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions;

/** A raw HTTP answer, whatever its status. */
export interface VendorResponse {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
}

/** A vendor's refusal, normalised: what `NodeApiError` needs and nothing secret. */
export interface VendorFailure {
	/** The vendor's own code (DiDi errno, Hose errorCode, Zeyi errorCode, …) as text. */
	code: string;
	message: string;
	/** Extra detail for the error's description (e.g. DiDi's params_sign_str). */
	detail?: string;
	/** The vendor's request id, when it returns one. */
	requestId?: string;
	/** Whether the same request may succeed if simply repeated later (rate limit, 5xx). */
	retryable?: boolean;
	/**
	 * A refusal the vendor made before doing anything (e.g. DiDi's "too frequent"): retried up to this many times
	 * even when the request allows fewer retries, each after `retryDelayMs`.
	 */
	retryLimit?: number;
	/** The wait before the first retry of this failure, doubled for each further retry (instead of the default backoff). */
	retryDelayMs?: number;
}

/**
 * What the shared transport needs to know about one vendor. Everything vendor-specific lives here; the
 * transport owns retries, token refresh, pacing and error construction.
 */
export interface VendorProfile {
	/** Display name used in error messages, e.g. "DiDi Enterprise". */
	vendor: string;
	/** n8n credential type name, e.g. `didiEnterpriseApi`. */
	credentialType: string;
	/** True when the answer says the access token is invalid or expired (HTTP 401, 403, or in the body). */
	isTokenExpired(response: VendorResponse): boolean;
	/** Decodes a successful answer (e.g. decrypts it); the default returns the body unchanged. */
	decode?(body: unknown, credentials: Record<string, unknown>): unknown;
	/** Returns the failure the answer carries, or undefined when it is a success. */
	failure(response: VendorResponse, body: unknown): VendorFailure | undefined;
	/** Hints for common vendor codes, shown in the error description. */
	hints?: Record<string, string>;
	/**
	 * Renewal before expiry (e.g. Hose's refreshToken shortly before `expireTime`): the credential fields to
	 * hand to preAuthentication, with an empty token, before the request is sent — or undefined to send the
	 * stored token as it is. One renewal per credential at a time, like a refresh after an expiry answer.
	 */
	renewal?(credentials: Record<string, unknown>, now: number): Record<string, unknown> | undefined;
}

export interface RequestOptions {
	method: IHttpRequestMethods;
	/** Path below the credential's base URL, e.g. `/river/Member/get`. */
	path: string;
	qs?: Record<string, unknown>;
	body?: unknown;
	headers?: Record<string, string>;
	/** Item the request is made for: errors carry it. */
	itemIndex?: number;
	/** Pacing bucket: requests in one bucket respect its minimum interval and concurrency. */
	bucket?: string;
	/** Retries on rate limits, 5xx and dropped connections (default 3). Set 0 for writes without an idempotency key. */
	retries?: number;
	/** Answer with the full response instead of the decoded body. */
	raw?: boolean;
	/**
	 * Vendor failure codes answered like a success (the decoded body) instead of thrown, for operations that
	 * handle them, e.g. DiDi 50506 "out_approval_id already used" in an exactly-once create.
	 */
	accept?: string[];
	/** Binary download: the body is returned as a Buffer. */
	encoding?: 'arraybuffer';
	timeout?: number;
	/** Called before every send of this request (first attempt and each retry). */
	onSend?: (attempt: number) => void;
}
