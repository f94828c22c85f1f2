/**
 * Exactly-once pushes. Zeyi keys bills and contracts by their `code`. "Already pushed" is only success when
 * the record Zeyi holds equals what is being sent. Zeyi has no endpoint to read a record back, so the node
 * keeps a ledger (in the workflow's static data) of what it sent for each code; a refusal as duplicate is
 * compared against that ledger, and anything else — a different earlier version, or no earlier send on
 * record — is an error that says what differs or what cannot be confirmed.
 */
import { hash } from 'node:crypto';
import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { zeyiError, zeyiRequest } from '../transport';
import type { ZeyiEnvelope } from '../transport';

export const exactlyOnceOption: INodeProperties = {
	displayName: 'If Already Pushed (重复推送)',
	name: 'onDuplicate',
	type: 'options',
	default: 'useExisting',
	description:
		'What to do when Zeyi refuses this code as already pushed, e.g. when the workflow is re-run. A changed record is always an error that lists what differs.',
	options: [
		{
			name: 'Treat as Success When Identical',
			value: 'useExisting',
			description: 'Answer duplicate: true when what was pushed before for this code equals what is sent now',
		},
		{ name: 'Fail', value: 'fail', description: "Raise Zeyi's duplicate error" },
	],
};

/** Wording of a refusal of the pushed record itself (*assumption*: the document defines no duplicate answer). */
const PUSHED_BEFORE = /已推送|重复提交|重复推送|already (been )?(pushed|submitted)/i;
/** "…已存在" is about this record only when the message names its code ("手机号已存在" is not). */
const EXISTS = /已存在|already exists?/i;
/** Never a duplicate of the record: an unknown code or station, or the replay refusal of a reused nonce. */
const NOT_DUPLICATE = /不存在|does not exist|not exist|重复请求|nonce/i;

/** Whether Zeyi's business refusal says the record with this code was pushed already. */
export function isDuplicateRefusal(envelope: ZeyiEnvelope, code: string): boolean {
	if (envelope.success === true || String(envelope.errorCode ?? '') !== '200') return false;
	const message = String(envelope.message ?? '');
	if (NOT_DUPLICATE.test(message)) return false;
	if (PUSHED_BEFORE.test(message)) return true;
	return EXISTS.test(message) && code !== '' && message.includes(code);
}

export interface PushedVersion {
	digest: string;
	/** Digest per top-level field, and per line of list fields (`feeList[2]`), to say what differs. */
	fields: Record<string, string>;
	at: string;
}

const MAX_CODES = 2000;
const MAX_VERSIONS = 5;
/** Trimmed back to MAX_CODES only once it is this many over: listing the codes then costs once per 200 pushes. */
const TRIM_SLACK = 200;
/** The ledger's bounds (codes kept, slack before a trim, versions per code). */
export const LEDGER_LIMITS = { maxCodes: MAX_CODES, trimSlack: TRIM_SLACK, maxVersions: MAX_VERSIONS };
// One-shot `hash` (same sha256 hex as createHash().update().digest()): ~15 digests per pushed bill, and a Hash
// object per digest was a third of the ledger's cost.
const digest = (value: unknown) => hash('sha256', JSON.stringify(value ?? null), 'hex').slice(0, 24);

function versionOf(record: IDataObject): PushedVersion {
	const fields: Record<string, string> = {};
	for (const [key, value] of Object.entries(record)) {
		if (Array.isArray(value)) {
			fields[`${key}.length`] = String(value.length);
			value.forEach((line, index) => (fields[`${key}[${index + 1}]`] = digest(line)));
		} else {
			fields[key] = digest(value);
		}
	}
	return { digest: digest(record), fields, at: new Date().toISOString() };
}

/** Field names whose values differ between two versions. */
export function differences(a: PushedVersion, b: PushedVersion): string[] {
	const keys = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)]);
	return [...keys].filter((key) => a.fields[key] !== b.fields[key]).sort();
}

export type Ledger = Record<string, PushedVersion[]>;

function ledgerOf(context: IExecuteFunctions): Ledger {
	const data = context.getWorkflowStaticData('node');
	if (!data.zeyiPushes || typeof data.zeyiPushes !== 'object') data.zeyiPushes = {};
	return data.zeyiPushes as Ledger;
}

/**
 * Codes on each ledger object (per execution: n8n hands the static data out once per run), so that a push
 * does not list the whole ledger — through n8n's change-tracking proxy that was most of a push's CPU.
 */
const ledgerSizes = new WeakMap<Ledger, number>();

