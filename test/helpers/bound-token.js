// Credential data as n8n stores it after a token fetch: the token with the fingerprint of the values it was
// fetched with (credentials/signing/tokenBinding.ts). Unit tests of authenticate start from such a credential;
// one with a token but another fingerprint is what a user's edit leaves behind.
const { boundToken, tokenFingerprint, tokenValues } = require('../../credentials/signing/tokenBinding');

/** `credentials` with `tokenFingerprint` set for its accessToken and the current values of `fields`. */
const withBoundToken = (credentials, fields) =>
	credentials.accessToken ? { ...credentials, ...boundToken(credentials.accessToken, credentials, fields) } : credentials;

/** The fingerprint a fetch with `credentials` stores beside `token`. */
const fingerprintOf = (token, credentials, fields) => tokenFingerprint(token, tokenValues(credentials, fields));

module.exports = { withBoundToken, fingerprintOf };
