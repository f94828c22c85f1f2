// "Encrypt Payload (加密)": the Zeyi node against the sandbox in its AES mode ({encryption: true}), where
// every business call must arrive as {"data":"<Base64 AES-CBC>"} signed over exactly that envelope. The
// sandbox decrypts with the document's scheme (key = appSecret, issued IV, plaintext appKey + timestamp +
// nonce + data, checked against the request's headers) or the random-IV scheme, and refuses plain bodies.
const crypto = require('node:crypto');
const { setup } = require('./helpers');
const { contractParameters, encryptedBillParameters } = require('../../fixtures/zeyi-bill');

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => env && (await env.close()));
beforeEach(async () => {
	await env.control('POST', '/reset', { vendor: 'zeyi' });
	await env.control('POST', '/config', { vendor: 'zeyi', encryption: true });
	env.harness.credentials.resetStats();
});

const CODE = 'WBJL21071000044';
const STATION = { stationUser: '张大三', stationMobile: '13277788817', stationLng: '113.461238', stationLat: '32.614137' };
const bill = encryptedBillParameters;
const contract = (over = {}) => contractParameters({ options: { encrypt: true }, ...over });

/** The seven operations, each with Encrypt Payload on; run in this order (the contract void needs the push). */
/** @type {Array<[string, object, string, RegExp]>} */
const OPERATIONS = [
	['repair → confirm', { resource: 'repair', operation: 'confirm', code: CODE, flag: true, expectTime: '2026-05-01T09:00:00+08:00', station: STATION, options: { encrypt: true } }, 'repairConfirm', /"stationMobile":"13277788817"/],
	['maintenance → confirm', { resource: 'maintenance', operation: 'confirm', code: CODE, flag: false, reason: '无可用站点', options: { encrypt: true } }, 'maintainConfirm', /"reason":"无可用站点"/],
	['repair → push bill', bill('repair'), 'repairList', /"totalAmount":1000\.10,"paidAmount":900\.05/],
	['maintenance → push bill', bill('maintenance', { code: 'WBJL-M1' }), 'maintainList', /"nextMaintainanceTime":"1793462400000"/],
	['contract → push', contract(), 'vehicleMaintainRepairContract/push', /"totalAmount":1800/],
	['contract → void', { resource: 'contract', operation: 'void', code: 'HT123', reason: '上报信息错误', voidFields: { operationUser: '张大三', operationMobile: '13277676171', encrypt: true } }, 'vehicleMaintainRepairContract/invalid', /"operationMobile":"13277676171"/],
	['maintenance order → void', { resource: 'maintenanceOrder', operation: 'void', code: 'WBJL-M1', reason: '重复数据', voidFields: { encrypt: true } }, 'maintenance/invalid', /"reason":"重复数据"/],
];

const creds = () => env.harness.credentials.get('zeyiApi', 'zeyi-sandbox');
/** Independent decryption of the document's scheme (node:crypto, not the credential's module). */
function decryptPrefixed(base64) {
	const { appSecret, aesIv } = creds();
	const decipher = crypto.createDecipheriv('aes-256-cbc', Buffer.from(appSecret, 'utf8'), Buffer.from(aesIv, 'utf8'));
	return Buffer.concat([decipher.update(Buffer.from(base64, 'base64')), decipher.final()]).toString('utf8');
}
const md5 = (text) => crypto.createHash('md5').update(text, 'utf8').digest('hex');
const callsTo = async (path) => (await env.calls()).filter((c) => c.path.endsWith(path));
/** The calls past the token check (a reset revokes tokens: a test's first call may answer 401 and log in again). */
const accepted = async (path) => (await callsTo(path)).filter((c) => c.status !== 401);

