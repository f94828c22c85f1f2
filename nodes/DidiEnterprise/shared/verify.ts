import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { verifyDidiSign } from '../../../credentials/signing/didi';
import type { DidiSignMethod } from '../../../credentials/signing/didi';

/**
 * Whether a notification's `sign` matches: the same sorted `k=v` + `sign_key` scheme as requests, with the
 * credential's Sign Key and Sign Method (signing lives in credentials/signing, shared with the credential).
 */
export function isValidNotificationSign(params: Record<string, string>, credentials: ICredentialDataDecryptedObject): boolean {
	const signKey = String(credentials.signKey ?? '');
	if (!signKey) return false;
	const method = (String(credentials.signMethod ?? 'sha256').toLowerCase() === 'md5' ? 'md5' : 'sha256') as DidiSignMethod;
	return verifyDidiSign(params, signKey, method);
}
