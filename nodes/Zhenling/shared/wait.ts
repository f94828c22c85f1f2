/**
 * "Wait for Result" on asynchronous writes. Zhenling POSTs results to one callback URL per API (configured by
 * its PM), never to a per-call URL, so the Zhenling Trigger relays them: the node registers, per write, which
 * results it expects and its execution's resume URL, puts the execution to wait (n8n's wait / resume-on-webhook,
 * like the Wait node: the execution is saved as waiting and survives restarts), and the trigger POSTs the
 * collected results to the resume URL once all have arrived. The node's restart webhook then outputs them.
 */
import { NodeApiError, sleep } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import type { ZhenlingResult } from './inbound';

export const waitForResultProperties: INodeProperties[] = [
	{
		displayName: 'Wait for Result',
		name: 'waitForResult',
		type: 'boolean',
		default: false,
		description:
			"Whether to pause the execution until Zhenling reports each item's result (needs a Zhenling Trigger in this workflow or another one receiving Zhenling's callbacks in this n8n), then output the results",
	},
	{
		displayName: 'Timeout (Minutes)',
		name: 'waitTimeoutMinutes',
		type: 'number',
		default: 10,
		typeOptions: { minValue: 1 },
		displayOptions: { show: { waitForResult: [true] } },
		description: 'After this the execution continues with the acceptances (status "accepted", no result)',
	},
];

interface Waiter {
	resumeUrl: string;
	expires: number;
	/** Result key → index of the accepted item. */
	expected: Record<string, number>;
	accepted: IDataObject[];
	results: Record<string, IDataObject>;
}

/** Waiting executions of this n8n process, by result key. */
const waiters = new Map<string, Waiter>();

export const resultKey = (api: string, sourceSystem: string, sourceCode: string) => `${api}|${sourceSystem}|${sourceCode}`;

function prune(now: number) {
	for (const [key, waiter] of waiters) if (waiter.expires < now) waiters.delete(key);
}

/** Registers the accepted items of this execution and puts it to wait; answers what the node outputs meanwhile. */
export async function waitForResults(this: IExecuteFunctions, accepted: IDataObject[]): Promise<void> {
	const minutes = Math.max(1, Number(this.getNodeParameter('waitTimeoutMinutes', 0, 10)) || 10);
	const expires = Date.now() + minutes * 60e3;
	const resumeUrl = String(this.evaluateExpression('{{ $execution.resumeUrl }}', 0));
	const waiter: Waiter = { resumeUrl, expires, expected: {}, accepted, results: {} };
	accepted.forEach((item, k) => {
		if (item.status !== 'accepted') return;
		const key = resultKey(String(item.api), String(item.sourceSystem ?? ''), String(item.sourceCode ?? ''));
		waiter.expected[key] = k;
		waiters.set(key, waiter);
	});
	prune(Date.now());
	if (!Object.keys(waiter.expected).length) return;
	await this.putExecutionToWait(new Date(expires));
}

/** Whether a write module's items wait (the parameter of the first item decides for the run). */
export function wantsWait(context: IExecuteFunctions): boolean {
	return context.getNodeParameter('waitForResult', 0, false) as boolean;
}

/**
 * The trigger's half: records a result for the execution waiting for it and, once all of its results are in,
 * POSTs them to its resume URL (retrying while n8n still saves the execution as waiting).
 */
export async function relayResult(this: IWebhookFunctions, result: ZhenlingResult): Promise<boolean> {
	const key = resultKey(result.api, result.sourceSystem, result.sourceCode);
	const waiter = waiters.get(key);
	if (!waiter) return false;
	waiters.delete(key);
	waiter.results[key] = { ...result };
	if (Object.keys(waiter.results).length < Object.keys(waiter.expected).length) return true;
	const items = waiter.accepted.map((item) => {
		const entry = Object.entries(waiter.expected).find(([, k]) => waiter.accepted[k] === item);
		const found = entry ? waiter.results[entry[0]] : undefined;
		return found ? { ...item, status: found.success ? 'succeeded' : 'failed', result: found } : item;
	});
	for (let attempt = 0; ; attempt++) {
		const answer = (await this.helpers.httpRequest({
			method: 'POST',
			url: waiter.resumeUrl,
			body: { zhenlingResults: items },
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as { statusCode: number };
		// 409: the execution is still running (not yet saved as waiting); 404: not yet stored.
		if (answer.statusCode < 300 || ![404, 409].includes(answer.statusCode) || attempt >= 40) return answer.statusCode < 300;
		await sleep(Math.min(250 * (attempt + 1), 2000));
	}
}

/** The node's restart webhook: the relayed results become the node's output. */
export async function resumeWithResults(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const body = this.getBodyData() as IDataObject;
	const items = body?.zhenlingResults;
	if (!Array.isArray(items)) {
		throw new NodeApiError(this.getNode(), { message: 'zhenlingResults expected' }, { message: 'Not a Zhenling result relay', httpCode: '400' });
	}
	// One output per input item of the write, in order: pair them as the write's own output was.
	return { workflowData: [(items as IDataObject[]).map((json, k) => ({ json, pairedItem: { item: k } }))] };
}
