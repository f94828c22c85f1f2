// A minimal emulator of the five vendors' token and signing rules, written from the vendor documents with
// crypto-js (independent of credentials/signing/*). It checks every signature over the bytes received,
// issues and revokes tokens, answers each vendor's own expiry signal, and logs requests.
const http = require('node:http');
const CryptoJS = require('crypto-js');

const CREDS = {
	didi: { clientId: 'didi-client', clientSecret: 'didi-client-secret-x1', signKey: 'didi-sign-key-x2', companyId: '1125915646167936' },
	hose: { appKey: 'hose-app-key', appSecurity: 'hose-app-security-x3' },
	zhenling: { clientId: 'zl-client', clientSecret: 'zl-client-secret-x4' },
	zhiguanche: { appKey: 'zgc-app-key', appSecret: 'zgc-app-secret-x5' },
	zeyi: { username: 'zeyi-user', password: 'zeyi-password-x6', appKey: 'zeyi-app-key', appSecret: 'zeyi-app-secret-0123456789abcdef' },
};

const md5 = (s) => CryptoJS.MD5(CryptoJS.enc.Utf8.parse(s)).toString();
const sha256 = (s) => CryptoJS.SHA256(CryptoJS.enc.Utf8.parse(s)).toString();
const hmac = (k, s) => CryptoJS.HmacSHA256(CryptoJS.enc.Utf8.parse(s), CryptoJS.enc.Utf8.parse(k)).toString();
const rfc3986 = (v) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function didiSignOk(params) {
	const p = { ...params, sign_key: CREDS.didi.signKey };
	const given = p.sign;
	delete p.sign;
	const str = Object.keys(p)
		.filter((k) => p[k] !== undefined && p[k] !== null)
		.sort()
		.map((k) => `${k}=${p[k]}`)
		.join('&');
	return given === (String(given).length === 32 ? md5(str) : sha256(str));
}

