// Pure mappers and validators of DiDi approvals: travel_detail policy modes, business_trip_detail, passengers.
const { Validator } = require('../../../nodes/common/validation');
const {
	buildTravelDetail,
	buildBusinessTripByCount,
	buildBusinessTripByDate,
	buildPassengers,
	buildApplicant,
	existingApprovalId,
	parseCityList,
} = require('../../../nodes/DidiEnterprise/shared/approval');

/** @type {import('n8n-workflow').INode} */
const node = { id: 'didi', name: 'DiDi', type: 'n8n-nodes-cn-enterprise.didiEnterprise', typeVersion: 1, position: [0, 0], parameters: {} };
const v = (item = 0) => new Validator(node, item);
const fails = (fn, ...patterns) => {
	let error;
	try {
		fn();
	} catch (e) {
		error = e;
	}
	expect(error).toBeDefined();
	for (const p of patterns) expect(error.message).toMatch(p);
	return error;
};

describe('buildTravelDetail', () => {
	const trip = { departureCity: '1', destinationCity: '3', tripType: ['1', '2'] };
	it('builds DiDi travel_detail with trip dates defaulting to the travel dates', () => {
		const detail = buildTravelDetail(v(), { startDate: '2026-05-01', endDate: '2026-05-03', trips: [trip], cityControlMode: 'strict' });
		expect(detail).toEqual({
			start_date: '2026-05-01',
			end_date: '2026-05-03',
			end_city_rule: 1,
			trips: [{ departure_city_id: 1, destination_city_id: 3, start_date: '2026-05-01', end_date: '2026-05-03', trip_type: '1,2' }],
		});
	});
	it('rejects bad dates naming the field and item', () => {
		fails(() => buildTravelDetail(v(3), { startDate: '2026-02-30', endDate: '2026-03-01', trips: [], cityControlMode: 'none' }), /start_date/, /\[item 3\]/);
		fails(() => buildTravelDetail(v(), { startDate: '2026-05-03', endDate: '2026-05-01', trips: [], cityControlMode: 'none' }), /travel_detail\.end_date/, /on or after/);
		fails(() => buildTravelDetail(v(), { startDate: '01/05/2026', endDate: '2026-05-01', trips: [], cityControlMode: 'none' }), /start_date/);
	});
	it('applies the policy-mode rules', () => {
		const base = { startDate: '2026-05-01', endDate: '2026-05-03' };
		// none: trips may be empty; others need trips
		expect(buildTravelDetail(v(), { ...base, trips: [], cityControlMode: 'none' }).trips).toBeUndefined();
		fails(() => buildTravelDetail(v(), { ...base, trips: [], cityControlMode: 'medium' }), /Trips/);
		// strict: trip type and destination
		fails(() => buildTravelDetail(v(), { ...base, trips: [{ departureCity: '1', destinationCity: '3' }], cityControlMode: 'strict' }), /trips\[0\]\.trip_type/);
		fails(() => buildTravelDetail(v(), { ...base, trips: [{ departureCity: '1', tripType: ['1'] }], cityControlMode: 'strict' }), /destination_city_id/);
		// light: trip must span the travel dates and list to_citys
		fails(() => buildTravelDetail(v(), { ...base, trips: [{ departureCity: '1', toCities: '3:杭州', startDate: '2026-05-02' }], cityControlMode: 'light' }), /light control/);
		fails(() => buildTravelDetail(v(), { ...base, trips: [{ departureCity: '1' }], cityControlMode: 'light' }), /to_citys/);
		const light = buildTravelDetail(v(), { ...base, trips: [{ departureCity: '1', toCities: '3:杭州, 5:上海' }], cityControlMode: 'light' });
		expect(light.trips[0].to_citys).toEqual([{ id: 3, name: '杭州' }, { id: 5, name: '上海' }]);
		// trips outside the window
		fails(() => buildTravelDetail(v(), { ...base, trips: [{ departureCity: '1', destinationCity: '2', endDate: '2026-05-09' }], cityControlMode: 'medium' }), /within the travel dates/);
	});
	it('omits an empty category_control (DiDi refuses [])', () => {
		const detail = buildTravelDetail(v(), { startDate: '2026-05-01', endDate: '2026-05-01', trips: [], cityControlMode: 'none', categoryControl: [] });
		expect(detail.category_control).toBeUndefined();
		const with4 = buildTravelDetail(v(), { startDate: '2026-05-01', endDate: '2026-05-01', trips: [], cityControlMode: 'none', categoryControl: [4, '10'] });
		expect(with4.category_control).toEqual([4, 10]);
	});
	it('limits trips to 40', () => {
		const trips = Array.from({ length: 41 }, () => ({ departureCity: '1', destinationCity: '2' }));
		fails(() => buildTravelDetail(v(), { startDate: '2026-05-01', endDate: '2026-05-03', trips, cityControlMode: 'medium' }), /at most 40/);
	});
});

