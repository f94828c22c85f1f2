'use strict';
// ZhiGuanChe request and event signatures, re-implemented from docs/vendors/zhiguanche.md (the contract this
// project defines), independent of credentials/signing.
const { sha256, hmacSha256 } = require('../../lib/util');

/** RFC 3986 percent-encoding: encodeURIComponent plus !'()* */
const rfc3986 = (v) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Query parameters sorted by key (byte order, then value), each encode(k)=encode(v), joined by &. */
function canonicalQuery(rawQuery) {
	const pairs = [...new URLSearchParams(rawQuery || '')];
	pairs.sort(([a, x], [b, y]) => Buffer.compare(Buffer.from(a), Buffer.from(b)) || Buffer.compare(Buffer.from(x), Buffer.from(y)));
	return pairs.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
}

/** METHOD \n PATH \n CANONICAL_QUERY \n TIMESTAMP \n NONCE \n SHA256(body) — no trailing newline. */
const stringToSign = ({ method, path, rawQuery, timestamp, nonce, body }) =>
	[String(method).toUpperCase(), path, canonicalQuery(rawQuery), timestamp, nonce, sha256(body || '')].join('\n');

const signRequest = (secret, parts) => hmacSha256(secret, stringToSign(parts));

/** Event deliveries: HMAC-SHA256(secret, timestamp + "\n" + nonce + "\n" + rawBody). */
const signEvent = (secret, timestamp, nonce, body) => hmacSha256(secret, `${timestamp}\n${nonce}\n${body}`);

module.exports = { rfc3986, canonicalQuery, stringToSign, signRequest, signEvent };
