// Every spelling of a secret a leak scan searches for: raw, URL-encoded (encodeURIComponent, RFC 3986, form),
// JSON-escaped and Base64 (standard and URL-safe, unpadded) — the forms the redactor
// (credentials/signing/common.ts) removes. Forms shorter than `minLength` are left out.
function secretForms(value, minLength = 6) {
	const base64 = Buffer.from(value, 'utf8').toString('base64').replace(/=+$/, '');
	const rfc3986 = encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	const forms = [value, encodeURIComponent(value), rfc3986, new URLSearchParams({ v: value }).toString().slice(2), JSON.stringify(value).slice(1, -1), base64, base64.replace(/\+/g, '-').replace(/\//g, '_')];
	return [...new Set(forms)].filter((f) => f.length >= minLength);
}

module.exports = { secretForms };
