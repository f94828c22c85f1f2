import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { vendorApiError } from '../../common/errors';
import { showFor } from '../../common/fields';
import { Validator } from '../../common/validation';
import { hoseProfile } from '../transport';

/**
 * Upsert Many: one run over all input items (look up, then batch writes), one paired output item per input
 * item. The router calls `execute` per item; the first call starts the run, the others wait for it.
 */
export type UpsertStatus = 'created' | 'updated' | 'unchanged' | 'failed' | 'done';

export interface Outcome {
	status: UpsertStatus;
	json: IDataObject;
	/** For failed items: the error thrown for this item when continueOnFail is off. */
	error?: Error;
}

const runs = new WeakMap<object, Map<string, Promise<Outcome[]>>>();

/** Runs `compute` once per execution context and operation. */
export function oncePerExecution(context: IExecuteFunctions, key: string, compute: () => Promise<Outcome[]>): Promise<Outcome[]> {
	let perContext = runs.get(context);
	if (!perContext) {
		perContext = new Map();
		runs.set(context, perContext);
	}
	let run = perContext.get(key);
	if (!run) {
		run = compute();
		perContext.set(key, run);
	}
	return run;
}

/** What the router gets for one item: its outcome, or its error when continueOnFail is off. */
export function settle(context: IExecuteFunctions, outcome: Outcome): IDataObject {
	if (outcome.status === 'failed' && !context.continueOnFail() && outcome.error) throw outcome.error;
	return outcome.json;
}

/** A failed outcome from an error raised for item `i` (validation or vendor). */
export function failedOutcome(key: IDataObject, error: Error): Outcome {
	const e = error as NodeApiError;
	return {
		status: 'failed',
		json: {
			status: 'failed',
			...key,
			error: e.message,
			...(e.description ? { description: e.description } : {}),
			...(e instanceof NodeApiError && e.httpCode ? { httpCode: e.httpCode } : {}),
		},
		error,
	};
}

/** A failed outcome from a refusal Hose gave for one item (or its batch). */
export function refusedOutcome(
	context: IExecuteFunctions,
	itemIndex: number,
	key: IDataObject,
	refusal: { code: string; message: string },
): Outcome {
	const error = vendorApiError(context.getNode(), hoseProfile, refusal, { httpCode: Number(refusal.code) || undefined, itemIndex });
	const outcome = failedOutcome(key, error);
	outcome.json.errorCode = refusal.code;
	outcome.json.reason = refusal.message;
	return outcome;
}

export const okOutcome = (status: Exclude<UpsertStatus, 'failed' | 'done'>, json: IDataObject): Outcome => ({ status, json: { status, ...json } });

export function chunks<T>(list: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let at = 0; at < list.length; at += size) out.push(list.slice(at, at + size));
	return out;
}

/** Batch size option (hose.md: batch endpoints take at most 100 records). */
export const batchSizeOption: INodeProperties = {
	displayName: 'Batch Size',
	name: 'batchSize',
	type: 'number',
	default: 100,
	typeOptions: { minValue: 1, maxValue: 100 },
	description: 'Records per batch create / update call (Hose accepts at most 100)',
};

/** Reads one item's parameters; a validation (or expression) error is returned, not thrown. */
export function attempt<T>(context: IExecuteFunctions, itemIndex: number, read: () => T): { value: T } | { error: NodeOperationError } {
	try {
		return { value: read() };
	} catch (error) {
		return {
			error: error instanceof NodeOperationError ? error : new NodeOperationError(context.getNode(), error as Error, { itemIndex }),
		};
	}
}

/**
 * Reads every input item of an Upsert Many keyed by code. Bad input (also a code already in an earlier item)
 * fails the node before any request, or — with continueOnFail — becomes that item's failed outcome.
 */
export function readKeyedInputs<W extends { index: number; code: string }>(
	context: IExecuteFunctions,
	codeField: string,
	read: (i: number) => W,
): { wanted: W[]; outcomes: Outcome[]; firstByCode: Map<string, number> } {
	const items = context.getInputData();
	const outcomes: Outcome[] = new Array(items.length);
	const wanted: W[] = [];
	const firstByCode = new Map<string, number>();
	for (let i = 0; i < items.length; i++) {
		const result = attempt(context, i, () => {
			const w = read(i);
			const earlier = firstByCode.get(w.code);
			if (earlier !== undefined) new Validator(context.getNode(), i).fail(codeField, `"${w.code}" is already in item ${earlier} of this input`);
			return w;
		});
		if ('error' in result) {
			if (!context.continueOnFail()) throw result.error;
			outcomes[i] = failedOutcome({ code: String(context.getNodeParameter('code', i, '')) }, result.error);
			continue;
		}
		firstByCode.set(result.value.code, i);
		wanted.push(result.value);
	}
	return { wanted, outcomes, firstByCode };
}

/** The Batch Size option, within Hose's 1–100. */
export const batchSizeOf = (context: IExecuteFunctions): number =>
	Math.min(100, Math.max(1, Number(context.getNodeParameter('options.batchSize', 0, 100)) || 100));

/**
 * The one builder of an Upsert Many operation (staff and departments): its editor description — a notice,
 * the record fields, Options → Batch Size — and its `execute`, which runs `upsert` once over all input items
 * and answers each item with its own outcome (paired; a failure throws unless continueOnFail).
 */
export function upsertManyOperation(
	resource: string,
	notice: string,
	fields: INodeProperties[],
	upsert: (this: IExecuteFunctions) => Promise<Outcome[]>,
) {
	return {
		description: showFor(resource, 'upsertMany', [
			{ displayName: notice, name: 'upsertNotice', type: 'notice', default: '' },
			...fields,
			{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [batchSizeOption] },
		]),
		async execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
			const outcomes = await oncePerExecution(this, `${resource}.upsertMany`, () => upsert.call(this));
			return settle(this, outcomes[i]);
		},
	};
}
