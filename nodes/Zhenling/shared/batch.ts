/**
 * Asynchronous batch writes (写入类接口一般都支持批量操作…都为异步接口): every input item becomes one entry of
 * the vendor's `list`, items go out in batches, and each item's output is its acceptance (`taskId`,
 * `batchNo`); the result itself arrives later at the API's callback (Zhenling Trigger, or Wait for Result).
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../common/fields';
import type { OperationModule } from '../../common/router';
import { Validator } from '../../common/validation';
import { zhenlingData } from '../transport';
import { actAsUserProperty, userContext } from './user';
import { callbackFor, waitForResult, waitForResultProperties, wantsWait } from './wait';

export interface AsyncWrite {
	/** Path below the prefix, e.g. `/counterparty/save`. */
	path: string;
	/** The callback API name Zhenling reports results under, e.g. `saveCounterparty` [A]. */
	api: string;
	/** The vendor's maximum entries per call [A]. */
	maxBatch: number;
	/** Builds and validates one item's entry (throws naming field and item). */
	build(this: IExecuteFunctions, i: number, v: Validator): IDataObject | Promise<IDataObject>;
	/** The document key the result carries back as `sourceCode` (default the entry's `code`). */
	sourceCodeOf?(entry: IDataObject): string;
	/** The request body for a batch of entries (default `{ list }`). */
	bodyOf?(entries: IDataObject[]): IDataObject;
	/**
	 * Exactly-once: the item's output when Zhenling already holds this record (then nothing is sent for it);
	 * throws when it holds a different one.
	 */
	existing?(this: IExecuteFunctions, i: number, entry: IDataObject, user: IDataObject): Promise<IDataObject | undefined>;
}

export const batchSizeOption = (max: number): INodeProperties => ({
	displayName: 'Batch Size',
	name: 'batchSize',
	type: 'number',
	default: max,
	typeOptions: { minValue: 1, maxValue: max },
	description: `Input items sent per call (Zhenling takes at most ${max})`,
});

function nodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error as Error, { itemIndex });
}

interface Accepted {
	taskId?: string;
	sourceSystem?: string;
	sourceCode?: string;
}

interface Prepared {
	index: number;
	entry: IDataObject;
	user: IDataObject;
}

/** Splits into runs of at most `size` entries that share one user context. */
function batches(prepared: Prepared[], size: number): Prepared[][] {
	const groups = new Map<string, Prepared[]>();
	for (const p of prepared) {
		const key = JSON.stringify(p.user);
		groups.set(key, [...(groups.get(key) ?? []), p]);
	}
	const out: Prepared[][] = [];
	for (const group of groups.values()) for (let at = 0; at < group.length; at += size) out.push(group.slice(at, at + size));
	return out;
}

/** Runs an asynchronous batch write for all items; one output (or Error) per item, in order. */
export async function runAsyncWrite(
	this: IExecuteFunctions,
	write: AsyncWrite,
	indexes: number[],
	wait = false,
): Promise<Array<IDataObject | Error>> {
	// Wait for Result: one document per execution, refused before anything is sent.
	if (wait && indexes.length > 1) callbackFor.call(this, write.api, indexes.length, '');
	const results: Array<IDataObject | Error> = new Array(indexes.length);
	const prepared: Prepared[] = [];
	for (const i of indexes) {
		try {
			const v = new Validator(this.getNode(), i);
			const user = userContext(this, i, v);
			prepared.push({ index: i, entry: await write.build.call(this, i, v), user });
		} catch (error) {
			// Bad input fails before any request is sent, unless the node continues on fail.
			if (!this.continueOnFail()) throw nodeError(this.getNode(), error, i);
			results[i] = error as Error;
		}
	}
	const toSend: Prepared[] = [];
	for (const p of prepared) {
		try {
			const done = write.existing ? await write.existing.call(this, p.index, p.entry, p.user) : undefined;
			if (done) results[p.index] = done;
			else toSend.push(p);
		} catch (error) {
			if (!this.continueOnFail()) throw nodeError(this.getNode(), error, p.index);
			results[p.index] = error as Error;
		}
	}
	const size = Math.min(write.maxBatch, Math.max(1, Number(this.getNodeParameter('options.batchSize', 0, write.maxBatch)) || write.maxBatch));
	for (const batch of batches(toSend, size)) {
		try {
			const sourceCodeOf = (entry: IDataObject) => (write.sourceCodeOf ? write.sourceCodeOf(entry) : String(entry.code ?? ''));
			const callback = wait ? callbackFor.call(this, write.api, batch.length, sourceCodeOf(batch[0].entry)) : {};
			const data = (await zhenlingData.call(this, {
				method: 'POST',
				path: write.path,
				body: { ...batch[0].user, ...(write.bodyOf ?? ((list) => ({ list })))(batch.map((p) => p.entry)), ...callback },
				itemIndex: batch[0].index,
			})) as IDataObject;
			const accepted = (Array.isArray(data?.accepted) ? data.accepted : []) as Accepted[];
			batch.forEach((p, k) => {
				const sourceCode = sourceCodeOf(p.entry);
				const ack = (accepted[k]?.sourceCode === sourceCode ? accepted[k] : accepted.find((a) => a.sourceCode === sourceCode)) ?? accepted[k] ?? {};
				results[p.index] = {
					status: 'accepted',
					api: write.api,
					batchNo: data?.batchNo as string,
					taskId: ack.taskId,
					sourceSystem: ack.sourceSystem ?? (p.entry.sourceSystem as string | undefined),
					sourceCode,
					request: p.entry,
				};
			});
		} catch (error) {
			// Without continueOnFail the node stops here: later batches are never sent.
			if (!this.continueOnFail()) throw nodeError(this.getNode(), error, batch[0].index);
			for (const p of batch) results[p.index] = error as Error;
		}
	}
	return results;
}

/** An operation module for an asynchronous write: `properties` + Act as User + Options (batch size). */
export function asyncWriteModule(write: AsyncWrite, properties: INodeProperties[], resource: string, operation: string): OperationModule {
	const description = [
		...properties,
		...showFor(resource, operation, [
			actAsUserProperty,
			...waitForResultProperties,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [batchSizeOption(write.maxBatch)],
			},
		]),
	];
	async function executeBatch(this: IExecuteFunctions, indexes: number[]) {
		const wait = wantsWait(this);
		const results = await runAsyncWrite.call(this, write, indexes, wait);
		if (wait) await waitForResult.call(this, results[indexes[0]]);
		return results;
	}
	return {
		description,
		executeBatch,
		async execute(this: IExecuteFunctions, i: number) {
			const [result] = await executeBatch.call(this, [i]);
			if (result instanceof Error) throw result;
			return result;
		},
	};
}
