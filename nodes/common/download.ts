/** File name and MIME type of a download answer, from its headers. */
type Headers = Record<string, string | string[] | undefined>;

/** A header by its lower-case name (n8n's HTTP helpers hand headers lower-cased). */
function header(headers: Headers, name: string): string {
	const value = headers[name];
	return String(Array.isArray(value) ? value[0] : (value ?? ''));
}

/** The file name a Content-Disposition header carries (RFC 6266: `filename*` wins over `filename`). */
export function fileNameOf(headers: Headers): string | undefined {
	const disposition = header(headers, 'content-disposition');
	const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
	if (extended) {
		const encoded = extended[1].trim().replace(/^"|"$/g, '');
		try {
			return decodeURIComponent(encoded);
		} catch {
			// not valid percent-encoding: fall back to the plain name
		}
	}
	const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
	const name = plain ? (plain[2] ?? plain[1]).trim() : '';
	return name || undefined;
}

/** The MIME type of a Content-Type header, without parameters. */
export function mimeTypeOf(headers: Headers): string | undefined {
	const type = header(headers, 'content-type').split(';')[0].trim().toLowerCase();
	return type || undefined;
}