function startEmulator() {
	const state = { tokens: new Set(), issued: { didi: 0, hose: 0, zhenling: 0, zhiguanche: 0, zeyi: 0 }, log: [], nonces: new Set() };
	const issue = (vendor) => {
		const token = `${vendor}-tok-${++state.issued[vendor]}-${Math.random().toString(36).slice(2, 8)}`;
		state.tokens.add(token);
		return token;
	};
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			const url = new URL(req.url, 'http://x');
			const [, vendor, ...rest] = url.pathname.split('/');
			const path = `/${rest.join('/')}`;
			const entry = { vendor, method: req.method, path, url: req.url, body: raw, headers: req.headers };
			state.log.push(entry);
			const send = (status, body) => {
				entry.status = status;
				entry.answer = body;
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(body));
			};
			let json = {};
			try {
				json = raw ? JSON.parse(raw) : {};
			} catch {
				json = {};
			}
			if (vendor === 'didi') {
				const params = req.method === 'GET' ? Object.fromEntries(url.searchParams) : json;
				if (path === '/river/Auth/authorize') {
					entry.kind = 'token';
					if (!didiSignOk(params)) return send(200, { errno: 19999, errmsg: 'sign error' });
					if (params.client_id !== CREDS.didi.clientId || params.client_secret !== CREDS.didi.clientSecret) return send(200, { errno: 400, errmsg: 'invalid client' });
					return send(200, { errno: 0, errmsg: 'SUCCESS', access_token: issue('didi'), expires_in: 1800, token_type: 'Bearer' });
				}
				entry.kind = 'call';
				if (!params.client_id || !params.access_token) return send(200, { errno: 412, errmsg: 'client_id and access_token required' });
				if (!didiSignOk(params)) return send(200, { errno: 19999, errmsg: 'sign error' });
				if (!state.tokens.has(params.access_token)) return send(200, { errno: 401, errmsg: 'access_token expired' });
				if (params.company_id !== CREDS.didi.companyId) return send(200, { errno: 10001, errmsg: 'company' });
				const echo = { ...params };
				delete echo.access_token;
				delete echo.sign;
				return send(200, { errno: 0, errmsg: 'SUCCESS', data: echo, request_id: 'r' });
			}
			if (vendor === 'hose') {
				if (path === '/api/openapi/v1/auth/getAccessToken') {
					entry.kind = 'token';
					if (json.appKey !== CREDS.hose.appKey || json.appSecurity !== CREDS.hose.appSecurity) return send(400, { errorCode: 400, errorMessage: 'invalid appKey' });
					return send(200, { value: { accessToken: issue('hose'), refreshToken: 'r', expireTime: Date.now() + 7200000, corporationId: 'corp' } });
				}
				entry.kind = 'call';
				if (!state.tokens.has(url.searchParams.get('accessToken'))) return send(403, { errorCode: 403, errorMessage: 'accessToken invalid' });
				return send(200, { value: { path, query: Object.fromEntries(url.searchParams), body: json } });
			}
			if (vendor === 'zhenling') {
				if (path === '/oauth/token') {
					entry.kind = 'token';
					const form = Object.fromEntries(new URLSearchParams(raw));
					if (form.grant_type !== 'client_credentials' || form.client_id !== CREDS.zhenling.clientId || form.client_secret !== CREDS.zhenling.clientSecret) return send(401, { error: 'invalid_client' });
					return send(200, { code: 0, message: 'ok', data: { access_token: issue('zhenling'), expires_in: 7200 } });
				}
				entry.kind = 'call';
				const token = String(req.headers.authorization || '').replace(/^Bearer /, '');
				if (!state.tokens.has(token)) return send(401, { code: 401, message: 'unauthorized' });
				return send(200, { code: 0, data: { path, body: json } });
			}
			if (vendor === 'zhiguanche') {
				if (path === '/openapi/v1/auth/token') {
					entry.kind = 'token';
					if (json.appKey !== CREDS.zhiguanche.appKey || json.appSecret !== CREDS.zhiguanche.appSecret) return send(401, { code: 40100, message: 'invalid appKey or appSecret' });
					return send(200, { code: 0, message: 'success', data: { accessToken: issue('zhiguanche'), expiresIn: 7200 } });
				}
				entry.kind = 'call';
				const token = String(req.headers.authorization || '').replace(/^Bearer /, '');
				if (!state.tokens.has(token)) return send(401, { code: 40101, message: 'token expired' });
				const pairs = [...url.searchParams].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
				const canonical = pairs.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
				const ts = req.headers['x-timestamp'];
				const nonce = req.headers['x-nonce'];
				const toSign = [req.method, url.pathname, canonical, ts, nonce, sha256(raw)].join('\n');
				if (req.headers['x-app-key'] !== CREDS.zhiguanche.appKey || req.headers['x-signature'] !== hmac(CREDS.zhiguanche.appSecret, toSign)) return send(403, { code: 40301, message: 'signature mismatch' });
				if (Math.abs(Date.now() - Number(ts)) > 300000) return send(403, { code: 40302, message: 'timestamp' });
				if (state.nonces.has(nonce)) return send(403, { code: 40303, message: 'nonce used' });
				state.nonces.add(nonce);
				return send(200, { code: 0, message: 'success', data: { path, query: Object.fromEntries(url.searchParams), body: json } });
			}
			if (vendor === 'zeyi') {
				if (path === '/auth-service-api/login/password') {
					entry.kind = 'token';
					if (json.username !== CREDS.zeyi.username || json.password !== CREDS.zeyi.password) return send(200, { success: false, businessException: true, errorCode: '200', message: '用户名或密码错误' });
					return send(200, { success: true, businessException: false, result: { accessToken: issue('zeyi'), expiresIn: 2592000, tokenType: 'bearer' } });
				}
				entry.kind = 'call';
				const token = String(req.headers.authorization || '').replace(/^Bearer /, '');
				if (!state.tokens.has(token)) return send(401, { success: false, errorCode: '401', message: 'unauthorized' });
				const { appkey, timestamp, nonce, sign } = req.headers;
				if (appkey !== CREDS.zeyi.appKey || !/^[A-Za-z0-9]{6}$/.test(nonce || '') || sign !== md5(`${appkey}${CREDS.zeyi.appSecret}${timestamp}${nonce}${raw}`)) {
					return send(200, { success: false, businessException: true, errorCode: '500', message: 'sign error' });
				}
				return send(200, { success: true, businessException: false, echo: json });
			}
			return send(404, { message: 'unknown vendor' });
		});
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const url = `http://127.0.0.1:${server.address().port}`;
			resolve({
				url,
				state,
				calls: (vendor, kind) => state.log.filter((e) => e.vendor === vendor && (!kind || e.kind === kind)),
				revokeAll: () => state.tokens.clear(),
				close: () => new Promise((r) => server.close(r)),
			});
		}),
	);
}

module.exports = { startEmulator, CREDS };
