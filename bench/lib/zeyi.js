'use strict';
// Zeyi fixtures for the bench: a repair bill as the node's parameters (per-item code from the input item) and
// the same bill as a hand-written client would send it, signed as Zeyi's document says
// (sign = md5(appKey + appSecret + timestamp + nonce + body)). Written here, not imported from credentials/.
const crypto = require('node:crypto');
const { repairBillParameters } = require('../../test/fixtures/zeyi-bill');

const BILL_PARAMETERS = repairBillParameters({ code: '={{ $json.code }}', orderCode: '={{ $json.orderCode }}' });

const START = Date.parse('2026-05-01T09:00:00+08:00');
const END = Date.parse('2026-05-01T17:00:00+08:00');

/** The bill body a hand-written client builds (exact amounts as literals, like the node sends them). */
const rawBillBody = (code, orderCode) =>
	`{"code":${JSON.stringify(code)},"orderCode":${JSON.stringify(orderCode)},"discountedAmount":100.05,"totalAmount":1000.10,"paidAmount":900.05,"mileage":121900,"type":"大修","startTime":"${START}","completeTime":"${END}","fieldMaintainPictureUrl":["https://img.example.com/a.jpg","https://img.example.com/b.jpg"],"certificatePictureUrl":["https://img.example.com/c.jpg"],"mileagePictureUrl":["https://img.example.com/d.jpg"],"feeList":[{"name":"工时费","amount":100.10,"discountedAmount":0},{"name":"材料费","amount":900.00,"discountedAmount":100.05}],"repairProjectList":[{"name":"机油滤芯","number":2,"unitPrice":450.00,"totalAmount":900.00,"projectType":"materials"}]}`;

const nonce = () => crypto.randomBytes(6).toString('hex').slice(0, 6);

/** A raw Zeyi client: logs in once, then signs and sends business calls on a keep-alive agent. */
async function rawZeyi(client, credential) {
	const login = await client.request({
		method: 'POST',
		path: '/auth-service-api/login/password',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username: credential.username, password: credential.password }),
	});
	const token = login.json && login.json.result && login.json.result.accessToken;
	if (!token) throw new Error(`Zeyi login failed: ${login.text}`);
	return async function post(path, body) {
		const timestamp = String(Date.now());
		const n = nonce();
		const sign = crypto.createHash('md5').update(`${credential.appKey}${credential.appSecret}${timestamp}${n}${body}`, 'utf8').digest('hex');
		const res = await client.request({
			method: 'POST',
			path,
			headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, appkey: credential.appKey, timestamp, nonce: n, sign },
			body,
		});
		if (!res.json || res.json.success !== true) throw new Error(`Zeyi refused: ${res.status} ${res.text}`);
		return res.json;
	};
}

module.exports = { BILL_PARAMETERS, rawBillBody, rawZeyi };