describe('business_trip_detail', () => {
	it('by count: even trip_times for round trips, fen amounts', () => {
		const detail = buildBusinessTripByCount(v(), { startTime: '2026-05-01 09:00:00', endTime: '2026-05-01T18:00:00+08:00', tripTimes: 2, isReturn: true, perOrderLimitYuan: 100 });
		expect(detail).toEqual({ start_time: '2026-05-01 09:00:00', end_time: '2026-05-01 18:00:00', is_return: 1, trip_times: 2, perorder_money_quota: 10000 });
		fails(() => buildBusinessTripByCount(v(2), { startTime: '2026-05-01 09:00:00', endTime: '2026-05-01 18:00:00', tripTimes: 3, isReturn: true }), /trip_times/, /even/, /\[item 2\]/);
		fails(() => buildBusinessTripByCount(v(), { startTime: '2026-05-02 09:00:00', endTime: '2026-05-01 18:00:00', tripTimes: 1 }), /end_time/);
		fails(() => buildBusinessTripByCount(v(), { startTime: '2026-05-01 09:00:00', endTime: '2026-05-01 18:00:00', tripTimes: 1, perOrderLimitYuan: 10.5 }), /whole number of yuan/);
	});
	it('by date: cities by id', () => {
		const detail = buildBusinessTripByDate(v(), { startTime: '2026-05-01 09:00:00', endTime: '2026-05-03 18:00:00', cities: [{ city: '1', cityName: '北京' }], amountYuan: 200 });
		expect(detail).toEqual({ start_time: '2026-05-01 09:00:00', end_time: '2026-05-03 18:00:00', trips: [{ city_id: 1, city: '北京' }], trip_amount: 20000 });
		fails(() => buildBusinessTripByDate(v(), { startTime: '2026-05-01 09:00:00', endTime: '2026-05-03 18:00:00', cities: [{ city: 'Beijing' }] }), /city_id/);
	});
});

describe('applicant and passengers', () => {
	it('needs the key of its member_type', () => {
		expect(buildApplicant(v(), 1, 'E1')).toEqual({ member_type: 1, employee_number: 'E1' });
		fails(() => buildApplicant(v(4), 0, ''), /phone/, /member_type 0/, /\[item 4\]/);
		fails(() => buildApplicant(v(), 2, 'not-an-email'), /email/);
	});
	it('checks an applicant phone by the credential\'s Phone Number Check: 11 digits by default, as given with none', () => {
		expect(buildApplicant(v(), 0, '13800000000')).toEqual({ member_type: 0, phone: '13800000000' });
		fails(() => buildApplicant(v(2), 0, '+85261234567'), /Applicant Phone \(phone\) must be an 11-digit mobile number/, /\[item 2\]/);
		fails(() => buildApplicant(v(), 0, '+85261234567', 'mobile11'), /11-digit/);
		expect(buildApplicant(v(), 0, '+85261234567', 'none')).toEqual({ member_type: 0, phone: '+85261234567' });
	});
	it('maps employees and external travellers', () => {
		expect(
			buildPassengers(v(), [
				{ kind: 'employee', name: '张三', identifiedBy: 1, employeeNumber: 'E1' },
				{ kind: 'external', name: 'Guest', identifiedBy: 3, travelerId: 'T9' },
				{ kind: 'external', name: 'Guest 2', phone: '13800000000' },
			]),
		).toEqual([
			{ passenger_type: 0, passenger_name: '张三', member_type: 1, employee_number: 'E1' },
			{ passenger_type: 1, passenger_name: 'Guest', member_type: 3, traveler_id: 'T9' },
			{ passenger_type: 1, passenger_name: 'Guest 2', member_type: 0, passenger_phone: '13800000000' },
		]);
		fails(() => buildPassengers(v(), [{ kind: 'employee', name: 'A', identifiedBy: 2 }]), /passenger_list\[0\]\.email/);
		fails(() => buildPassengers(v(), Array.from({ length: 21 }, () => ({ kind: 'external', name: 'x' }))), /at most 20/);
	});
});

