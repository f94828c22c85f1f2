import { sleep } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';
import { envelopeError, envelopeProfile, notTheEnvelope } from '../common/envelope';
import { Pacer } from '../common/pacing';
import { createTransport } from '../common/transport';
import type { RequestContext, RequestOptions, VendorProfile, VendorResponse } from '../common/types';

/** ZhiGuanChe's envelope (docs/vendors/zhiguanche.md): `{ code, message, data }`, code 0 = success. */
export interface ZgcEnvelope<T = unknown> {
	code?: number | string;
	message?: string;
	data?: T;
	[key: string]: unknown;
}

/** The contract's rate limit: 20 requests per second per app [A]. */
export const ZGC_REQUESTS_PER_SECOND = 20;

export const ZGC_HINTS: Record<string, string> = {
	'40001': 'ZhiGuanChe refused a parameter; its message names the field.',
	'40100': 'ZhiGuanChe does not accept the App Key / App Secret. Check them in the credential.',
	'40101': 'ZhiGuanChe refused the access token even after fetching a new one. Check that App Key and App Secret belong to the same application.',
	'40301': 'ZhiGuanChe could not verify the signature. Check the App Secret, and that Base URL and Path Prefix match your API document (the signature covers the full path).',
	'40302': "ZhiGuanChe refused the timestamp (±5 minutes). Check the n8n server's clock.",
	'40303': 'ZhiGuanChe saw this nonce before. Retry the operation.',
	'40401': 'ZhiGuanChe has no such record (or path). Check the ID, and Base URL / Path Prefix in the credential.',
	'40901': 'A record with this unique value (outer ID, code, plate number, mobile …) already exists in ZhiGuanChe.',
	'42901': 'ZhiGuanChe rate limit (20 requests/second per app) still exceeded after retries. Run fewer workflows with this credential at once.',
	'50000': 'ZhiGuanChe reported a system error. Try again later.',
};

export const zhiguancheProfile: VendorProfile = envelopeProfile({
	vendor: 'ZhiGuanChe',
	credentialType: 'zhiguancheApi',
	// 401 / 40101: access token missing, invalid or expired → fetch a new token once.
	expiredStatus: 401,
	fields: { code: 'code', message: 'message' },
	judge(answer) {
		const { code } = answer;
		const message = answer.message ?? answer.http;
		const retryable = answer.retryable || code === '42901';
		if (code !== undefined && code !== '0') return { code, message, retryable };
		if (answer.failed) return { code: answer.status, message, retryable };
		// Cut off or garbled: retried like a 5xx (creates without an Outer ID are sent with retries: 0).
		if (!answer.envelope || code === undefined) return notTheEnvelope('ZhiGuanChe', 'its {code, message, data} envelope');
		return undefined;
	},
	hints: ZGC_HINTS,
});

/**
 * Every call shares one bucket per credential, from any number of items and executions in this process. The
 * contract counts the requests that *arrived* in the last second [A]; a request arrives between its start and
 * its answer, so a request holds its place in the window from its start until one second after its answer:
 * at most 20 requests are ever counted in any second, whatever the transit times (a request that leaves
 * late, a busy event loop, a token fetch first). A full window's places come free one second after each
 * answer; places a stall left unused are made up at once, so the achieved rate is 20 per (1 s + one round
 * trip). At most 20 in flight (the window's places).
 */
export const zhiguanchePacer = new Pacer({
	api: {
		window: { limit: ZGC_REQUESTS_PER_SECOND, windowMs: 1000, holdUntil: 'answer' },
		concurrency: ZGC_REQUESTS_PER_SECOND,
		// A 429 / 42901 is not counted toward the limit [A] (the refused request did nothing): its place is reused.
		uncounted: (response) => (response as VendorResponse | undefined)?.statusCode === 429,
	},
});

const transport = createTransport(zhiguancheProfile, zhiguanchePacer);

export type ZgcCall = Omit<RequestOptions, 'bucket'> & {
	/**
	 * A write ZhiGuanChe cannot recognise when repeated (no outer ID): never retried after an answer that may
	 * have been processed (5xx, dropped connection); only a rate-limit refusal (nothing was done) is re-sent.
	 */
	once?: boolean;
};

/** One ZhiGuanChe call; answers the whole envelope. */
export async function zgcRequest<T = unknown>(this: RequestContext, call: ZgcCall): Promise<ZgcEnvelope<T>> {
	const { once, ...options } = call;
	if (!once) return (await transport.call(this, { ...options, bucket: 'api' })) as ZgcEnvelope<T>;
	for (let attempt = 0; ; attempt++) {
		const accept = [...(options.accept ?? []), ...(attempt < 3 ? ['42901'] : [])];
		const envelope = (await transport.call(this, { ...options, bucket: 'api', retries: 0, accept })) as ZgcEnvelope<T>;
		if (String(envelope.code) !== '42901' || options.accept?.includes('42901')) return envelope;
		await sleep(250 * 2 ** attempt);
	}
}

/** One ZhiGuanChe call; answers `data`. */
export async function zgcData(this: RequestContext, call: ZgcCall): Promise<IDataObject> {
	return (await zgcRequest.call(this, call)).data as IDataObject;
}

/** The NodeApiError an accepted ZhiGuanChe refusal means, for operations that decide to raise it after all. */
export function zgcError(context: RequestContext, envelope: ZgcEnvelope, itemIndex?: number, httpCode = 400) {
	return envelopeError(context, zhiguancheProfile, envelope, { itemIndex, httpCode });
}
