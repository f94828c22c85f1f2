// Approval (申请单) operations as workflows against the sandbox: the three types, exactly-once create by
// out_approval_id (50506), update / cancel / get / orders / external result, validation, token refresh.
const { startDidi, calls, unwrap } = require('./helpers');

describe('DiDi approval', () => {
	let didi;
	let seed;
	beforeAll(async () => {
		didi = await startDidi();
		await didi.reset();
		const regulations = unwrap(await didi.state('regulations'));
		const members = unwrap(await didi.state('members'));
		const cities = unwrap(await didi.state('cities'));
		const ofType = (t) => regulations.find((r) => Number(r.approval_type) === t) || regulations[0];
		seed = {
			travel: String(ofType(1).regulation_id),
			byCount: String(ofType(2).regulation_id),
			byDate: String(ofType(3).regulation_id),
			applicant: members.find((m) => m.phone),
			from: String(cities[0].city_id),
			to: String(cities[1].city_id),
		};
	}, 120000); // the first sandbox start of a run loads Fastify and the DiDi seed: over 30 s on a loaded 2-core machine
	afterAll(() => didi && didi.close());
	beforeEach(() => didi.reset());

	const outId = (tag) => `OA-${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
	const travel = (extra = {}) => ({
		resource: 'approval',
		operation: 'create',
		approvalType: 1,
		regulationId: seed.travel,
		memberType: 0,
		applicantPhone: seed.applicant.phone,
		reason: '出差',
		travelStartDate: '2030-05-01',
		travelEndDate: '2030-05-03',
		cityControlMode: 'strict',
		trips: { trip: [{ departureCity: seed.from, destinationCity: seed.to, tripType: ['1', '2'] }] },
		...extra,
	});
	const approvalsWith = async (id) => unwrap(await didi.state('approvals')).filter((a) => a.out_approval_id === id);

	it('creates a travel approval with trips, passengers, budget centre and extension fields', async () => {
		const id = outId('travel');
		const result = await didi.run(
			travel({
				outApprovalId: id,
				passengers: { employee: [{ name: seed.applicant.realname || '员工', identifiedBy: 0, phone: seed.applicant.phone }], external: [{ name: 'Guest', identifiedBy: 0, phone: '13900000001' }] },
				travelOptions: { flightTotalCount: 2, hotelTotalCount: 2, categoryControl: [4, 6, 10] },
				additionalFields: { extendField01: 'cost-1', extraInfo: '{"oa":"1"}' },
			}),
		);
		expect(result.error).toBeUndefined();
		expect(result.json('Node')[0]).toMatchObject({ approval_id: expect.anything(), out_approval_id: id, created: true });
		const [stored] = await approvalsWith(id);
		expect(stored).toBeDefined();
		const sent = calls(await didi.log(), '/river/Approval/create')[0];
		const body = sent.body || sent.params || {};
		expect(sent.signature).toBe('ok');
		// Nested structures travel as JSON strings, signed as sent. A trip city chosen from the list goes as its ID
		// alone — didi-operations.txt travel_detail_obj.trips: "城市名称和城市ID建议传一种，不要一起传。"
		expect(typeof body.travel_detail).toBe('string');
		expect(JSON.parse(body.travel_detail).trips[0]).toEqual({
			departure_city_id: Number(seed.from),
			destination_city_id: Number(seed.to),
			start_date: '2030-05-01',
			end_date: '2030-05-03',
			trip_type: '1,2',
		});
		expect(JSON.parse(body.travel_detail).category_control).toEqual([4, 6, 10]);
		expect(JSON.parse(body.passenger_list)).toEqual([
			expect.objectContaining({ passenger_type: 0, member_type: 0, passenger_phone: seed.applicant.phone }),
			expect.objectContaining({ passenger_type: 1, passenger_name: 'Guest', passenger_phone: '13900000001' }),
		]);
		expect(JSON.parse(body.extend_field_list)).toEqual([{ extend_field_01: 'cost-1' }]);
		expect(JSON.parse(body.extra_info)).toEqual({ oa: '1' });
	});

	it('a re-run with the same out_approval_id never duplicates (50506 resolves to the existing approval)', async () => {
		const id = outId('rerun');
		const first = (await didi.run(travel({ outApprovalId: id }))).json('Node')[0];
		const second = await didi.run(travel({ outApprovalId: id }));
		expect(second.error).toBeUndefined();
		expect(second.json('Node')[0]).toMatchObject({ approval_id: first.approval_id, created: false, updated: false });
		expect(await approvalsWith(id)).toHaveLength(1);
		const updated = await didi.run(travel({ outApprovalId: id, reason: '改期', onExisting: 'update' }));
		expect(updated.json('Node')[0]).toMatchObject({ approval_id: first.approval_id, updated: true });
		expect((await approvalsWith(id))[0].reason).toBe('改期');
		const failed = await didi.run(travel({ outApprovalId: id, onExisting: 'fail' }));
		expect(failed.status).toBe('error');
		expect(failed.error.message).toMatch(/50506/);
		expect(failed.error.description).toMatch(/out_approval_id|Update/);
		expect(await approvalsWith(id)).toHaveLength(1);
	});

	it('creates one approval per item; travel trips need no city-name lookup', async () => {
		const items = [0, 1, 2].map((k) => ({ json: { no: outId(`batch${k}`) } }));
		const result = await didi.run(travel({ outApprovalId: '={{ $json.no }}' }), items);
		expect(result.error).toBeUndefined();
		expect(result.json('Node').map((r) => r.out_approval_id)).toEqual(items.map((i) => i.json.no));
		expect(result.items('Node').map((i) => i.pairedItem.item)).toEqual([0, 1, 2]);
		expect(calls(await didi.log(), '/river/City/get')).toHaveLength(0);
	});

	it('rides by date carry city ID and name, the names looked up once per run', async () => {
		// didi-operations.txt business_trip_detail_by_date.trips: "city_id (integer) *req*", "city (string) *req*".
		const start = new Date(Date.now() + 86400e3).toISOString();
		const end = new Date(Date.now() + 3 * 86400e3).toISOString();
		const items = [0, 1].map((k) => ({ json: { no: outId(`date${k}`) } }));
		const result = await didi.run({ resource: 'approval', operation: 'create', approvalType: 3, regulationId: seed.byDate, outApprovalId: '={{ $json.no }}', memberType: 0, applicantPhone: seed.applicant.phone, startTime: start, endTime: end, rideCities: { city: [{ city: seed.from }] } }, items);
		expect(result.error).toBeUndefined();
		const cities = unwrap(await didi.state('cities'));
		const sent = calls(await didi.log(), '/river/Approval/create');
		expect(sent).toHaveLength(2);
		for (const entry of sent) {
			expect(JSON.parse((entry.body || entry.params).business_trip_detail).trips).toEqual([{ city_id: Number(seed.from), city: cities.find((c) => String(c.city_id) === seed.from).city_name }]);
		}
		expect(calls(await didi.log(), '/river/City/get')).toHaveLength(1);
	});

	it('a trip city given by ID and by name is refused before anything is sent', async () => {
		const result = await didi.run(travel({ outApprovalId: outId('both'), trips: { trip: [{ departureCity: seed.from, departureCityName: '北京', destinationCity: seed.to, tripType: ['1'] }] } }));
		expect(result.status).toBe('error');
		expect(result.error.message).toBe(
			`Trip 1 Departure City (travel_detail.trips[0].departure_city) give the city by its DiDi ID (${seed.from}) or by its name ("北京"), not both: DiDi takes one of them (城市名称和城市ID建议传一种，不要一起传) [item 0]`,
		);
		expect(calls(await didi.log(), '/river/Approval/create')).toHaveLength(0);
	});

	it('a trip city given by name goes as the name alone', async () => {
		const id = outId('byname');
		const result = await didi.run(travel({ outApprovalId: id, trips: { trip: [{ departureCity: '', departureCityName: '北京', destinationCity: '', destinationCityName: '杭州', tripType: ['2'] }] } }));
		expect(result.error).toBeUndefined();
		const body = calls(await didi.log(), '/river/Approval/create')[0].body;
		expect(JSON.parse(body.travel_detail).trips[0]).toEqual({ departure_city: '北京', destination_city: '杭州', start_date: '2030-05-01', end_date: '2030-05-03', trip_type: '2' });
	});

	it('the city dropdowns list DiDi\'s cities', async () => {
		const options = await didi.harness.loadOptions({ type: 'didiEnterprise', method: 'getCities', parameters: travel(), credentials: { didiEnterpriseApi: didi.credential } });
		const cities = unwrap(await didi.state('cities'));
		expect(options).toEqual(cities.map((c) => ({ name: c.city_name, value: String(c.city_id) })));
		const node = require('../../../nodes/DidiEnterprise/actions/approval/fields');
		const trip = /** @type {any} */ (node.tripFields.find((f) => f.name === 'trips').options[0]).values;
		for (const name of ['departureCity', 'destinationCity']) expect(trip.find((f) => f.name === name).typeOptions).toEqual({ loadOptionsMethod: 'getCities' });
		const ride = /** @type {any[]} */ (node.tripFields.find((f) => f.name === 'rideOptions').options);
		for (const name of ['departure_city_id', 'destination_city_id']) expect(ride.find((f) => f.name === name).typeOptions).toEqual({ loadOptionsMethod: 'getCities' });
	});

	it('out_approval_id is unique per approval type and applicant: the same ID for two applicants, each found in its scope', async () => {
		// didi-operations.txt Approval/create 注意 out_approval_id: "唯一性校验：company_id+approval_type+申请人维度".
		const members = unwrap(await didi.state('members'));
		const other = members.find((m) => m.phone && m.phone !== seed.applicant.phone && String(m.status) === '1' && String(m.regulation_id || '').includes(seed.travel));
		expect(other).toBeDefined();
		const id = outId('scope');
		const mine = (await didi.run(travel({ outApprovalId: id }))).json('Node')[0];
		const theirs = (await didi.run(travel({ outApprovalId: id, applicantPhone: other.phone }))).json('Node')[0];
		expect(theirs.created).toBe(true);
		expect(theirs.approval_id).not.toBe(mine.approval_id);
		expect(await approvalsWith(id)).toHaveLength(2);
		// A re-run for the second applicant resolves to the second approval (50506 within the scope).
		const rerun = await didi.run(travel({ outApprovalId: id, applicantPhone: other.phone }));
		expect(rerun.json('Node')[0]).toMatchObject({ approval_id: theirs.approval_id, created: false });
		// Get by Out ID and Cancel find the applicant's own approval.
		const got = await didi.run({ resource: 'approval', operation: 'get', approval: { mode: 'outApprovalId', value: id }, approvalType: 1, scopeApplicant: other.phone });
		expect(got.json('Node')[0].approval_id).toBe(theirs.approval_id);
		const cancel = await didi.run({ resource: 'approval', operation: 'cancel', approval: { mode: 'outApprovalId', value: id }, approvalType: 1, scopeApplicant: other.phone });
		expect(cancel.error).toBeUndefined();
		expect(calls(await didi.log(), '/river/Approval/cancel').map((c) => c.body)).toEqual([expect.objectContaining({ approval_id: String(theirs.approval_id) })]);
		const stored = await approvalsWith(id);
		expect(stored.find((a) => a.approval_id === String(theirs.approval_id)).status).toBe(4);
		expect(stored.find((a) => a.approval_id === String(mine.approval_id)).status).toBe(1);
		// Without the applicant, an Out Approval ID is refused before anything is sent.
		const unscoped = await didi.run({ resource: 'approval', operation: 'get', approval: { mode: 'outApprovalId', value: id }, approvalType: 1 });
		expect(unscoped.error.message).toBe('Applicant Phone (phone) is required when the applicant is identified by phone (member_type 0) [item 0]');
	});

	it('a pre-trip ride window that has already started is refused before anything is sent', async () => {
		// didi-approval-create.txt business_trip_detail: "start_time … 开始时间,需要大于等于接口调用当前时间"
		const start = '2020-01-01 09:00:00';
		for (const approvalType of [2, 3]) {
			const result = await didi.run({ resource: 'approval', operation: 'create', approvalType, regulationId: approvalType === 2 ? seed.byCount : seed.byDate, outApprovalId: outId('past'), memberType: 0, applicantPhone: seed.applicant.phone, startTime: start, endTime: '2031-01-01 09:00:00', tripTimes: 2 });
			expect(result.error.message).toBe(`Start Time (business_trip_detail.start_time) must not be in the past: DiDi needs it at or after the time of the call (got ${start}) [item 0]`);
		}
		expect(calls(await didi.log(), '/river/Approval/create')).toHaveLength(0);
	});

	it('a create without out_approval_id is never retried after a 5xx (it could duplicate)', async () => {
		await didi.fault('/river/Approval/create', 503, { status: 503, errmsg: 'busy' });
		const result = await didi.run(travel());
		expect(result.status).toBe('error');
		expect(calls(await didi.log(), '/river/Approval/create')).toHaveLength(1);
	});

	it('creates pre-trip approvals by count and by date', async () => {
		const start = new Date(Date.now() + 86400e3).toISOString();
		const end = new Date(Date.now() + 3 * 86400e3).toISOString();
		const byCount = await didi.run({ resource: 'approval', operation: 'create', approvalType: 2, regulationId: seed.byCount, outApprovalId: outId('count'), memberType: 0, applicantPhone: seed.applicant.phone, startTime: start, endTime: end, tripTimes: 4, isReturn: true, rideOptions: { perOrderLimitYuan: 100 } });
		expect(byCount.error).toBeUndefined();
		expect(byCount.json('Node')[0].created).toBe(true);
		const byDate = await didi.run({ resource: 'approval', operation: 'create', approvalType: 3, regulationId: seed.byDate, outApprovalId: outId('date'), memberType: 0, applicantPhone: seed.applicant.phone, startTime: start, endTime: end, rideCities: { city: [{ city: seed.from }] }, rideOptions: { amountYuan: 500 } });
		expect(byDate.error).toBeUndefined();
		expect(byDate.json('Node')[0].created).toBe(true);
	});

	it('answers DiDi errors with errno, message and request id (unknown applicant)', async () => {
		const result = await didi.run(travel({ outApprovalId: outId('err'), applicantPhone: '10000000000' }));
		expect(result.status).toBe('error');
		expect(result.error.message).toMatch(/DiDi Enterprise error \d+/);
		expect(result.error.description || '').toMatch(/Request ID|applicant|member/i);
	});

	it('validates before any request, naming field and item', async () => {
		/** @type {Array<[object, RegExp]>} */
		const cases = [
			[travel({ travelEndDate: '2030-04-30' }), /travel_detail\.end_date.*\[item 0\]/],
			[travel({ travelStartDate: '2030/05/01' }), /travel_detail\.start_date/],
			[travel({ outApprovalId: 'x'.repeat(121) }), /out_approval_id.*120/],
			[travel({ reason: '因'.repeat(201) }), /reason.*200/],
			[travel({ memberType: 1, applicantEmployeeNumber: '={{ "" }}' }), /employee_number/],
			[travel({ cityControlMode: 'strict', trips: { trip: [{ departureCity: seed.from, destinationCity: seed.to }] } }), /trip_type/],
			[{ resource: 'approval', operation: 'create', approvalType: 2, regulationId: seed.byCount, applicantPhone: '13800000000', startTime: '2030-05-01 09:00:00', endTime: '2030-05-01 18:00:00', tripTimes: 3, isReturn: true }, /trip_times.*even/],
		];
		for (const [parameters, pattern] of cases) {
			const result = await didi.run(parameters);
			expect(result.status).toBe('error');
			expect(result.error.message).toMatch(pattern);
		}
		expect(calls(await didi.log(), '/river/Approval/create')).toHaveLength(0);
	});

	it('updates, gets, lists orders of, and cancels an approval', async () => {
		const id = outId('life');
		const created = (await didi.run(travel({ outApprovalId: id }))).json('Node')[0];
		const update = await didi.run({ resource: 'approval', operation: 'update', approval: { mode: 'outApprovalId', value: id }, scopeApplicant: seed.applicant.phone, approvalType: 1, reason: '延期', travelStartDate: '2030-05-01', travelEndDate: '2030-05-05', cityControlMode: 'medium', trips: { trip: [{ departureCity: seed.from, destinationCity: seed.to }] } });
		expect(update.error).toBeUndefined();
		const got = await didi.run({ resource: 'approval', operation: 'get', approval: { mode: 'id', value: String(created.approval_id) } });
		expect(got.error).toBeUndefined();
		expect(JSON.stringify(got.json('Node')[0])).toContain(String(created.approval_id));
		const orders = await didi.run({ resource: 'approval', operation: 'getOrders', approval: { mode: 'id', value: String(created.approval_id) }, returnAll: true });
		expect(orders.error).toBeUndefined();
		const cancel = await didi.run({ resource: 'approval', operation: 'cancel', approval: { mode: 'outApprovalId', value: id }, approvalType: 1, scopeApplicant: seed.applicant.phone });
		expect(cancel.error).toBeUndefined();
		expect(cancel.json('Node')[0]).toMatchObject({ out_approval_id: id, cancelled: true });
	});

	it('update / cancel / get / orders of an unknown approval are DiDi errors', async () => {
		const unknown = { mode: 'id', value: '1234567890123' };
		for (const parameters of [
			{ operation: 'update', approval: unknown, approvalType: 1, travelStartDate: '2030-05-01', travelEndDate: '2030-05-02' },
			{ operation: 'cancel', approval: unknown },
			{ operation: 'get', approval: unknown },
		]) {
			const result = await didi.run({ resource: 'approval', ...parameters });
			expect(result.status).toBe('error');
			expect(result.error.message).toMatch(/DiDi Enterprise error/);
		}
		await didi.fault('/river/Approval/getOrder', 10001, { errmsg: 'approval not found' });
		const orders = await didi.run({ resource: 'approval', operation: 'getOrders', approval: unknown, returnAll: true });
		expect(orders.error.message).toMatch(/10001/);
	});

	it('syncs an external approval result, and reports DiDi errors for it', async () => {
		const ok = await didi.run({ resource: 'approval', operation: 'syncResult', outId: 'out-123', status: 1 });
		expect(ok.error).toBeUndefined();
		expect(ok.json('Node')[0]).toMatchObject({ out_id: 'out-123', status: 1, synced: true });
		expect(unwrap(await didi.state('outApprovalStatuses'))).toEqual([expect.objectContaining({ out_id: 'out-123', status: 1 })]);
		await didi.fault('/river/OutApproval/Status', 10001, { errmsg: 'out_id not found' });
		const failed = await didi.run({ resource: 'approval', operation: 'syncResult', outId: 'out-404', status: 0 });
		expect(failed.error.message).toMatch(/10001/);
	});

	it('errno 401 refreshes the token exactly once and retries', async () => {
		await didi.run(travel({ outApprovalId: outId('warm') }));
		didi.harness.credentials.resetStats();
		await didi.revokeTokens();
		const revokedAt = Math.max(0, ...(await didi.log()).map((e) => e.seq));
		const result = await didi.run(travel({ outApprovalId: outId('after-revoke') }));
		expect(result.error).toBeUndefined();
		expect(didi.harness.credentials.count('preAuthentication', 'didiEnterpriseApi')).toBe(1);
		// After the revoke: one errno 401, one authorize, then everything succeeds.
		const after = (await didi.log()).filter((e) => e.seq > revokedAt);
		expect(after.filter((e) => Number(e.errno) === 401)).toHaveLength(1);
		expect(after.filter((e) => e.path === '/river/Auth/authorize')).toHaveLength(1);
		expect(after.at(-1)).toMatchObject({ path: '/river/Approval/create', errno: 0 });
		expect(calls(await didi.log(), '/river/Auth/authorize').length).toBe(2);
	});
});
