import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { mapConcurrent } from './concurrency';
import { withParameterCache } from './parameters';

export type OperationResult = IDataObject | IDataObject[] | INodeExecutionData | INodeExecutionData[];

/** One `actions/<resource>/<operation>.operation.ts` module. */
export interface OperationModule {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<OperationResult>;
	/** Items processed at once (default 1). Pacing rules still apply per request in the transport. */
	concurrency?: number;
	/**
	 * All input items in one call, for vendor batch endpoints: one result or Error per item, in order. It
	 * validates every item before sending any, and throws (nothing sent) when one is bad without continueOnFail.
	 */
	executeBatch?(this: IExecuteFunctions, itemIndexes: number[]): Promise<Array<OperationResult | Error>>;
}

export type OperationMap = Record<string, Record<string, OperationModule>>;

function isExecutionData(value: unknown): value is INodeExecutionData {
	return typeof value === 'object' && value !== null && 'json' in value && typeof (value as INodeExecutionData).json === 'object';
}

/**
 * The output items of one input item. Records are wrapped as they are (never copied), and all outputs of one
 * input share one `pairedItem` object: a Return All of 100,000 records made 100,000 identical `{ item: 0 }`.
 */
function toItems(result: OperationResult, itemIndex: number): INodeExecutionData[] {
	const pairedItem = { item: itemIndex };
	if (!Array.isArray(result)) {
		return [isExecutionData(result) ? { ...result, pairedItem } : { json: result as IDataObject, pairedItem }];
	}
	const out: INodeExecutionData[] = new Array(result.length);
	for (let i = 0; i < result.length; i++) {
		const entry = result[i];
		out[i] = isExecutionData(entry) ? { ...entry, pairedItem } : { json: entry as IDataObject, pairedItem };
	}
	return out;
}

/**
 * The execute() of every action node: picks the operation module for the chosen resource and operation,
 * runs it per item (concurrently where the module allows), pairs every output item with its input and
 * honours continueOnFail with an error item carrying the message.
 */
export async function routeOperations(
	this: IExecuteFunctions,
	operations: OperationMap,
): Promise<INodeExecutionData[][]> {
	const context = withParameterCache(this);
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const module = operations[resource]?.[operation];
	if (!module) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
	}
	const continueOnFail = this.continueOnFail();
	if (module.executeBatch) return [await runBatch.call(this, module, items.length, continueOnFail)];
	type Outcome = { items: INodeExecutionData[] } | { error: unknown; index: number };
	let stopped = false;
	const results = await mapConcurrent<INodeExecutionData, Outcome>(items, module.concurrency ?? 1, async (_item, i) => {
		// Without continueOnFail the node fails on the first error: later items are never sent.
		if (stopped) return { items: [] };
		try {
			return { items: toItems(await module.execute.call(context, i), i) };
		} catch (error) {
			if (continueOnFail) return { items: [errorItem(error, i)] };
			stopped = true;
			return { error, index: i };
		}
	});
	const failed = results.find((r) => 'error' in r);
	if (failed && 'error' in failed) throw asNodeError(this, failed.error, failed.index);
	// One input item (a Return All): its output list as it is, not copied once more.
	if (results.length === 1 && 'items' in results[0]) return [results[0].items];
	return [results.flatMap((r): INodeExecutionData[] => ('items' in r ? r.items : []))];
}

function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

/** The error message, naming the item it belongs to (the input item's index) when it does not yet. */
function namingItem(message: string, itemIndex: number): string {
	return /\[item \d+\]/.test(message) ? message : `${message} [item ${itemIndex}]`;
}

function errorItem(error: unknown, itemIndex: number): INodeExecutionData {
	const failure = error as NodeApiError;
	return {
		json: {
			error: namingItem(String(failure.message), itemIndex),
			...(failure.description ? { description: failure.description } : {}),
			...(failure.httpCode ? { httpCode: failure.httpCode } : {}),
		},
		pairedItem: { item: itemIndex },
	};
}

async function runBatch(
	this: IExecuteFunctions,
	module: OperationModule,
	count: number,
	continueOnFail: boolean,
): Promise<INodeExecutionData[]> {
	const indexes = Array.from({ length: count }, (_, i) => i);
	const results = await module.executeBatch!.call(this, indexes);
	const out: INodeExecutionData[] = [];
	results.forEach((result, i) => {
		if (result instanceof Error) {
			if (!continueOnFail) throw asNodeError(this, result, i);
			out.push(errorItem(result, i));
		} else out.push(...toItems(result, i));
	});
	return out;
}
