/**
 * "Wait for Result" on asynchronous writes, with n8n's own wait / resume-on-webhook (as the Wait node's
 * "On Webhook Call"): the write names this execution's resume URL (`$execution.resumeUrl`) as the request's
 * callback URL [A: per-request callback], n8n saves the execution as waiting (no sleep loop, no worker held;
 * it survives restarts and queue mode), Zhenling POSTs the result there, and the node's restart webhook turns
 * it into the node's output (succeeded or failed, with Zhenling's code). Nothing is kept in process memory.
 */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { ZHENLING_ACK, parseResult, zhenlingRefusal } from './inbound';

export const waitForResultProperties: INodeProperties[] = [
	{
		displayName: 'Wait for Result',
		name: 'waitForResult',
		type: 'boolean',
		default: false,
		description:
			"Whether to pause the execution until Zhenling reports the result (the request names this execution's resume URL as its callback), then output it (status succeeded or failed, with Zhenling's code). One input item per execution: use Loop Over Items for several.",
	},
	{
		displayName: 'Timeout (Minutes)',
		name: 'waitTimeoutMinutes',
		type: 'number',
		default: 10,
		typeOptions: { minValue: 1 },
		displayOptions: { show: { waitForResult: [true] } },
		description: 'Without a result by then, the execution continues with status "timedOut"',
	},
	{
		displayName: 'Callback URL Field',
		name: 'callbackUrlField',
		type: 'string',
		default: 'callbackUrl',
		displayOptions: { show: { waitForResult: [true] } },
		description: 'The request field that carries the per-request callback URL (an assumption: align it with the document your Zhenling PM hands out)',
	},
];

/** Whether a write module's items wait (the parameter of the first item decides for the run). */
export function wantsWait(context: IExecuteFunctions): boolean {
	return context.getNodeParameter('waitForResult', 0, false) as boolean;
}

/**
 * The callback URL of a waiting write: the execution's resume URL plus what identifies the awaited result
 * (`zlApi`, `zlSourceCode`), so the restart webhook can refuse any other result and keep waiting.
 * Fails before sending when more than one item would wait.
 */
export function callbackFor(this: IExecuteFunctions, api: string, items: number, sourceCode: string): IDataObject {
	if (items > 1) {
		throw new NodeOperationError(this.getNode(), `Wait for Result waits for one document per execution, but ${items} input items were given`, {
			description: 'Put the Zhenling node in a Loop Over Items (batch size 1), or turn Wait for Result off and use the Zhenling Trigger.',
			itemIndex: 1,
		});
	}
	const resumeUrl = String(this.evaluateExpression('{{ $execution.resumeUrl }}', 0));
	const url = new URL(resumeUrl);
	url.searchParams.set('zlApi', api);
	url.searchParams.set('zlSourceCode', sourceCode);
	const field = String(this.getNodeParameter('callbackUrlField', 0, 'callbackUrl') || 'callbackUrl');
	return { [field]: url.toString() };
}

/**
 * Puts the execution to wait for the accepted item's result. The waiting item's input is replaced by what
 * the node outputs should the timeout pass (n8n then continues the node with its input): `status: "timedOut"`.
 */
export async function waitForResult(this: IExecuteFunctions, accepted: IDataObject | Error | undefined): Promise<void> {
	if (!accepted || accepted instanceof Error || accepted.status !== 'accepted') return;
	const minutes = Math.max(1, Number(this.getNodeParameter('waitTimeoutMinutes', 0, 10)) || 10);
	const input = this.getInputData();
	if (input[0]) {
		input[0].json = { ...accepted, status: 'timedOut', message: `Zhenling reported no result within ${minutes} minute(s)` };
		delete input[0].binary;
	}
	await this.putExecutionToWait(new Date(Date.now() + minutes * 60e3));
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/**
 * The node's restart webhook: Zhenling's callback for the awaited document becomes the node's output,
 * `status: "succeeded"` or `"failed"` with Zhenling's `code` / `subCode` / `message`. It never throws: n8n
 * passes a resumed node through (1.123 and 2.41 do not rethrow a restart webhook's error on the node, and the
 * rest of the workflow would run on an empty item), so a failure is an output to branch on (the example
 * stops with Zhenling's code). Anything else is refused and the execution keeps waiting.
 */
export async function resumeWithResult(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const res = this.getResponseObject();
	const query = this.getQueryData() as IDataObject;
	const refuse = (status: number, message: string): IWebhookResponseData => {
		res.status(status).json(zhenlingRefusal(String(status), message));
		return { noWebhookResponse: true };
	};
	const result = parseResult(this.getBodyData(), text(query.zlApi));
	if (!result) return refuse(400, 'not a Zhenling result: code and sourceCode expected');
	const expected = text(query.zlSourceCode);
	if (expected && result.sourceCode !== expected) return refuse(409, `this execution waits for sourceCode ${expected}, not ${result.sourceCode}`);
	const item: IDataObject = {
		status: result.success ? 'succeeded' : 'failed',
		api: result.api,
		batchNo: result.batchNo,
		taskId: result.taskId,
		sourceSystem: result.sourceSystem,
		sourceCode: result.sourceCode,
		code: result.code,
		subCode: result.subCode,
		message: result.message,
		result: { ...result },
	};
	res.status(200).json(ZHENLING_ACK);
	return { noWebhookResponse: true, workflowData: [[{ json: item, pairedItem: { item: 0 } }]] };
}
