/**
 * Zeyi's pieces of the trigger pipeline: appKey/timestamp/nonce/sign headers (the signature the document
 * defines for calls to Zeyi, assumed for its calls to us), optional AES body, one webhook per event, and
 * Zeyi's `success`/`businessException` envelope.
 */
import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { verifyZeyiSign, zeyiCryptoOptions, zeyiDecryptPayload, zeyiSignDataOf } from '../../../credentials/signing/zeyi';
import { parseJsonObject, refusal } from '../../common/trigger';
import type { TriggerContext, TriggerSpec } from '../../common/trigger';
import { safeEqual } from '../../common/webhook';
import { ZEYI_ACCEPTED, ZEYI_EVENTS, ciphertextOf, eventInfo, eventItem, parseZeyiJson, zeyiRefusal } from './inbound';
import type { ZeyiEvent } from './inbound';

interface SignHeaders {
	appKey: string;
	timestamp: string;
	nonce: string;
	sign: string;
}

const ALL_EVENTS = ZEYI_EVENTS.map((e) => e.value);
const HOUR_MS = 3600 * 1000;

const eventOf = (ctx: TriggerContext) => ctx.call.webhookName as ZeyiEvent;

function decrypt(ctx: TriggerContext, headers: SignHeaders): string | ReturnType<typeof refusal> {
	const encryption = String(ctx.options.encryption ?? 'auto');
	const ciphertext = encryption === 'off' ? undefined : ciphertextOf(ctx.call.text);
	if (ciphertext === undefined) return encryption === 'required' ? refusal('payload must be encrypted', 400) : ctx.call.text;
	try {
		const crypto = zeyiCryptoOptions(ctx.credentials ?? {});
		return zeyiDecryptPayload(ciphertext, { ...crypto, timestamp: headers.timestamp, nonce: headers.nonce });
	} catch {
		return refusal('payload could not be decrypted with the configured AES settings', 400);
	}
}

export const zeyiCallbackTrigger: TriggerSpec<SignHeaders, IDataObject> = {
	credentialType: 'zeyiApi',
	accepted: () => ({ status: 200, body: { ...ZEYI_ACCEPTED } }),
	refused: (message, status) => ({ status, body: zeyiRefusal(message) }),
	unwrap: ({ call }) => ({
		appKey: call.header('appKey'),
		timestamp: call.header('timestamp'),
		nonce: call.header('nonce'),
		sign: call.header('sign'),
	}),
	verifySignature({ call, credentials = {} }, headers) {
		const expectedKey = String(credentials.appKey ?? '');
		const appSecret = String(credentials.appSecret ?? '');
		if (!expectedKey || !appSecret) return 'receiver has no appKey/appSecret configured';
		if (!headers.appKey || !safeEqual(headers.appKey, expectedKey)) return 'unknown appKey';
		// The nonce is the delivery id: a signed call without one could be replayed within the window.
		if (!headers.nonce) return 'missing nonce';
		let signData: 'body' | 'none';
		try {
			signData = zeyiSignDataOf(credentials);
		} catch {
			signData = 'body';
		}
		const valid = verifyZeyiSign({ ...headers, appSecret, body: call.text, signData });
		return valid ? undefined : 'sign verification failed';
	},
	timestamp: {
		// Only a signed call must carry one; an unsigned call's timestamp, when sent, is still checked.
		of: (_ctx, { timestamp }) => (timestamp === '' ? undefined : /^\d{13}$/.test(timestamp) ? Number(timestamp) : NaN),
		required: (ctx) => ctx.auth === 'signature',
	},
	deliveryId: (_ctx, { timestamp, nonce }) => (nonce ? `${timestamp}:${nonce}` : undefined),
	replayMessage: 'nonce already used (replay)',
	decode: decrypt,
	parse: (text) => parseJsonObject(text, { parse: parseZeyiJson }),
	filter(_payload, ctx) {
		const event = eventOf(ctx);
		const events = (ctx.fn.getNodeParameter('events', ALL_EVENTS) as string[]) ?? [];
		const info = eventInfo(event);
		return info && events.includes(event) ? 'emit' : refusal(`event not enabled: /${info?.path ?? event}`, 404);
	},
	redelivery: {
		// The same event for the same maintenance code with the same content is a redelivery.
		key: (payload, ctx) =>
			ctx.options.ignoreRedeliveries === true && typeof payload.code === 'string' && payload.code
				? `${eventOf(ctx)}:${payload.code}:${createHash('sha256').update(JSON.stringify(payload)).digest('hex')}`
				: undefined,
		ttlMs: (ctx) => Math.max(1, Number(ctx.options.redeliveryWindowHours ?? 24)) * HOUR_MS,
	},
	item: (payload, ctx) => eventItem(eventOf(ctx), payload, ctx.call.receivedAt),
	respondWithNode: (ctx) => ctx.fn.getNodeParameter('respond', 'onReceived') === 'responseNode',
};
