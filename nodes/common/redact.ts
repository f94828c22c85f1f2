/** Credential fields whose values must never reach an error, a log line or an output item. */
export const SECRET_FIELDS = [
	'clientSecret',
	'signKey',
	'encryptKey',
	'appSecurity',
	'appSecret',
	'password',
	'accessToken',
	'refreshToken',
	'aesIv',
] as const;

/** Replaces every secret value found in `text` with `***`. Short values (<4 chars) are left alone. */
export function redact(text: string, credentials: Record<string, unknown> | undefined): string {
	if (!credentials) return text;
	let out = text;
	for (const field of SECRET_FIELDS) {
		const value = credentials[field];
		if (typeof value === 'string' && value.length >= 4) out = out.split(value).join('***');
	}
	return out;
}