describe('50506 and helpers', () => {
	it('reads the existing approval id from the message or data', () => {
		expect(existingApprovalId('外部审批单号已被使用(对应的滴滴审批单ID为9668294457792204005),请更换外部审批单号或调用审批单修改API', null)).toBe('9668294457792204005');
		expect(existingApprovalId('whatever', { approval_id: '42' })).toBe('42');
		expect(existingApprovalId('nothing here', null)).toBeUndefined();
	});
	it('parses city lists', () => {
		expect(parseCityList(v(), 'x', '1:北京，上海, 7')).toEqual([{ id: 1, name: '北京' }, { name: '上海' }, { id: 7 }]);
	});
});

describe('approval parts on their own (booking rule, budget centres and extras, start time)', () => {
	const { readBookingRule } = require('../../../nodes/DidiEnterprise/actions/approval/create.operation');
	const { readBudgetAndExtras } = require('../../../nodes/DidiEnterprise/actions/approval/build');
	const { checkStartNotPast } = require('../../../nodes/DidiEnterprise/shared/approval');

	it('readBookingRule: a passenger regulation needs its member; external-unrestricted needs only external passengers', () => {
		expect(readBookingRule(v(), {}, undefined)).toEqual({});
		expect(() => readBookingRule(v(), { executiveRegulationType: 2 }, undefined)).toThrow(
			"Booking Rule Member (executive_regulation_member) is required when the booking rule is a passenger's regulation (executive_regulation_type 2) [item 0]",
		);
		expect(() => readBookingRule(v(), { executiveRegulationType: 1 }, JSON.stringify([{ passenger_type: 0 }]))).toThrow(/every passenger to be an external traveler/);
		expect(readBookingRule(v(), { executiveRegulationType: 2, executiveRegulationMember: '13800000000' }, undefined)).toEqual({
			executive_regulation_type: 2,
			executive_regulation_member_type: 0,
			executive_regulation_member: '13800000000',
		});
	});

	it('readBudgetAndExtras: budget_center_list excludes budget_center_id and extend_field_list (说明 2)', () => {
		expect(() => readBudgetAndExtras(v(), { budgetCenterList: '[{"sequence":1,"id":"1"}]', budgetCenterId: '2' })).toThrow(/cannot be combined/);
		expect(readBudgetAndExtras(v(), { budgetCenterId: '2', extendField01: 'a', extraInfo: '{"k":1}' })).toEqual({
			budget_center_id: '2',
			extend_field_list: '[{"extend_field_01":"a"}]',
			extra_info: '{"k":1}',
		});
	});

	it('checkStartNotPast: "开始时间,需要大于等于接口调用当前时间"', () => {
		const now = Date.parse('2030-01-01T00:00:00Z');
		expect(() => checkStartNotPast(v(), JSON.stringify({ start_time: '2030-01-01 07:00:00' }), now)).toThrow(/must not be in the past/);
		expect(() => checkStartNotPast(v(), JSON.stringify({ start_time: '2030-01-01 08:00:00' }), now)).not.toThrow();
	});
});