/** Records the versions pushed for `key` (the newest MAX_VERSIONS) as the newest code; trims the oldest codes. */
export function remember(ledger: Ledger, key: string, versions: PushedVersion[]) {
	const known = Object.prototype.hasOwnProperty.call(ledger, key);
	// Deleted first so the code moves to the end: the oldest codes are trimmed first.
	delete ledger[key];
	ledger[key] = versions.slice(-MAX_VERSIONS);
	let size = ledgerSizes.get(ledger);
	size = size === undefined ? Object.keys(ledger).length : known ? size : size + 1;
	if (size > MAX_CODES + TRIM_SLACK) {
		const keys = Object.keys(ledger);
		for (const old of keys.slice(0, Math.max(0, keys.length - MAX_CODES))) delete ledger[old];
		size = Math.min(keys.length, MAX_CODES);
	}
	ledgerSizes.set(ledger, size);
}

export function forget(ledger: Ledger, key: string) {
	if (!Object.prototype.hasOwnProperty.call(ledger, key)) return;
	delete ledger[key];
	const size = ledgerSizes.get(ledger);
	if (size !== undefined) ledgerSizes.set(ledger, size - 1);
}

export interface PushCall {
	path: string;
	body: string;
	itemIndex: number;
	mode: string;
	encrypt?: boolean;
	/** The record's code (Zeyi's key). */
	code: string;
	/** The record as sent, in clean form (amounts as exact strings): what is compared. */
	record: IDataObject;
}

/**
 * Items of one push operation run concurrently (PUSH_CONCURRENCY); pushes of the same code wait for each
 * other in item order, so when two items carry one code the first item's record is the one Zeyi keeps.
 */
export const PUSH_CONCURRENCY = 4;
const pushesInFlight = new Map<string, Promise<unknown>>();

export async function pushExactlyOnce(this: IExecuteFunctions, call: PushCall): Promise<IDataObject> {
	const key = `${call.path}\n${call.code}`;
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

async function push(this: IExecuteFunctions, call: PushCall): Promise<IDataObject> {
	const ledger = ledgerOf(this);
	const key = `${call.path}#${call.code}`;
	const earlier = ledger[key] ?? [];
	const current = versionOf(call.record);
	// Recorded before sending: a send that reaches Zeyi but whose answer is lost still counts as sent.
	const others = earlier.filter((v) => v.digest !== current.digest);
	remember(ledger, key, [...others, current]);
	let retried = false;
	// A transport failure throws from here and leaves this send on the ledger: it may have been stored.
	const envelope: ZeyiEnvelope = await zeyiRequest.call(this, {
		path: call.path,
		body: call.body,
		itemIndex: call.itemIndex,
		accept: ['200'],
		encrypt: call.encrypt,
		onSend: (attempt) => (retried ||= attempt > 0),
	});
	if (envelope.success === true) {
		// Zeyi holds this version now. With no other version on record the ledger already says exactly that (the
		// usual first push of a code): writing it again would only cost another pass through n8n's change tracking.
		if (others.length) remember(ledger, key, [current]);
		return { success: true, duplicate: false };
	}
	if (!isDuplicateRefusal(envelope, call.code)) {
		remember(ledger, key, earlier); // refused: Zeyi stored nothing from this send
		if (earlier.length === 0) forget(ledger, key);
		throw zeyiError(this, envelope, call.itemIndex);
	}
	// Zeyi holds one of the versions sent for this code before (or this one, if a retry reached it).
	const candidates = [...earlier, ...(retried ? [current] : [])];
	remember(ledger, key, earlier.length ? earlier : retried ? [current] : []);
	if (!ledger[key].length) forget(ledger, key);
	if (call.mode === 'fail') throw zeyiError(this, envelope, call.itemIndex);
	const message = String(envelope.message ?? '');
	if (candidates.length === 0) {
		throw new NodeApiError(this.getNode(), envelope as unknown as JsonObject, {
			message: `Zeyi says code ${call.code} was already pushed ("${message}"), but this workflow has no record of pushing it`,
			description:
				'Zeyi offers no way to read a pushed record back, so it cannot be confirmed that Zeyi holds what was sent now. Check the record with Zeyi, or push it under its own new code.',
			itemIndex: call.itemIndex,
			httpCode: '200',
		});
	}
	const changed = [...new Set(candidates.flatMap((v) => differences(v, current)))];
	if (changed.length) {
		const when = candidates.map((v) => v.at).join(', ');
		throw new NodeApiError(this.getNode(), envelope as unknown as JsonObject, {
			message: `Zeyi already holds code ${call.code} as pushed earlier (${when}), and this push differs in: ${changed.join(', ')}`,
			description: `Zeyi refused the new version ("${message}") and keeps the earlier one: nothing was changed. Re-pushing a changed record under the same code is only accepted when Zeyi allows rework (e.g. after an audit NO_PASS).`,
			itemIndex: call.itemIndex,
			httpCode: '200',
		});
	}
	return { success: true, duplicate: true, message, pushedAt: candidates[0].at };
}
