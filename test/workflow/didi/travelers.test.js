// External travellers (外部出行人): create / update / delete through workflows against the sandbox, a created
// traveller used as an approval passenger by traveler_id, ID cards and birth dates only with AES transport.
const { startDidi, calls, unwrap } = require('./helpers');
const { didiChain, runAfterRevoke, travelApproval } = require('./fixtures');

describe('DiDi external travellers', () => {
	let didi;
	beforeAll(async () => {
		didi = await startDidi();
	});
	afterAll(() => didi && didi.close());
	beforeEach(() => didi.reset());

	const travelers = async () => unwrap(await didi.state('travelers'));
	const paramJsonOf = (entry) => JSON.parse(entry.body.param_json);

	it('creates a traveller, makes it the passenger of a travel approval by traveler_id, updates and deletes it', async () => {
		const approval = await travelApproval(didi, {
			outApprovalId: `OA-guest-${Date.now()}`,
			reason: '接待客户',
			passengers: { external: [{ name: '={{ $json.name }}', identifiedBy: 3, travelerId: '={{ $json.traveler_id }}' }] },
		});
		const workflow = didiChain(didi, [
			['Traveler', { resource: 'traveler', operation: 'create', phone: '13912340001', name: '访客甲', additionalFields: { out_traveler_id: 'GUEST-1', remark: '客户' } }],
			['Approval', approval],
		]);
		const run = await didi.harness.runWorkflow(workflow);
		expect(run.error).toBeUndefined();
		const [created] = run.json('Traveler');
		expect(created).toEqual({ traveler_id: expect.any(String), phone: '13912340001', name: '访客甲', out_traveler_id: 'GUEST-1' });
		expect(await travelers()).toEqual([{ id: created.traveler_id, phone: '13912340001', name: '访客甲', remark: '客户', out_traveler_id: 'GUEST-1', card_list: [] }]);
		const [approvalCall] = calls(await didi.log(), '/river/Approval/create');
		expect(JSON.parse(approvalCall.body.passenger_list)).toEqual([{ passenger_type: 1, passenger_name: '访客甲', member_type: 3, traveler_id: created.traveler_id }]);

		const updated = await didi.run({ resource: 'traveler', operation: 'update', travelerId: created.traveler_id, phone: '13912340002', name: '访客乙', updateFields: { sex: 1 } });
		expect(updated.json('Node')[0]).toEqual({ traveler_id: created.traveler_id, updated: true });
		expect((await travelers())[0]).toMatchObject({ phone: '13912340002', name: '访客乙', sex: 1, remark: '客户' });
		const deleted = await didi.run({ resource: 'traveler', operation: 'delete', travelerId: created.traveler_id });
		expect(deleted.json('Node')[0]).toEqual({ traveler_id: created.traveler_id, deleted: true });
		expect(await travelers()).toEqual([]);
	});

	it('sends ID cards and the birth date inside AES transport encryption, replaces or clears the cards on update', async () => {
		const encryptKey = '64ecd6a08ced45ad5d7fedd0c347f6c9';
		await didi.control('POST', '/config', { vendor: 'didi', encryption: 'aes128', encryptKey });
		const ref = didi.harness.credentials.set('didiEnterpriseApi', { ...didi.credentialData, encryption: 'aes128', encryptKey, accessToken: '' }, { id: 'didi-aes-traveler', name: 'DiDi AES' });
		const run = (parameters) => didi.harness.runNode({ type: 'didiEnterprise', parameters, credentials: { didiEnterpriseApi: ref } });
		try {
			const cards = { card: [{ card_type: 1, card_no: '110101199001310011', expire_date: '2035-12-31' }, { card_type: 2, card_no: 'E12345678' }] };
			const created = await run({ resource: 'traveler', operation: 'create', phone: '13912340003', name: '证件人', additionalFields: { birth_date: '1990-01-31', cards } });
			expect(created.error).toBeUndefined();
			const id = created.json('Node')[0].traveler_id;
			const [sent] = calls(await didi.log(), '/open-apis/v1/traveler/create');
			expect(sent.body.encrypt_content).toEqual(expect.any(String));
			expect(JSON.parse(sent.decrypted.param_json)).toEqual({
				phone: '13912340003',
				name: '证件人',
				birth_date: '1990-01-31',
				card_list: [
					{ card_type: 1, card_no: '110101199001310011', expire_date: '2035-12-31' },
					{ card_type: 2, card_no: 'E12345678' },
				],
			});
			expect((await travelers())[0].card_list).toHaveLength(2);
			const replaced = await run({ resource: 'traveler', operation: 'update', travelerId: id, phone: '13912340003', name: '证件人', updateFields: { cards: { card: [{ card_type: 2, card_no: 'E87654321' }] } } });
			expect(replaced.error).toBeUndefined();
			expect((await travelers())[0].card_list).toEqual([{ card_type: 2, card_no: 'E87654321' }]);
			const cleared = await run({ resource: 'traveler', operation: 'update', travelerId: id, phone: '13912340003', name: '证件人', updateFields: { clearCards: true } });
			expect(cleared.error).toBeUndefined();
			expect(JSON.parse(calls(await didi.log(), '/open-apis/v1/traveler/update').pop().decrypted.param_json).force_clear_fields).toEqual(['card_list']);
			expect((await travelers())[0].card_list).toEqual([]);
			const both = await run({ resource: 'traveler', operation: 'update', travelerId: id, phone: '13912340003', name: '证件人', updateFields: { clearCards: true, cards: { card: [{ card_type: 2, card_no: 'E1' }] } } });
			expect(both.error.message).toBe('Clear All Cards (force_clear_fields) cannot be combined with ID Cards (card_list) [item 0]');
			expect(calls(await didi.log(), '/open-apis/v1/traveler/update')).toHaveLength(2);
		} finally {
			await didi.control('POST', '/config', { vendor: 'didi', encryption: 'none', encryptKey: '' });
		}
	});

	it('validates before any request: the table\'s limits, the ID card number, cards without AES transport', async () => {
		const base = { resource: 'traveler', operation: 'create', phone: '13912340004', name: '张三' };
		for (const [extra, message] of /** @type {Array<[object, string]>} */ ([
			[{ phone: '010-1234' }, 'Phone (phone) must be an 11-digit mainland mobile number (got "010-1234") [item 0]'],
			[{ name: '名'.repeat(27) }, 'Name (name) must be at most 26 characters (got 27) [item 0]'],
			[{ additionalFields: { english_surname: 'A'.repeat(13), english_name: 'B'.repeat(14) } }, 'English Name (english_name) and English Surname (english_surname) must be at most 26 characters together [item 0]'],
			[{ additionalFields: { remark: 'r'.repeat(65) } }, 'Remark (remark) must be at most 64 characters (got 65) [item 0]'],
			[{ additionalFields: { out_traveler_id: 'o'.repeat(33) } }, 'Out Traveler ID (out_traveler_id) must be at most 32 characters (got 33) [item 0]'],
			[{ additionalFields: { cards: { card: [{ card_type: 1, card_no: '1101' }] } } }, 'ID Cards (card_list[0].card_no) must be an 18-character ID card number (身份证) [item 0]'],
			[{ additionalFields: { cards: { card: [{ card_type: 2, card_no: 'E1' }] } } }, "ID Cards (card_list) need the credential's Encryption (AES128 or AES256): DiDi only accepts card numbers and birth dates encrypted [item 0]"],
			[{ additionalFields: { birth_date: '1990-01-31' } }, "Birth Date (birth_date) need the credential's Encryption (AES128 or AES256): DiDi only accepts card numbers and birth dates encrypted [item 0]"],
		])) {
			const result = await didi.run({ ...base, ...extra });
			expect(result.error.message).toBe(message);
		}
		expect(calls(await didi.log(), '/open-apis/v1/traveler/')).toHaveLength(0);
	});

	it('DiDi refusals name errno and message; a create is never retried; expired tokens are refreshed once', async () => {
		await didi.run({ resource: 'traveler', operation: 'create', phone: '13912340005', name: '甲', additionalFields: { out_traveler_id: 'DUP' } });
		const duplicate = await didi.run({ resource: 'traveler', operation: 'create', phone: '13912340006', name: '乙', additionalFields: { out_traveler_id: 'DUP' } });
		expect(duplicate.error.message).toBe('DiDi Enterprise error 10001: 参数错误(外部出行人唯一ID已存在(DUP))');
		await didi.fault('/open-apis/v1/traveler/create', 503, { status: 503, errmsg: 'busy' });
		const busy = await didi.run({ resource: 'traveler', operation: 'create', phone: '13912340007', name: '丙' });
		expect(busy.status).toBe('error');
		expect(calls(await didi.log(), '/open-apis/v1/traveler/create')).toHaveLength(3);
		expect((await travelers()).map((t) => t.name)).toEqual(['甲']);
		const unknown = await didi.run({ resource: 'traveler', operation: 'delete', travelerId: '42' });
		expect(unknown.error.message).toBe('DiDi Enterprise error 10001: 参数错误(外部出行人不存在)');
		const { result, expired, authorized } = await runAfterRevoke(didi, () => didi.run({ resource: 'traveler', operation: 'create', phone: '13912340008', name: '丁' }));
		expect(result.error).toBeUndefined();
		expect([expired, authorized]).toEqual([1, 1]);
		expect((await travelers()).map((t) => t.name)).toEqual(['甲', '丁']);
	});
});
