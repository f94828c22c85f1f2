/**
 * Exactly-once pushes. Zeyi keys bills and contracts by their `code`: a retried request (the transport
 * repeats the identical signed body after a dropped connection or 5xx) or a re-run workflow must not
 * create a second record. When Zeyi refuses a repeated code as a duplicate, the push resolves to the
 * record already there (or fails, if the user asks for that).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { zeyiError, zeyiRequest } from '../transport';

export const exactlyOnceOption: INodeProperties = {
	displayName: 'If Already Pushed (重复推送)',
	name: 'onDuplicate',
	type: 'options',
	default: 'useExisting',
	description: 'What to do when Zeyi already has a record with this code, e.g. when the workflow is re-run',
	options: [
		{ name: 'Treat as Success', value: 'useExisting', description: 'Answer duplicate: true and send nothing else' },
		{ name: 'Fail', value: 'fail', description: "Raise Zeyi's duplicate error" },
	],
};

/** Zeyi's business refusal of a code it already has (its wording varies: 已存在, 重复, 已推送 …). */
export const DUPLICATE_MESSAGE = /已存在|重复|已推送|已提交|exist|duplicate|already/i;

export function isDuplicateRefusal(envelope: { success?: unknown; errorCode?: unknown; message?: unknown }): boolean {
	return envelope.success !== true && String(envelope.errorCode ?? '') === '200' && DUPLICATE_MESSAGE.test(String(envelope.message ?? ''));
}

/**
 * Items of one push operation run concurrently (PUSH_CONCURRENCY); pushes of the same code wait for each
 * other in item order, so when two items carry one code the first item's record is the one Zeyi keeps.
 */
export const PUSH_CONCURRENCY = 4;
const pushesInFlight = new Map<string, Promise<unknown>>();

function codeOf(body: string): string {
	try {
		const code = (JSON.parse(body) as IDataObject).code;
		return code === undefined || code === null ? body : String(code);
	} catch {
		return body;
	}
}

export async function pushExactlyOnce(
	this: IExecuteFunctions,
	call: { path: string; body: string; itemIndex: number; mode: string; encrypt?: boolean },
): Promise<IDataObject> {
	const key = `${call.path}\n${codeOf(call.body)}`;
	const previous = pushesInFlight.get(key);
	const mine = (async () => {
		if (previous) await previous.catch(() => undefined);
		return await push.call(this, call);
	})();
	pushesInFlight.set(key, mine);
	try {
		return await mine;
	} finally {
		if (pushesInFlight.get(key) === mine) pushesInFlight.delete(key);
	}
}

async function push(
	this: IExecuteFunctions,
	call: { path: string; body: string; itemIndex: number; mode: string; encrypt?: boolean },
): Promise<IDataObject> {
	const envelope = await zeyiRequest.call(this, {
		path: call.path,
		body: call.body,
		itemIndex: call.itemIndex,
		accept: ['200'],
		encrypt: call.encrypt,
	});
	if (envelope.success === true) return { success: true, duplicate: false };
	if (isDuplicateRefusal(envelope) && call.mode !== 'fail') {
		return { success: true, duplicate: true, message: String(envelope.message ?? '') };
	}
	throw zeyiError(this, envelope, call.itemIndex);
}