describe('Zeyi node: Encrypt Payload against the sandbox in AES mode', () => {
	it('every operation with Encrypt Payload on is decrypted and accepted; the plaintext prefix matches the headers; the sign covers the envelope', async () => {
		const { appKey, appSecret } = creds();
		for (const [name, parameters, path, expected] of OPERATIONS) {
			const r = await env.run(parameters);
			expect({ name, error: r.error && r.error.message }).toEqual({ name, error: undefined });
			expect(r.json('Zeyi')[0].success).toBe(true);
			const [entry] = await accepted(path);
			expect(entry.status).toBe(200);
			expect(entry.response).toMatchObject({ success: true });
			expect(entry.signature).toBe('ok');
			// what travelled: {"data":"<Base64>"} and nothing readable
			const envelope = JSON.parse(entry.rawBody);
			expect(Object.keys(envelope)).toEqual(['data']);
			expect(entry.rawBody).not.toMatch(expected);
			expect(Object.keys(entry.headers).map((k) => k.toLowerCase())).not.toContain('x-n8n-zeyi-encrypt');
			// the document's plaintext: appKey + timestamp + nonce (those of this request's headers) + data
			const { timestamp, nonce, sign } = entry.headers;
			const plain = decryptPrefixed(envelope.data);
			expect(plain.startsWith(`${appKey}${timestamp}${nonce}`)).toBe(true);
			expect(plain.slice(`${appKey}${timestamp}${nonce}`.length)).toBe(entry.decrypted);
			expect(entry.decrypted).toMatch(expected);
			expect(sign).toBe(md5(`${appKey}${appSecret}${timestamp}${nonce}${entry.rawBody}`));
			await env.control('DELETE', '/log?vendor=zeyi');
		}
		// the sandbox acted on the decrypted values
		expect((await env.state('repairConfirms')).records[0]).toMatchObject({ code: CODE, stationMobile: '13277788817' });
		expect((await env.state('repairLists')).records[0].payload).toMatchObject({ totalAmount: '1000.10', paidAmount: '900.05' });
		expect((await env.state('contracts')).records[0]).toMatchObject({ code: 'HT123', status: 'VOID' });
	});

	it('without Encrypt Payload the sandbox (requiring encryption) refuses, and the node surfaces its message', async () => {
		const r = await env.run({ resource: 'repair', operation: 'confirm', code: CODE, flag: true, station: STATION });
		expect(r.error.message).toBe('Zeyi error 200: 敏感数据需加密传输');
		expect((await env.state('repairConfirms')).total).toBe(0);
		const push = await env.run(bill('repair', { options: {} }));
		expect(push.error.message).toBe('Zeyi error 200: 敏感数据需加密传输');
		expect((await env.state('repairLists')).total).toBe(0);
	});

	it('Encryption Mode "Random IV Prepended" is accepted too (data only, IV in front)', async () => {
		const id = { id: 'zeyi-random-iv', name: 'Zeyi (random IV)' };
		const ref = env.harness.credentials.set('zeyiApi', { ...creds(), encryptionMode: 'randomIv', aesIv: '', accessToken: '' }, id);
		const r = await env.harness.runNode({ type: 'zeyi', name: 'Zeyi', parameters: bill('repair'), credentials: { zeyiApi: ref } });
		expect(r.error).toBeUndefined();
		const [entry] = await accepted('repairList');
		const raw = Buffer.from(JSON.parse(entry.rawBody).data, 'base64');
		const decipher = crypto.createDecipheriv('aes-256-cbc', Buffer.from(creds().appSecret, 'utf8'), raw.subarray(0, 16));
		expect(Buffer.concat([decipher.update(raw.subarray(16)), decipher.final()]).toString('utf8')).toBe(entry.decrypted);
		expect(entry.decrypted).toMatch(/^\{"code":"WBJL21071000044"/);
	});

	it('a call re-sent after a 401 re-login and after a 503 is encrypted again for each new nonce (no replay), same plaintext', async () => {
		await env.run({ resource: 'maintenance', operation: 'confirm', code: CODE, flag: true, options: { encrypt: true } });
		await env.control('DELETE', '/log?vendor=zeyi');
		env.harness.credentials.resetStats();
		await env.control('POST', '/tokens/revoke', { vendor: 'zeyi' });
		await env.control('POST', '/faults', { vendor: 'zeyi', path: '/maintenance/repairConfirm', status: 503, errorCode: '500', message: '系统繁忙', times: 1 });
		const r = await env.run({ resource: 'repair', operation: 'confirm', code: CODE, flag: true, options: { encrypt: true } });
		expect(r.error).toBeUndefined();
		expect(env.harness.credentials.count('preAuthentication', 'zeyiApi')).toBe(1);
		const calls = await callsTo('repairConfirm');
		expect(calls.map((c) => c.status)).toEqual([401, 503, 200]);
		expect(new Set(calls.map((c) => c.headers.nonce)).size).toBe(3);
		expect(new Set(calls.map((c) => c.rawBody)).size).toBe(3);
		const { appKey } = creds();
		for (const c of calls) {
			expect(decryptPrefixed(JSON.parse(c.rawBody).data)).toBe(`${appKey}${c.headers.timestamp}${c.headers.nonce}${JSON.stringify({ code: CODE, repairFlag: true })}`);
		}
		expect(calls[1].signature).toBe('ok');
		expect(calls[2].signature).toBe('ok');
	});

	it('with the sandbox not requiring encryption, an encrypted call is still decrypted and accepted; a plain one too', async () => {
		await env.control('POST', '/config', { vendor: 'zeyi', encryption: false });
		const encrypted = await env.run({ resource: 'repair', operation: 'confirm', code: CODE, flag: false, reason: '无可用站点', options: { encrypt: true } });
		expect(encrypted.error).toBeUndefined();
		const plain = await env.run({ resource: 'maintenance', operation: 'confirm', code: CODE, flag: false, reason: '无可用站点' });
		expect(plain.error).toBeUndefined();
		const [a] = await accepted('repairConfirm');
		const [b] = await accepted('maintainConfirm');
		expect(a.decrypted).toContain('"reason":"无可用站点"');
		expect(b.rawBody).toContain('"reason":"无可用站点"');
	});

	it('missing AES IV (document mode) fails before anything is sent, naming the credential field', async () => {
		const ref = env.harness.credentials.set('zeyiApi', { ...creds(), aesIv: '' }, { id: 'zeyi-no-iv', name: 'Zeyi (no IV)' });
		const r = await env.harness.runNode({ type: 'zeyi', name: 'Zeyi', parameters: bill('repair'), credentials: { zeyiApi: ref } });
		expect(r.error.message).toBe("Encrypt Payload (加密) needs the credential's AES settings: AES IV (aesIv) is required to encrypt or decrypt Zeyi payloads [item 0]");
		expect(await env.calls()).toHaveLength(0);
	});
});
