import type { IDataObject } from 'n8n-workflow';
import { hoseRenewal } from '../../credentials/signing/hose';
import { Pacer } from '../common/pacing';
import type { BucketRule } from '../common/pacing';
import { asObject, envelopeProfile, notTheEnvelope } from '../common/envelope';
import { createTransport } from '../common/transport';
import type { RequestContext, RequestOptions, VendorProfile } from '../common/types';

/** Hose's error envelope (HTTP 400 / 403 / 412): `{ errorCode, errorMessage, errorDetails }`. */
export interface HoseErrorBody {
	errorCode?: number | string;
	errorMessage?: string;
	errorDetails?: unknown;
	[key: string]: unknown;
}

export const HOSE_HINTS: Record<string, string> = {
	'400': 'Hose refused a parameter (HTTP 400); its message names the field.',
	'403':
		'Hose refused the access token even after fetching a new one (HTTP 403), or the app lacks permission for this API. Check App Key / App Security and that the Open API authorisation covers this interface.',
	'404': 'Hose does not know this path. Check the Edition / Base URL in the credential.',
	'412':
		'Hose refused the call by a business rule (HTTP 412), e.g. a duplicate code, a document not in the right state, or someone who is not the current approver.',
	'429': 'Hose rate limit (QPS) reached; the call was retried with backoff and still refused. Slow the workflow down.',
};

const detailText = (details: unknown): string | undefined => {
	if (details === undefined || details === null || details === '') return undefined;
	return `Hose details: ${typeof details === 'string' ? details : JSON.stringify(details)}`;
};

export const hoseProfile: VendorProfile = envelopeProfile({
	vendor: 'Hose',
	credentialType: 'hoseApi',
	// hose.md: an invalid or expired token answers HTTP 403 (not 401) — refresh and retry once.
	expiredStatus: 403,
	fields: { code: 'errorCode', message: 'errorMessage' },
	judge(answer) {
		// Cut off or garbled JSON (n8n's helper leaves it a string): retried like a 5xx — a create without an
		// idempotency key is sent with retries: 0 and fails instead.
		if (typeof answer.body === 'string' && answer.body !== '' && !answer.failed) return notTheEnvelope('Hose', 'JSON');
		if (!answer.failed) return undefined;
		return {
			code: answer.code || answer.status,
			message: answer.message ?? answer.http,
			detail: detailText(answer.envelope?.errorDetails),
			retryable: answer.retryable,
		};
	},
	hints: HOSE_HINTS,
	// Hose's refreshToken renews a token only before it expires: ask for it shortly before `expireTime`.
	renewal: hoseRenewal,
});

/** Rules registered at run time (the approval interval is an option of the operation). */
const rules: Record<string, BucketRule> = {};
export const hosePacer = new Pacer(rules);

/**
 * The bucket for approval calls: one at a time and at least `intervalMs` between the end of one call and the
 * start of the next (hose.md: "batch approve ≤10 documents per call and >1 min between loops").
 */
export function approvalBucket(intervalMs: number): string {
	const name = `approval:${intervalMs}`;
	rules[name] ??= { minIntervalMs: intervalMs, concurrency: 1, intervalFrom: 'end' };
	return name;
}

const transport = createTransport(hoseProfile, hosePacer);

/** One Hose call; answers the decoded body (`{value}`, `{items}`, `{count, items}`, `{flow}` …). */
export async function hoseRequest<T = IDataObject>(this: RequestContext, options: RequestOptions): Promise<T> {
	return (await transport.call(this, options)) as T;
}

/** Hose refusals an operation takes over (it turns them into per-item results). */
export const HOSE_REFUSALS = ['400', '403', '412'];

/** The refusal a body carries, when the call was made with `accept: HOSE_REFUSALS`. */
export function refusalOf(body: unknown): { code: string; message: string } | undefined {
	const envelope = asObject(body);
	if (!envelope || envelope.errorCode === undefined || envelope.errorCode === null) return undefined;
	if (!envelope.errorMessage && !('errorDetails' in envelope)) return undefined;
	return { code: String(envelope.errorCode), message: String(envelope.errorMessage ?? 'refused') };
}

/** Hose ids look like `corpId:ID_3rAZNCY2V$g`: keep `:` and `$` as Hose writes them, escape the rest. */
const pathPart = (id: string): string => encodeURIComponent(id).replace(/%3A/gi, ':').replace(/%24/g, '$');

/** `$id` path segment (hose.md: ids in paths carry a `$` prefix). */
export const idSegment = (id: string): string => `$${pathPart(id)}`;

/** `[id1,id2]` path segment for id lists. */
export const idListSegment = (ids: string[]): string => `[${ids.map(pathPart).join(',')}]`;

/** Lists answer `{count, items}`; some answer `{items}` only. */
export function listOf(body: unknown): { records: IDataObject[]; total?: number } {
	const page = asObject(body) ?? {};
	const records = Array.isArray(page.items) ? (page.items as IDataObject[]) : [];
	const total = page.count === undefined ? undefined : Number(page.count);
	return { records, total: Number.isFinite(total) ? total : undefined };
}

/** Single answers `{value}`. */
export const valueOf = <T = IDataObject>(body: unknown): T => (asObject(body)?.value ?? body) as T;
