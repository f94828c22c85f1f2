// The member fields didi-operations.txt documents beyond the first cut: rank (rank_id, from the rank dropdown),
// secondary departments (con_department_ids, "多个使用“_”连接"), superior by employee number or email, and the birth
// date, which DiDi takes in clear only inside AES256 transport.
const { startDidi, calls, unwrap } = require('./helpers');

describe('DiDi member: rank, secondary departments, superior, birth date', () => {
	let didi;
	beforeAll(async () => {
		didi = await startDidi();
	});
	afterAll(() => didi && didi.close());
	beforeEach(() => didi.reset());

	const memberData = async (path) => JSON.parse(calls(await didi.log(), path).pop().body.data);
	const stored = async (id) => unwrap(await didi.control('GET', `/state/didi/members?id=${id}`))[0];

	it('creates and updates a member with rank, secondary departments and a superior by employee number or email', async () => {
		const [rank, other] = unwrap(await didi.state('ranks'));
		const departments = unwrap(await didi.state('budgetCenters')).filter((b) => b.type === 1).slice(0, 3);
		const [boss, boss2] = unwrap(await didi.control('GET', '/state/didi/members?_limit=2'));
		const created = await didi.run({
			resource: 'member',
			operation: 'create',
			realname: '新员工',
			phone: '13987650001',
			additionalFields: { rank_id: rank.id, con_department_ids: [departments[1].id, departments[2].id], immediate_superior_employee_number: boss.employee_number },
		});
		expect(created.error).toBeUndefined();
		const { id } = created.json('Node')[0];
		expect(await memberData('/river/Member/single')).toMatchObject({ rank_id: rank.id, con_department_ids: `${departments[1].id}_${departments[2].id}`, immediate_superior_employee_number: boss.employee_number });
		expect(await stored(id)).toMatchObject({ rank_id: rank.id, con_department_ids: `${departments[1].id}_${departments[2].id}`, immediate_superior_employee_number: boss.employee_number });

		const updated = await didi.run({ resource: 'member', operation: 'update', member: { mode: 'id', value: id }, updateFields: { rank_id: other.id, immediate_superior_email: boss2.email } });
		expect(updated.error).toBeUndefined();
		expect(await memberData('/river/Member/edit')).toEqual({ rank_id: other.id, immediate_superior_email: boss2.email });
		expect(await stored(id)).toMatchObject({ rank_id: other.id, immediate_superior_email: boss2.email });
	});

	it('sends the birth date only inside AES256 transport', async () => {
		const plain = await didi.run({ resource: 'member', operation: 'create', realname: '生日', phone: '13987650002', additionalFields: { birth_date: '1990-01-31' } });
		expect(plain.error.message).toBe("Birth Date (birth_date) needs the credential's Encryption set to AES256: DiDi takes a member's birth date in clear only inside AES256 transport [item 0]");
		const badEmail = await didi.run({ resource: 'member', operation: 'update', member: { mode: 'id', value: '1' }, updateFields: { immediate_superior_email: 'boss' } });
		expect(badEmail.error.message).toBe('Immediate Superior Email (immediate_superior_email) is not an email address (got "boss") [item 0]');
		expect(calls(await didi.log(), '/river/Member/')).toHaveLength(0);

		const encryptKey = 'a1'.repeat(32);
		await didi.control('POST', '/config', { vendor: 'didi', encryption: 'aes256', encryptKey });
		const ref = didi.harness.credentials.set('didiEnterpriseApi', { ...didi.credentialData, encryption: 'aes256', encryptKey, accessToken: '' }, { id: 'didi-aes256', name: 'DiDi AES256' });
		try {
			const result = await didi.harness.runNode({ type: 'didiEnterprise', parameters: { resource: 'member', operation: 'create', realname: '生日', phone: '13987650002', additionalFields: { birth_date: '1990-01-31' } }, credentials: { didiEnterpriseApi: ref } });
			expect(result.error).toBeUndefined();
			const [request] = calls(await didi.log(), '/river/Member/single');
			expect(request.body.encrypt_content).toEqual(expect.any(String));
			expect(JSON.parse(request.decrypted.data).birth_date).toBe('1990-01-31');
			expect((await stored(result.json('Node')[0].id)).birth_date).toBe('1990-01-31');
		} finally {
			await didi.control('POST', '/config', { vendor: 'didi', encryption: 'none', encryptKey: '' });
		}
	});
});
