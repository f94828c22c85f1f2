import { randomBytes } from 'node:crypto';

export interface MultipartFile {
	/** The form field name, e.g. `file`. */
	field: string;
	fileName: string;
	contentType: string;
	data: Buffer;
}

function quote(value: string): string {
	return value.replace(/["\r\n\\]/g, (c) => encodeURIComponent(c));
}

/**
 * A multipart/form-data body as one Buffer (the file's bytes copied once, never Base64): text fields first,
 * then the file. Sent as a Buffer, it survives n8n's retry after a token refresh (a stream would not).
 */
export function buildMultipart(fields: Record<string, string>, file: MultipartFile): { body: Buffer; contentType: string } {
	const boundary = `----n8nFormBoundary${randomBytes(12).toString('hex')}`;
	const head = Object.entries(fields)
		.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`)
		.join('');
	const fileHead =
		`--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.fileName)}"; ` +
		`filename*=UTF-8''${encodeURIComponent(file.fileName)}\r\nContent-Type: ${file.contentType}\r\n\r\n`;
	const body = Buffer.concat([Buffer.from(head + fileHead), file.data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
	return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
