// Express-shaped request/response objects, as n8n's webhook server hands them to a trigger's webhook().
const querystring = require('node:querystring');

// `requestPath`: the path as received (a relay's URL), when it differs from the node's own webhook path.
// `ip`: the caller's address (n8n's req.ip / req.socket.remoteAddress).
function fakeRequest({ method = 'POST', headers = {}, query = {}, body = '', params = {}, path = '', requestPath, ip = '127.0.0.1' }) {
	const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
	let rawBody;
	if (Buffer.isBuffer(body)) rawBody = body;
	else if (typeof body === 'string') rawBody = Buffer.from(body, 'utf8');
	else {
		rawBody = Buffer.from(JSON.stringify(body), 'utf8');
		if (!lower['content-type']) lower['content-type'] = 'application/json';
	}
	const contentType = lower['content-type'] || '';
	let parsed = {};
	const text = rawBody.toString('utf8');
	if (contentType.includes('json')) {
		try {
			parsed = text ? JSON.parse(text) : {};
		} catch {
			parsed = {};
		}
	} else if (contentType.includes('x-www-form-urlencoded')) {
		parsed = { ...querystring.parse(text) };
	}
	return {
		method,
		url: requestPath || `/webhook/${path}`,
		path: requestPath || `/webhook/${path}`,
		headers: lower,
		query,
		params,
		body: parsed,
		rawBody,
		readRawBody: async () => {},
		ip,
		socket: { remoteAddress: ip },
		get: (name) => lower[name.toLowerCase()],
		header: (name) => lower[name.toLowerCase()],
		contentType,
	};
}

function fakeResponse() {
	const state = { status: 200, headers: {}, body: undefined, ended: false };
	const res = {
		status(code) {
			state.status = code;
			return res;
		},
		setHeader(name, value) {
			state.headers[name.toLowerCase()] = value;
			return res;
		},
		header(name, value) {
			return res.setHeader(name, value);
		},
		set(name, value) {
			return res.setHeader(name, value);
		},
		json(body) {
			state.body = body;
			state.ended = true;
			return res;
		},
		send(body) {
			state.body = body;
			state.ended = true;
			return res;
		},
		end(body) {
			if (body !== undefined) state.body = body;
			state.ended = true;
			return res;
		},
		writeHead(code, headers = {}) {
			state.status = code;
			Object.assign(state.headers, headers);
			return res;
		},
		captured() {
			let body = state.body;
			if (Buffer.isBuffer(body)) body = body.toString('utf8');
			if (typeof body === 'string') {
				try {
					body = JSON.parse(body);
				} catch {
					/* keep text */
				}
			}
			return { status: state.status, headers: state.headers, body, ended: state.ended };
		},
	};
	return res;
}

module.exports = { fakeRequest, fakeResponse };
