import { decryptDidiResponse } from '../../../credentials/signing/didi';

/**
 * Encrypted answers (`encrypt_data`) are decrypted with the credential's key by the signing module; plain
 * answers pass through unchanged.
 */
export function decodeDidiResponse(body: unknown, credentials: Record<string, unknown>): unknown {
	return decryptDidiResponse(body, credentials as Parameters<typeof decryptDidiResponse>[1]);
}
