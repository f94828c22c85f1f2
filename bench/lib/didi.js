'use strict';
// A raw DiDi client for the bench, written from DiDi's document (docs/vendors/didi.md), not imported from
// credentials/: every call carries client_id, access_token, company_id, a Unix-second timestamp and
// sign = sha256/md5 of the sorted k=v pairs plus sign_key.
const crypto = require('node:crypto');

const valueText = (v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

function didiSign(params, signKey, method = 'sha256') {
	const all = { ...params, sign_key: signKey };
	const text = Object.keys(all)
		.filter((k) => all[k] !== undefined && all[k] !== null)
		.sort()
		.map((k) => `${k}=${valueText(all[k])}`)
		.join('&');
	return crypto.createHash(method === 'md5' ? 'md5' : 'sha256').update(text, 'utf8').digest('hex');
}

async function rawDidi(client, credential) {
	const now = () => Math.floor(Date.now() / 1000);
	const auth = { client_id: credential.clientId, client_secret: credential.clientSecret, grant_type: 'client_credentials', timestamp: now() };
	auth.sign = didiSign(auth, credential.signKey, credential.signMethod);
	const answer = await client.request({ method: 'POST', path: '/river/Auth/authorize', headers: { 'content-type': 'application/json' }, body: JSON.stringify(auth) });
	const token = answer.json && answer.json.access_token;
	if (!token) throw new Error(`DiDi authorize failed: ${answer.text}`);

	return async function call(method, path, params = {}) {
		const all = { ...params, client_id: credential.clientId, access_token: token, company_id: credential.companyId, timestamp: now() };
		all.sign = didiSign(all, credential.signKey, credential.signMethod);
		const res =
			method === 'GET'
				? await client.request({ method, path: `${path}?${new URLSearchParams(Object.entries(all).map(([k, v]) => [k, valueText(v)]))}` })
				: await client.request({ method, path, headers: { 'content-type': 'application/json' }, body: JSON.stringify(all) });
		if (!res.json || String(res.json.errno) !== '0') throw new Error(`DiDi refused ${path}: ${res.status} ${res.text.slice(0, 300)}`);
		return res.json;
	};
}

module.exports = { rawDidi, didiSign };
