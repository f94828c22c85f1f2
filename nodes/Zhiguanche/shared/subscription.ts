/**
 * The trigger's event subscription (contract: `POST/GET/DELETE /event/subscriptions`). Exactly one
 * subscription per trigger URL: activation removes any left behind for the same URL (a lost static data,
 * an earlier activation that was never deactivated) before registering, so re-activation never leaves two.
 */
import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { pageOf } from './list';
import { zgcData, zgcRequest } from '../transport';

const PATH = '/event/subscriptions';

export interface StoredSubscription {
	subscriptionId?: string;
	secret?: string;
	url?: string;
	events?: string[];
}

export const stored = (context: IHookFunctions): IDataObject & StoredSubscription => context.getWorkflowStaticData('node');

/** The subscriptions ZhiGuanChe holds for `url` (the list never shows secrets). */
export async function subscriptionsFor(context: IHookFunctions, url: string): Promise<IDataObject[]> {
	const { records } = pageOf(await zgcData.call(context, { method: 'GET', path: PATH }));
	return records.filter((s) => String(s.url) === url);
}

const sameEvents = (a: unknown, b: string[]) =>
	Array.isArray(a) && a.length === b.length && [...a].map(String).sort().join(',') === [...b].sort().join(',');

/** True when ZhiGuanChe still holds the stored subscription, for this URL and these events. */
export async function subscriptionExists(context: IHookFunctions, url: string, events: string[]): Promise<boolean> {
	const data = stored(context);
	if (!data.subscriptionId || !data.secret) return false;
	const mine = (await subscriptionsFor(context, url)).find((s) => String(s.id) === data.subscriptionId);
	return Boolean(mine && sameEvents(mine.events, events));
}

/** Deletes one subscription; one that is already gone counts as deleted. */
async function remove(context: IHookFunctions, id: string): Promise<void> {
	await zgcRequest.call(context, { method: 'DELETE', path: `${PATH}/${encodeURIComponent(id)}`, accept: ['40401'] });
}

/** Registers the subscription (after removing every other one for the URL) and stores its id and secret. */
export async function subscribe(context: IHookFunctions, url: string, events: string[]): Promise<void> {
	for (const old of await subscriptionsFor(context, url)) await remove(context, String(old.id));
	const created = await zgcData.call(context, { method: 'POST', path: PATH, body: { url, events }, once: true });
	if (!created.id || !created.secret) throw new Error('ZhiGuanChe registered the subscription but sent no id or secret');
	Object.assign(stored(context), { subscriptionId: String(created.id), secret: String(created.secret), url, events });
}

/** Removes the stored subscription (and any other for the URL) and forgets it. */
export async function unsubscribe(context: IHookFunctions, url: string): Promise<void> {
	const data = stored(context);
	const ids = new Set<string>((await subscriptionsFor(context, url)).map((s) => String(s.id)));
	if (data.subscriptionId) ids.add(data.subscriptionId);
	for (const id of ids) await remove(context, id);
	delete data.subscriptionId;
	delete data.secret;
	delete data.url;
	delete data.events;
}
