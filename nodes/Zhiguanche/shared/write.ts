/**
 * Exactly-once writes. A create with an Outer ID may be repeated safely (a re-run, a retry after a lost
 * answer): ZhiGuanChe answers 409 / 40901 with the existing record's id, and the write counts as done only when
 * that stored record equals what was sent. Without an Outer ID a create is sent once (see `once` in transport).
 */
import type { IDataObject } from 'n8n-workflow';
import { decimalsEqual, isDecimal } from '../../common/decimal';
import type { RequestContext } from '../../common/types';
import { zgcData, zgcError, zgcRequest, type ZgcEnvelope } from '../transport';

const DUPLICATE = '40901';

/** Whether a stored value equals a sent one (ids and numbers as text, amounts exactly, lists as sets). */
export function sameValue(sent: unknown, stored: unknown): boolean {
	if (Array.isArray(sent)) {
		const a = sent.map(String).sort();
		const b = Array.isArray(stored) ? stored.map(String).sort() : [];
		return a.length === b.length && a.every((x, k) => x === b[k]);
	}
	if (typeof sent === 'string' && /\./.test(sent) && isDecimal(sent) && isDecimal(stored)) {
		return decimalsEqual(sent, String(stored));
	}
	return String(sent ?? '') === String(stored ?? '');
}

/** The sent fields the stored record differs in. */
export function differences(sent: IDataObject, stored: IDataObject): string[] {
	return Object.keys(sent).filter((key) => !sameValue(sent[key], stored[key]));
}

function duplicateId(envelope: ZgcEnvelope): string | undefined {
	const data = envelope.data as IDataObject | undefined;
	return data && data.id !== undefined && data.id !== null ? String(data.id) : undefined;
}

/**
 * POST a create. With `body.outerId`: retried freely; a duplicate resolves to the existing record when it
 * equals what was sent (`created: false`) and fails naming the differing fields otherwise.
 */
export async function createRecord(
	this: RequestContext,
	path: string,
	body: IDataObject,
	itemIndex: number,
	getPath: (id: string) => string = (id) => `${path}/${encodeURIComponent(id)}`,
): Promise<IDataObject> {
	const keyed = body.outerId !== undefined && body.outerId !== '';
	const envelope = await zgcRequest.call(this, {
		method: 'POST',
		path,
		body,
		itemIndex,
		...(keyed ? { accept: [DUPLICATE] } : { once: true }),
	});
	if (String(envelope.code) !== DUPLICATE) return { ...(envelope.data as IDataObject), created: true };
	const id = duplicateId(envelope);
	if (!id) throw zgcError(this, envelope, itemIndex, 409);
	const stored = await zgcData.call(this, { method: 'GET', path: getPath(id), itemIndex });
	if (String(stored.outerId ?? '') !== String(body.outerId)) throw zgcError(this, envelope, itemIndex, 409);
	const differs = differences(body, stored);
	if (differs.length) {
		const error = zgcError(this, envelope, itemIndex, 409);
		error.description = `Outer ID ${String(body.outerId)} is already used by record ${id}, which differs in: ${differs.join(', ')}. Use Update (or Upsert) to change it.`;
		throw error;
	}
	return { ...stored, created: false };
}
