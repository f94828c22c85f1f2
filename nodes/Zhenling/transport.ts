import type { IDataObject } from 'n8n-workflow';
import { envelopeProfile, notTheEnvelope } from '../common/envelope';
import { createTransport } from '../common/transport';
import type { RequestContext, RequestOptions, VendorProfile, VendorResponse } from '../common/types';

/** Zhenling's envelope [A]: `{ code: "0", message, data }`; any other code is a refusal. */
export interface ZhenlingEnvelope<T = unknown> {
	code?: string | number;
	subCode?: string;
	message?: string;
	data?: T;
	[key: string]: unknown;
}

/** Default path prefix of the business APIs below the Base URL [A]; the credential's Path Prefix overrides it. */
export const ZHENLING_DEFAULT_PATH_PREFIX = '/api/v1';

export const ZHENLING_HINTS: Record<string, string> = {
	A0400: 'Zhenling refused a parameter; its message names it. Check the fields against the Open Platform document (甄零开放平台).',
	A0401: 'Zhenling does not know the user given in "Act as User" (userIdType + userId). Check the e-mail, USERID or login name.',
	A0404: 'Zhenling does not know this record or path. Check the code, and the Base URL and Path Prefix in the credential.',
	A0429: 'Zhenling is rate-limiting this app. The node retried with backoff; lower the batch size or spread the runs.',
	'401': 'Zhenling refused the access token even after fetching a new one. Check Client ID, Client Secret and Token URL.',
	'403': "Zhenling refused the call. Check that the n8n server's egress IP is whitelisted and the app may call this API.",
	'404': 'Zhenling does not know this path. Check the Base URL and Path Prefix in the credential.',
};

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** A download answered JSON (an error envelope) instead of the file: read it as the envelope. */
function jsonOfDownload(response: VendorResponse, body: Buffer): unknown {
	if (!/json/i.test(headerText(response.headers['content-type']))) return undefined;
	try {
		return JSON.parse(body.toString('utf8'));
	} catch {
		return undefined;
	}
}

export const zhenlingProfile: VendorProfile = envelopeProfile({
	vendor: 'Zhenling',
	credentialType: 'zhenlingApi',
	expiredStatus: 401,
	fields: { code: 'code', message: 'message' },
	bodyOf: (response, answer) => (Buffer.isBuffer(answer) ? jsonOfDownload(response, answer) : answer),
	judge(answer, raw) {
		const { code, envelope } = answer;
		const message = answer.message ?? answer.http;
		if (answer.retryable) return { code: code ?? answer.status, message, retryable: true };
		if (answer.failed) return { code: code ?? answer.status, message };
		if (Buffer.isBuffer(raw) && !envelope) return undefined;
		// Cut off or garbled: nothing says whether the call was done, so it is retried like a 5xx (a write without
		// an idempotency key is sent with retries: 0 and fails instead).
		if (!envelope) return notTheEnvelope('Zhenling', 'its JSON envelope');
		if (code !== undefined && code !== '0') return { code, message };
		return undefined;
	},
	hints: ZHENLING_HINTS,
});

const transport = createTransport(zhenlingProfile);

/** The credential's path prefix ('' allowed), without a trailing slash. */
async function pathPrefix(context: RequestContext, itemIndex?: number): Promise<string> {
	const credentials = await context.getCredentials('zhenlingApi', itemIndex);
	const prefix = credentials.pathPrefix === undefined ? ZHENLING_DEFAULT_PATH_PREFIX : String(credentials.pathPrefix).trim();
	return prefix.replace(/\/+$/, '');
}

/** One Zhenling business call; `path` is below the path prefix (e.g. `/contract/list`). Answers the envelope. */
export async function zhenlingRequest<T = unknown>(
	this: RequestContext,
	options: RequestOptions,
): Promise<ZhenlingEnvelope<T>> {
	const path = `${await pathPrefix(this, options.itemIndex)}${options.path}`;
	const json = options.body !== undefined && !Buffer.isBuffer(options.body) && typeof options.body !== 'string';
	return (await transport.call(this, {
		...options,
		path,
		headers: { ...(json ? { 'Content-Type': 'application/json' } : {}), ...(options.headers ?? {}) },
	})) as ZhenlingEnvelope<T>;
}

/** One Zhenling call; answers `data`. */
export async function zhenlingData<T = IDataObject>(this: RequestContext, options: RequestOptions): Promise<T> {
	return (await zhenlingRequest.call(this, options)).data as T;
}

/** A binary download: the raw response (Buffer body and headers). */
export async function zhenlingDownload(
	this: RequestContext,
	options: RequestOptions,
): Promise<VendorResponse & { body: Buffer }> {
	const path = `${await pathPrefix(this, options.itemIndex)}${options.path}`;
	return (await transport.call(this, { ...options, path, encoding: 'arraybuffer', raw: true })) as VendorResponse & { body: Buffer };
}
