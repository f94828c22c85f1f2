import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import type { InboundCall } from './types';

interface RawRequest {
	rawBody?: Buffer;
	readRawBody?: () => Promise<void>;
	ip?: string;
	path?: string;
	url?: string;
	socket?: { remoteAddress?: string };
}

const firstValue = (value: unknown): string =>
	Array.isArray(value) ? String(value[0] ?? '') : value === undefined || value === null ? '' : String(value);

/** Reads the call as received: the exact body bytes (n8n's `rawBody`), headers, route parameters, caller IP. */
export async function readCall(fn: IWebhookFunctions): Promise<InboundCall> {
	const req = fn.getRequestObject() as unknown as RawRequest;
	if (!req.rawBody && typeof req.readRawBody === 'function') await req.readRawBody();
	const headers = fn.getHeaderData() as IDataObject;
	const header = (name: string) => firstValue(headers[name.toLowerCase()]);
	const contentType = header('content-type');
	let raw = req.rawBody;
	if (!raw) {
		// Only when n8n kept no raw body: re-serialised, so a signature over the original bytes may not match.
		const body = fn.getBodyData();
		raw = Buffer.from(
			/form/i.test(contentType) ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body ?? {}),
			'utf8',
		);
	}
	return {
		raw,
		text: raw.toString('utf8'),
		contentType,
		header,
		path: String(req.path ?? req.url ?? '').split('?')[0],
		query: (fn.getQueryData() ?? {}) as IDataObject,
		ip: req.ip ?? req.socket?.remoteAddress ?? '',
		webhookName: String(fn.getWebhookName()),
		receivedAt: new Date(),
	};
}
