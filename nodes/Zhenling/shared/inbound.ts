/**
 * Zhenling's asynchronous results, as POSTed to the callback URL configured per API (集成示例 "查看处理结果"):
 * `code` + `subCode` say how processing went, `sourceSystem` + `sourceCode` which document it was about.
 */
import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

/** The callback APIs this package writes to [A: names]; the API is read from `data.api` or the URL's `?api=`. */
export const ZHENLING_CALLBACK_APIS = [
	{ name: 'Create Contract (3.40 创建合同)', value: 'createContract' },
	{ name: 'Create Payment Plan (6.5 付款计划创建)', value: 'createPaymentPlan' },
	{ name: 'Delete Contract (3.21 批量合同删除)', value: 'deleteContract' },
	{ name: 'Modify Contract (3.49 合同修改及变更)', value: 'modifyContract' },
	{ name: 'Save Counterparty (2.2 相对方创建及更新)', value: 'saveCounterparty' },
	{ name: 'Save Employee (4.3 员工创建及更新)', value: 'saveEmployee' },
	{ name: 'Save Material (5.3 物料创建及更新)', value: 'saveMaterial' },
	{ name: 'Save Organization (4.1 组织信息创建及更新)', value: 'saveOrg' },
	{ name: 'Save Position (4.2 岗位创建及更新)', value: 'savePosition' },
	{ name: 'Save Value Set (4.4 值集创建及更新)', value: 'saveValueSet' },
];

/** Zhenling's acknowledgement of a callback [A]. */
export const ZHENLING_ACK = { code: '0', message: 'success' };
export const zhenlingRefusal = (code: string, message: string) => ({ code, message });

export interface ZhenlingResult {
	api: string;
	success: boolean;
	code: string;
	subCode: string;
	message: string;
	sourceSystem: string;
	sourceCode: string;
	taskId: string;
	batchNo: string;
	data: IDataObject;
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** Whether `code` means success [A: "0"; also "200" and "SUCCESS" as Zhenling's docs use both styles]. */
export const isSuccessCode = (code: string) => ['0', '200', 'SUCCESS', 'success'].includes(code);

/** The callback body as a result; undefined when it is not one (no code or no sourceCode). */
export function parseResult(body: unknown, apiFromUrl: string): ZhenlingResult | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const b = body as IDataObject;
	if (b.code === undefined || b.code === null || (b.sourceCode === undefined && b.sourceSystem === undefined)) return undefined;
	const data = (b.data && typeof b.data === 'object' && !Array.isArray(b.data) ? b.data : {}) as IDataObject;
	const code = text(b.code);
	return {
		api: text(data.api) || apiFromUrl,
		success: isSuccessCode(code),
		code,
		subCode: text(b.subCode),
		message: text(b.message),
		sourceSystem: text(b.sourceSystem),
		sourceCode: text(b.sourceCode),
		taskId: text(data.taskId),
		batchNo: text(data.batchNo),
		data,
	};
}

/** The identity of one delivery: a redelivery of the same result has the same key. */
export function deliveryKey(result: ZhenlingResult, raw: Buffer | string): string {
	if (result.taskId) return `${result.api}:${result.taskId}:${result.code}:${result.subCode}`;
	return `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}
