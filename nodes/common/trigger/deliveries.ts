import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { seenBefore } from '../webhook';
import { replayMemory } from './replayMemory';

/** n8n's database-backed de-duplication (n8n-core `DataDeduplicationService`), where a context offers it. */
type ProcessedDataCheck = (
	items: string[],
	scope: 'node' | 'workflow',
	options: { mode: 'entries'; maxEntries?: number },
) => Promise<{ new: unknown[]; processed: unknown[] }>;

const sharedCheck = (ctx: IWebhookFunctions): ProcessedDataCheck | undefined => {
	const candidate = (ctx.helpers as unknown as { checkProcessedAndRecord?: unknown }).checkProcessedAndRecord;
	return typeof candidate === 'function' ? (candidate as ProcessedDataCheck).bind(ctx.helpers) : undefined;
};

/**
 * Claims a delivery id (a nonce, a notification id, a business key) for this workflow's trigger node: true
 * the first time, false for a repeat within `ttlMs`. Layers, first refusal wins:
 * 1. this process's replay memory — atomic (check and record in one tick), bounded, expiring;
 * 2. n8n's processed-data store (database, shared by every process) when the context offers it;
 * 3. the node's workflow static data — survives restarts; seen by other processes once n8n saved it.
 */
export async function claimDelivery(
	ctx: IWebhookFunctions,
	scope: string,
	id: string,
	nowMs: number,
	ttlMs: number,
): Promise<boolean> {
	const workflowId = String(ctx.getWorkflow().id ?? '');
	const node = ctx.getNode();
	const recordKey = `${scope}:${id}`;
	if (!replayMemory.claim(`${workflowId}\n${node.id ?? node.name}\n${recordKey}`, nowMs, ttlMs)) return false;

	const check = sharedCheck(ctx);
	if (check) {
		try {
			const { processed } = await check([recordKey], 'node', { mode: 'entries', maxEntries: 10_000 });
			if (processed.length > 0) return false;
		} catch {
			// The store is unavailable: the in-process answer above stands.
		}
	}
	return !seenBefore(ctx.getWorkflowStaticData('node') as IDataObject, recordKey, nowMs, ttlMs / 2);
}
