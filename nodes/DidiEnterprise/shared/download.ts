import type { IDataObject } from 'n8n-workflow';

/** Bytes of a download answer (n8n hands a Buffer, or an ArrayBuffer in some versions). */
export function bytesOf(body: unknown): Buffer | undefined {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	return undefined;
}

/**
 * DiDi answers refusals (and token expiry) in its JSON envelope even where a file is expected: bytes that hold a
 * JSON object with `errno` are that envelope.
 */
export function envelopeOfBytes(body: unknown): IDataObject | undefined {
	const bytes = bytesOf(body);
	if (!bytes) return undefined;
	let start = 0;
	while (start < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[start])) start++;
	if (bytes[start] !== 0x7b /* { */ || bytes.length > 1024 * 1024) return undefined;
	try {
		const parsed = JSON.parse(bytes.toString('utf8')) as unknown;
		return parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'errno' in parsed ? (parsed as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}

export { fileNameOf, mimeTypeOf } from '../../common/download';
