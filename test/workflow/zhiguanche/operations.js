// Every operation of the ZhiGuanChe node: its parameters for a happy path against the sandbox's seeded company
// (seed 1), what the output must hold, and an input that validation must refuse before anything is sent.
// The four suites (happy path, vendor error, validation, token expiry) all run over this one table.
const { byId } = require('./helpers');

const DEPT = '1125900917262101'; // 总裁办
const LEAF = '1125900917262102'; // 总裁办一部 (no sub-departments)
const VEHICLE = '800001';
const DRIVER = '600001';
const CARD = '500001';
const ROLE = '1125900917264101';
const USER = '1125900917360100';
const HOUR = 3600e3;
/** What Simplify keeps of a vehicle (n8n's guideline for records of more than 10 fields). */
const SIMPLE_VEHICLE = ['brand', 'departmentId', 'groupId', 'id', 'insuranceExpireDate', 'mileage', 'model', 'plateNo', 'status', 'vin'];
const T0 = Date.UTC(2026, 10, 1, 1, 0, 0); // 2026-11-01 09:00 China time

/** A pending request created through the node (for the operations that act on one). */
const createRequest = (env, outerId) =>
	env.run({
		resource: 'vehicleRequest',
		operation: 'create',
		outerId,
		applicantMobile: '13276803753',
		startTime: new Date(Date.now() + HOUR).toISOString(),
		endTime: new Date(Date.now() + 3 * HOUR).toISOString(),
		origin: '公司本部',
		destination: '客户现场',
		additionalFields: {},
	});

const OPERATIONS = [
	// company
	{ name: 'company → get', params: { resource: 'company', operation: 'get' }, check: (out) => expect(out[0]).toMatchObject({ name: '远景智联科技集团有限公司', creditCode: expect.stringMatching(/^91/) }) },
	{
		name: 'company → update',
		params: { resource: 'company', operation: 'update', updateFields: { contactName: '李四', contactPhone: '010-88886666', creditCode: '91110108ma01234567' } },
		check: (out) => expect(out[0]).toMatchObject({ contactName: '李四', contactPhone: '010-88886666', creditCode: '91110108MA01234567' }),
		invalid: { params: { updateFields: { contactPhone: 'call me' } }, message: 'Contact Phone (contactPhone) must be a phone number like 010-62880000 or 13800138000 (got "call me") [item 0]' },
	},
	// department
	{
		name: 'department → get tree (flat)',
		params: { resource: 'department', operation: 'getTree', output: 'flat' },
		check: (out) => {
			expect(out).toHaveLength(45);
			expect(out[0]).toMatchObject({ name: '远景智联科技集团有限公司', parentId: '0', depth: 0 });
			const child = out.find((d) => d.id === LEAF);
			expect(child).toMatchObject({ parentId: DEPT, depth: 2, path: '远景智联科技集团有限公司/总裁办/总裁办一部' });
			expect(out.findIndex((d) => d.id === DEPT)).toBeLessThan(out.findIndex((d) => d.id === LEAF));
		},
	},
	{ name: 'department → get', params: { resource: 'department', operation: 'get', departmentId: byId(DEPT) }, check: (out) => expect(out[0]).toMatchObject({ id: DEPT, name: '总裁办', code: 'D001' }) },
	{
		name: 'department → get many (filter by parent)',
		params: { resource: 'department', operation: 'getMany', returnAll: true, filters: { parentId: DEPT } },
		check: (out, calls) => {
			expect(out.length).toBeGreaterThan(0);
			expect(out.every((d) => d.parentId === DEPT)).toBe(true);
			expect(calls[0].query).toMatchObject({ parentId: DEPT, pageNo: '1', pageSize: '100' });
		},
		invalid: { params: { returnAll: false, limit: '={{ 0 }}' }, message: 'Limit (limit) must be a whole number ≥ 1 (got 0) [item 0]' },
	},
	{
		name: 'department → create',
		params: { resource: 'department', operation: 'create', name: '车队管理部', additionalFields: { parentId: DEPT, code: 'D900', outerId: 'OA-D-900' } },
		check: (out) => expect(out[0]).toMatchObject({ name: '车队管理部', parentId: DEPT, code: 'D900', outerId: 'OA-D-900', created: true, path: '远景智联科技集团有限公司/总裁办/车队管理部' }),
		invalid: { params: { name: '  ' }, message: 'Name (name) is required [item 0]' },
	},
	{
		name: 'department → update',
		params: { resource: 'department', operation: 'update', departmentId: byId(LEAF), updateFields: { name: '总裁办秘书处' } },
		check: (out) => expect(out[0]).toMatchObject({ id: LEAF, name: '总裁办秘书处' }),
		invalid: { params: { updateFields: {} }, message: 'Update Fields (updateFields) must contain at least one field [item 0]' },
	},
	{
		name: 'department → delete',
		key: 'department.delete', // params are built from the sandbox's state
		setup: (env) => env.run({ resource: 'department', operation: 'create', name: '临时部门', additionalFields: { parentId: DEPT } }),
		params: async (env) => ({ resource: 'department', operation: 'delete', departmentId: byId((await env.state('departments', '?name=临时部门'))[0].id) }),
		check: (out) => expect(out[0]).toEqual({ id: expect.stringMatching(/^\d+$/), deleted: true }),
		invalid: { params: { departmentId: byId('={{ "" }}') }, message: 'Department (departmentId) is required [item 0]' },
	},
	{
		name: 'department → upsert many',
		params: { resource: 'department', operation: 'upsertMany', outerId: 'OA-D-1', name: '安全保卫部', additionalFields: { parentId: DEPT, code: 'D901' } },
		check: (out) => expect(out[0]).toMatchObject({ upsert: 'created', outerId: 'OA-D-1', parentId: DEPT }),
		invalid: { params: { outerId: '={{ "" }}' }, message: 'Outer ID (outerId) is required [item 0]' },
	},
	// role
	{ name: 'role → get', params: { resource: 'role', operation: 'get', roleId: byId(ROLE) }, check: (out) => expect(out[0]).toMatchObject({ id: ROLE, code: 'employee' }) },
	{ name: 'role → get many', params: { resource: 'role', operation: 'getMany', returnAll: true, filters: {} }, check: (out) => expect(out.map((r) => r.code)).toEqual(expect.arrayContaining(['employee', 'leader'])) },
	{
		name: 'role → create',
		params: { resource: 'role', operation: 'create', name: '车队调度员', code: 'dispatcher', additionalFields: { permissions: 'vehicle.dispatch, request.approve' } },
		check: (out) => expect(out[0]).toMatchObject({ name: '车队调度员', code: 'dispatcher', permissions: ['vehicle.dispatch', 'request.approve'], created: true }),
		invalid: { params: { code: '={{ "" }}' }, message: 'Code (code) is required [item 0]' },
	},
	{
		name: 'role → update',
		key: 'role.update', // params are built from the sandbox's state
		setup: (env) => env.run({ resource: 'role', operation: 'create', name: '调度', code: 'disp' }),
		params: async (env) => ({ resource: 'role', operation: 'update', roleId: byId((await env.state('roles', '?code=disp'))[0].id), updateFields: { name: '调度主管' } }),
		check: (out) => expect(out[0]).toMatchObject({ code: 'disp', name: '调度主管' }),
		invalid: { params: { roleId: byId('={{ " " }}') }, message: 'Role (roleId) is required [item 0]' },
	},
	{
		name: 'role → delete',
		key: 'role.delete', // params are built from the sandbox's state
		setup: (env) => env.run({ resource: 'role', operation: 'create', name: '临时', code: 'tmp' }),
		params: async (env) => ({ resource: 'role', operation: 'delete', roleId: byId((await env.state('roles', '?code=tmp'))[0].id) }),
		check: (out) => expect(out[0]).toEqual({ id: expect.stringMatching(/^\d+$/), deleted: true }),
	},
	// user
	{ name: 'user → get', params: { resource: 'user', operation: 'get', userId: byId(USER) }, check: (out) => expect(out[0]).toMatchObject({ id: USER, name: '邵强', mobile: '13276803753' }) },
	{
		name: 'user → get many (updated since)',
		key: 'user.getMany', // params are built at run time
		setup: (env) => env.run({ resource: 'user', operation: 'update', userId: byId(USER), updateFields: { email: 'shao@corp.example.com' } }),
		params: () => ({ resource: 'user', operation: 'getMany', returnAll: true, filters: { updatedSince: new Date(Date.now() - 60e3).toISOString() } }),
		check: (out) => expect(out.map((u) => u.id)).toEqual([USER]),
		invalid: { params: { filters: { updatedSince: 'yesterday-ish' } }, message: 'Updated Since (updatedSince) must be a date and time like 2026-05-01 09:00 (got "yesterday-ish") [item 0]' },
	},
	{
		name: 'user → create',
		params: { resource: 'user', operation: 'create', name: '王小明', mobile: '+86 139-0000-1234', departmentId: DEPT, additionalFields: { employeeNo: 'E900001', roleIds: [ROLE], outerId: 'OA-U-1' } },
		check: (out, calls) => {
			expect(out[0]).toMatchObject({ name: '王小明', mobile: '13900001234', departmentId: DEPT, roleIds: [ROLE], created: true });
			expect(JSON.parse(calls.at(-1).body)).toMatchObject({ mobile: '13900001234' });
		},
		invalid: { params: { mobile: '1390000123' }, message: 'Mobile (mobile) must be a mainland mobile number of 11 digits like 13800138000 (got "1390000123") [item 0]' },
	},
	{
		name: 'user → update (disable)',
		params: { resource: 'user', operation: 'update', userId: byId(USER), updateFields: { status: 'disabled' } },
		check: (out) => expect(out[0]).toMatchObject({ id: USER, status: 'disabled' }),
		invalid: { params: { updateFields: { email: 'not-an-email' } }, message: 'Email (email) must be an e-mail address (got "not-an-email") [item 0]' },
	},
	{ name: 'user → delete', params: { resource: 'user', operation: 'delete', userId: byId(USER) }, check: (out) => expect(out[0]).toEqual({ id: USER, deleted: true }) },
	{
		name: 'user → upsert many',
		params: { resource: 'user', operation: 'upsertMany', outerId: 'OA-U-7', name: '赵六', mobile: '13700007777', departmentId: DEPT, additionalFields: {} },
		check: (out) => expect(out[0]).toMatchObject({ upsert: 'created', outerId: 'OA-U-7', mobile: '13700007777' }),
		invalid: { params: { mobile: '12345' }, message: 'Mobile (mobile) must be a mainland mobile number of 11 digits like 13800138000 (got "12345") [item 0]' },
	},
	// vehicle group
	{ name: 'vehicle group → get', params: { resource: 'vehicleGroup', operation: 'get', vehicleGroupId: byId('700001') }, check: (out) => expect(out[0]).toMatchObject({ id: '700001', name: '行政公务车组' }) },
	{ name: 'vehicle group → get many', params: { resource: 'vehicleGroup', operation: 'getMany', returnAll: false, limit: 4, filters: {} }, check: (out, calls) => { expect(out).toHaveLength(4); expect(calls[0].query.pageSize).toBe('4'); } },
	{
		name: 'vehicle group → create',
		params: { resource: 'vehicleGroup', operation: 'create', name: '项目车组', additionalFields: { remark: '华东项目' } },
		check: (out) => expect(out[0]).toMatchObject({ name: '项目车组', remark: '华东项目', created: true }),
		invalid: { params: { name: '={{ "" }}' }, message: 'Name (name) is required [item 0]' },
	},
	{ name: 'vehicle group → update', params: { resource: 'vehicleGroup', operation: 'update', vehicleGroupId: byId('700002'), updateFields: { remark: '接待' } }, check: (out) => expect(out[0]).toMatchObject({ id: '700002', remark: '接待' }) },
	{
		name: 'vehicle group → delete',
		key: 'vehicleGroup.delete', // params are built from the sandbox's state
		setup: (env) => env.run({ resource: 'vehicleGroup', operation: 'create', name: '空车组' }),
		params: async (env) => ({ resource: 'vehicleGroup', operation: 'delete', vehicleGroupId: byId((await env.state('vehicleGroups', '?name=空车组'))[0].id) }),
		check: (out) => expect(out[0]).toEqual({ id: expect.stringMatching(/^\d+$/), deleted: true }),
	},
	// vehicle
	{
		name: 'vehicle → get (simplified by default: the 10 main fields)',
		params: { resource: 'vehicle', operation: 'get', vehicleId: byId(VEHICLE) },
		check: (out) => {
			expect(Object.keys(out[0]).sort()).toEqual(SIMPLE_VEHICLE);
			expect(out[0]).toMatchObject({ id: VEHICLE, plateNo: '浙BG49045', vin: 'LFV582084J4891605' });
		},
	},
	{
		name: 'vehicle → get (Simplify off: the whole record)',
		params: { resource: 'vehicle', operation: 'get', vehicleId: byId(VEHICLE), simplify: false },
		check: (out) => {
			expect(Object.keys(out[0]).length).toBeGreaterThan(10);
			expect(out[0]).toMatchObject({ id: VEHICLE, engineNumber: expect.any(String), owner: expect.any(String), cityId: expect.any(String) });
		},
	},
	{
		name: 'vehicle → get many (plate filter, normalised)',
		params: { resource: 'vehicle', operation: 'getMany', returnAll: true, filters: { plateNo: '浙bg·49045' } },
		check: (out, calls) => {
			expect(out.map((v) => v.id)).toEqual([VEHICLE]);
			expect(Object.keys(out[0]).sort()).toEqual(SIMPLE_VEHICLE);
			expect(calls[0].query.plateNo).toBe('浙BG49045');
		},
		invalid: { params: { filters: { plateNo: 'AB12345' } }, message: 'Plate Number (plateNo) must be a Chinese plate number like 沪A12345 or 粤B D12345 (got "AB12345") [item 0]' },
	},
	{
		name: 'vehicle → create',
		params: {
			resource: 'vehicle',
			operation: 'create',
			plateNo: '沪AD12345',
			additionalFields: { brand: '比亚迪', model: '汉EV', vin: 'lgxcg6cd0p1234567', purchaseDate: '2026-03-01', insuranceExpireDate: '2027-02-28T00:00:00+08:00', mileage: 1200, groupId: '700005', outerId: 'ASSET-1' },
		},
		check: (out) => expect(out[0]).toMatchObject({ plateNo: '沪AD12345', vin: 'LGXCG6CD0P1234567', purchaseDate: '2026-03-01', insuranceExpireDate: '2027-02-28', mileage: 1200, status: 'idle', created: true }),
		invalid: { params: { additionalFields: { vin: 'LGXCG6CD0P123456O' } }, message: 'VIN (vin) must be a 17-character VIN without I, O or Q (got "LGXCG6CD0P123456O") [item 0]' },
	},
	{
		name: 'vehicle → update',
		params: { resource: 'vehicle', operation: 'update', vehicleId: byId(VEHICLE), updateFields: { insuranceExpireDate: '2028-01-31', status: 'maintenance' } },
		check: (out) => expect(out[0]).toMatchObject({ id: VEHICLE, insuranceExpireDate: '2028-01-31', status: 'maintenance' }),
		invalid: { params: { updateFields: { purchaseDate: '2026-02-30' } }, message: 'Purchase Date (purchaseDate) must be a date like 2026-05-01 (got "2026-02-30") [item 0]' },
	},
	{
		name: 'vehicle → delete',
		key: 'vehicle.delete', // params are built from the sandbox's state
		setup: (env) => env.run({ resource: 'vehicle', operation: 'create', plateNo: '沪A99999', additionalFields: {} }),
		params: async (env) => ({ resource: 'vehicle', operation: 'delete', vehicleId: byId((await env.state('vehicles', '?plateNo=沪A99999'))[0].id) }),
		check: (out) => expect(out[0]).toEqual({ id: expect.stringMatching(/^\d+$/), deleted: true }),
	},
	// driver
	{ name: 'driver → get', params: { resource: 'driver', operation: 'get', driverId: byId(DRIVER) }, check: (out) => expect(out[0]).toMatchObject({ id: DRIVER, licenseClass: 'B1', vehicleId: VEHICLE }) },
	{
		name: 'driver → get many',
		params: { resource: 'driver', operation: 'getMany', returnAll: true, filters: { vehicleId: VEHICLE } },
		check: (out) => expect(out.map((d) => d.id)).toEqual([DRIVER]),
		invalid: { params: { filters: { mobile: '138-0013' } }, message: 'Mobile (mobile) must be a mainland mobile number of 11 digits like 13800138000 (got "138-0013") [item 0]' },
	},
	{
		name: 'driver → create',
		params: { resource: 'driver', operation: 'create', name: '陈司机', mobile: '13600001111', licenseNo: '310101199001011234', licenseClass: 'A2', additionalFields: { licenseExpireDate: '2030-12-31', emergencyContact: '陈太太', emergencyPhone: '021-66668888', outerId: 'HR-D-1' } },
		check: (out) => expect(out[0]).toMatchObject({ name: '陈司机', licenseClass: 'A2', licenseExpireDate: '2030-12-31', emergencyPhone: '021-66668888', created: true }),
		invalid: { params: { additionalFields: { emergencyPhone: '12' } }, message: 'Emergency Phone (emergencyPhone) must be a phone number like 010-62880000 or 13800138000 (got "12") [item 0]' },
	},
	{ name: 'driver → update', params: { resource: 'driver', operation: 'update', driverId: byId(DRIVER), updateFields: { status: 'leave' } }, check: (out) => expect(out[0]).toMatchObject({ id: DRIVER, status: 'leave' }) },
	{ name: 'driver → delete', params: { resource: 'driver', operation: 'delete', driverId: byId(DRIVER) }, check: (out) => expect(out[0]).toEqual({ id: DRIVER, deleted: true }) },
	// fuel card group
	{ name: 'fuel card group → get', params: { resource: 'fuelCardGroup', operation: 'get', fuelCardGroupId: byId('400001') }, check: (out) => expect(out[0]).toMatchObject({ name: '中石化主卡组' }) },
	{ name: 'fuel card group → get many', params: { resource: 'fuelCardGroup', operation: 'getMany', returnAll: true, filters: {} }, check: (out) => expect(out).toHaveLength(3) },
	{
		name: 'fuel card group → create',
		params: { resource: 'fuelCardGroup', operation: 'create', name: '项目卡组', additionalFields: {} },
		check: (out) => expect(out[0]).toMatchObject({ name: '项目卡组', created: true }),
		invalid: { params: { name: '={{ "  " }}' }, message: 'Name (name) is required [item 0]' },
	},
	{ name: 'fuel card group → update', params: { resource: 'fuelCardGroup', operation: 'update', fuelCardGroupId: byId('400003'), updateFields: { name: '备用卡组二' } }, check: (out) => expect(out[0]).toMatchObject({ name: '备用卡组二' }) },
	{ name: 'fuel card group → delete', params: { resource: 'fuelCardGroup', operation: 'delete', fuelCardGroupId: byId('400003') }, check: (out) => expect(out[0]).toEqual({ id: '400003', deleted: true }) },
	// fuel card
	{ name: 'fuel card → get', params: { resource: 'fuelCard', operation: 'get', fuelCardId: byId(CARD) }, check: (out) => expect(out[0]).toMatchObject({ cardNo: '9030581764849834', balance: '3831.22', vehicleId: VEHICLE }) },
	{
		name: 'fuel card → get many',
		params: { resource: 'fuelCard', operation: 'getMany', returnAll: true, filters: { vehicleId: VEHICLE } },
		check: (out) => expect(out.map((c) => c.id)).toEqual([CARD]),
		invalid: { params: { filters: { cardNo: '9030-5817' } }, message: 'Card Number (cardNo) must be 16 to 19 digits (got "9030-5817") [item 0]' },
	},
	{
		name: 'fuel card → create',
		params: { resource: 'fuelCard', operation: 'create', cardNo: '1000 1131 0001 2345 678', additionalFields: { issuer: '中国石化', balance: '2000.5', vehicleId: '800002', outerId: 'FIN-C-1' } },
		check: (out) => expect(out[0]).toMatchObject({ cardNo: '1000113100012345678', balance: '2000.5', vehicleId: '800002', created: true }),
		invalid: { params: { additionalFields: { balance: '12.345' } }, message: 'Balance (balance) must have at most 2 decimal places (got "12.345") [item 0]' },
	},
	{
		name: 'fuel card → update (bind vehicle)',
		params: { resource: 'fuelCard', operation: 'update', fuelCardId: byId(CARD), updateFields: { vehicleId: '800003' } },
		check: (out) => expect(out[0]).toMatchObject({ id: CARD, vehicleId: '800003' }),
		invalid: { params: { updateFields: { cardNo: '1234' } }, message: 'Card Number (cardNo) must be 16 to 19 digits (got "1234") [item 0]' },
	},
	{ name: 'fuel card → delete', params: { resource: 'fuelCard', operation: 'delete', fuelCardId: byId(CARD) }, check: (out) => expect(out[0]).toEqual({ id: CARD, deleted: true }) },
	{
		name: 'fuel card → get consumption records',
		params: { resource: 'fuelCard', operation: 'getRecords', fuelCardId: byId(CARD), startTime: '', endTime: '', returnAll: true },
		check: (out) => {
			expect(out.length).toBeGreaterThan(5);
			expect(out[0]).toMatchObject({ cardId: CARD, cardNo: '9030581764849834', amount: expect.stringMatching(/^\d+\.\d{2}$/) });
		},
		invalid: { params: { startTime: '2026-05-01', endTime: '' }, message: 'End Time (endTime) is required when Start Time is set [item 0]' },
	},
	// vehicle request
	{
		name: 'vehicle request → create',
		key: 'vehicleRequest.create', // params are built at run time
		params: () => ({
			resource: 'vehicleRequest',
			operation: 'create',
			outerId: 'OA-CAR-1001',
			applicantMobile: '13276803753',
			startTime: new Date(Date.now() + HOUR).toISOString(),
			endTime: new Date(Date.now() + 5 * HOUR).toISOString(),
			origin: '公司本部',
			destination: '首都机场T3',
			additionalFields: { passengers: 3, reason: '接待客户' },
		}),
		check: (out) => expect(out[0]).toMatchObject({ outerId: 'OA-CAR-1001', status: 'pending', applicantId: USER, passengers: 3, created: true }),
		invalid: { params: { endTime: '2020-01-01T00:00:00Z' }, message: 'End Time (endTime) must not be before Start Time (startTime) [item 0]' },
	},
	{
		name: 'vehicle request → get (by OA request ID)',
		setup: (env) => createRequest(env, 'OA-CAR-2001'),
		params: { resource: 'vehicleRequest', operation: 'get', requestId: byId('OA-CAR-2001') },
		check: (out) => expect(out[0]).toMatchObject({ outerId: 'OA-CAR-2001', status: 'pending' }),
		invalid: { params: { requestId: byId('={{ "" }}') }, message: 'Vehicle Request (requestId) is required [item 0]' },
	},
	{
		name: 'vehicle request → get many',
		setup: (env) => createRequest(env, 'OA-CAR-2002'),
		params: { resource: 'vehicleRequest', operation: 'getMany', returnAll: true, filters: { status: 'pending' } },
		check: (out) => expect(out.map((r) => r.outerId)).toEqual(['OA-CAR-2002']),
		invalid: { params: { filters: { applicantMobile: '010-1234' } }, message: 'Applicant Mobile (applicantMobile) must be a mainland mobile number of 11 digits like 13800138000 (got "010-1234") [item 0]' },
	},
	{
		name: 'vehicle request → approve (dispatch vehicle and driver)',
		setup: (env) => createRequest(env, 'OA-CAR-3001'),
		params: { resource: 'vehicleRequest', operation: 'approve', requestId: byId('OA-CAR-3001'), dispatch: { vehicleId: '800006', driverId: '600011', approverMobile: '13900139000', comment: '同意' } },
		check: (out) => expect(out[0]).toMatchObject({ status: 'approved', vehicleId: '800006', plateNo: '京X95071', driverId: '600011', changed: true }),
		invalid: { params: { dispatch: { approverMobile: '139' } }, message: 'Approver Mobile (approverMobile) must be a mainland mobile number of 11 digits like 13800138000 (got "139") [item 0]' },
	},
	{
		name: 'vehicle request → reject',
		setup: (env) => createRequest(env, 'OA-CAR-3002'),
		params: { resource: 'vehicleRequest', operation: 'reject', requestId: byId('OA-CAR-3002'), comment: '无可用车辆' },
		check: (out) => expect(out[0]).toMatchObject({ status: 'rejected', comment: '无可用车辆', changed: true }),
		invalid: { params: { comment: '={{ "" }}' }, message: 'Comment (comment) is required [item 0]' },
	},
	{
		name: 'vehicle request → cancel',
		setup: (env) => createRequest(env, 'OA-CAR-3003'),
		params: { resource: 'vehicleRequest', operation: 'cancel', requestId: byId('OA-CAR-3003'), reason: '行程取消' },
		check: (out) => expect(out[0]).toMatchObject({ status: 'cancelled', cancelReason: '行程取消', changed: true }),
		invalid: { params: { requestId: byId('={{ " " }}') }, message: 'Vehicle Request (requestId) is required [item 0]' },
	},
	{
		name: 'vehicle request → complete (check in)',
		setup: async (env) => {
			await createRequest(env, 'OA-CAR-3004');
			return env.run({ resource: 'vehicleRequest', operation: 'approve', requestId: byId('OA-CAR-3004'), dispatch: {} });
		},
		params: { resource: 'vehicleRequest', operation: 'complete', requestId: byId('OA-CAR-3004'), mileageKm: 86 },
		check: (out) => expect(out[0]).toMatchObject({ status: 'completed', usageRecordId: expect.any(String), changed: true }),
		invalid: { params: { mileageKm: -3 }, message: 'Mileage (Km) (mileageKm) must be a whole number ≥ 0 (got "-3") [item 0]' },
	},
	// usage records
	{ name: 'usage record → get', params: { resource: 'usageRecord', operation: 'get', usageRecordId: '2000516' }, check: (out) => expect(out[0]).toMatchObject({ id: '2000516', vehicleId: '800075', mileageKm: 72 }), invalid: { params: { usageRecordId: '={{ "" }}' }, message: 'Usage Record ID (usageRecordId) is required [item 0]' } },
	{
		name: 'usage record → get many (vehicle, check-out window)',
		params: { resource: 'usageRecord', operation: 'getMany', startTime: '2025-01-01', endTime: '2027-01-01', returnAll: true, filters: { vehicleId: '800075' } },
		check: (out, calls) => {
			expect(out.length).toBeGreaterThan(3);
			expect(out.every((u) => u.vehicleId === '800075')).toBe(true);
			expect(calls[0].query).toMatchObject({ startTime: String(Date.UTC(2024, 11, 31, 16)), endTime: String(Date.UTC(2026, 11, 31, 16)) });
		},
		invalid: { params: { startTime: '2026-05-02', endTime: '2026-05-01' }, message: 'End Time (endTime) must not be before Start Time (startTime) [item 0]' },
	},
	// telemetry
	{ name: 'location → get', params: { resource: 'location', operation: 'get', vehicleId: byId(VEHICLE) }, check: (out) => expect(out[0]).toMatchObject({ vehicleId: VEHICLE, plateNo: '浙BG49045', lng: expect.any(Number), lat: expect.any(Number), status: expect.stringMatching(/driving|parked|offline/) }), invalid: { params: { vehicleId: byId('={{ "" }}') }, message: 'Vehicle (vehicleId) is required [item 0]' } },
	{
		name: 'location → get many (all vehicles, batches of 100)',
		params: { resource: 'location', operation: 'getMany', vehicles: 'all', vehicleFilters: {} },
		check: (out, calls) => {
			expect(out).toHaveLength(120);
			expect(new Set(out.map((l) => l.vehicleId)).size).toBe(120);
			const batches = calls.filter((c) => c.path.endsWith('/vehicles/locations')).map((c) => JSON.parse(c.body).vehicleIds.length);
			expect(batches.sort()).toEqual([100, 20]);
		},
	},
	{
		name: 'location → get many (by IDs)',
		params: { resource: 'location', operation: 'getMany', vehicles: 'ids', vehicleIds: '800003, 800001,800003' },
		check: (out) => expect(out.map((l) => l.vehicleId)).toEqual(['800003', '800001']),
		invalid: { params: { vehicleIds: '={{ " , " }}' }, message: 'Vehicle IDs (vehicleIds) is required [item 0]' },
	},
	{
		name: 'route → get history (30 hours: two requests of ≤ 24 h)',
		params: { resource: 'route', operation: 'getHistory', vehicleId: byId(VEHICLE), startTime: new Date(T0).toISOString(), endTime: new Date(T0 + 30 * HOUR).toISOString(), intervalSeconds: 600, output: 'points', returnAll: true },
		check: (out, calls) => {
			expect(out).toHaveLength(30 * 6 + 1);
			expect(out[0]).toMatchObject({ vehicleId: VEHICLE, time: T0 });
			expect(out.at(-1).time).toBe(T0 + 30 * HOUR);
			const windows = calls.filter((c) => /\/track$/.test(c.path)).map((c) => Number(c.query.endTime) - Number(c.query.startTime));
			// 24 h at a time (the first day is two pages of ≤ 100 points), then the remaining 6 h.
			expect(windows).toEqual([24 * HOUR, 24 * HOUR, 6 * HOUR - 1]);
			expect(calls.filter((c) => /\/track$/.test(c.path)).map((c) => c.query.pageNo)).toEqual(['1', '2', '1']);
		},
		invalid: { params: { intervalSeconds: 5 }, message: 'Interval (Seconds) (intervalSeconds) must be a whole number ≥ 10 (got 5) [item 0]' },
	},
	{
		name: 'stop → get many',
		params: { resource: 'stop', operation: 'getMany', vehicleId: byId(VEHICLE), startTime: new Date(T0).toISOString(), endTime: new Date(T0 + 48 * HOUR).toISOString(), minMinutes: 0, returnAll: true },
		check: (out) => {
			expect(out.length).toBeGreaterThan(0);
			expect(out[0]).toMatchObject({ vehicleId: VEHICLE, durationSeconds: expect.any(Number), address: expect.any(String) });
		},
		invalid: { params: { startTime: 'soon' }, message: 'Start Time (startTime) must be a date and time like 2026-05-01 09:00 (got "soon") [item 0]' },
	},
	// expenses
	{
		name: 'expense → create',
		params: { resource: 'expense', operation: 'create', type: 'toll', amount: '45.5', vehicleId: byId(VEHICLE), occurredAt: '2026-11-01 18:30', additionalFields: { driverId: DRIVER, invoiceNo: 'INV-1', outerId: 'OA-EXP-1' } },
		check: (out) => expect(out[0]).toMatchObject({ type: 'toll', typeName: '过路费', amount: '45.5', vehicleId: VEHICLE, occurredAt: Date.UTC(2026, 10, 1, 10, 30), created: true }),
		invalid: { params: { amount: '45.505' }, message: 'Amount (amount) must have at most 2 decimal places (got "45.505") [item 0]' },
	},
	{ name: 'expense → get', params: { resource: 'expense', operation: 'get', expenseId: '3000001' }, check: (out) => expect(out[0]).toMatchObject({ id: '3000001', type: 'fuel', amount: '571.28' }), invalid: { params: { expenseId: '={{ "" }}' }, message: 'Expense ID (expenseId) is required [item 0]' } },
	{
		name: 'expense → get many (type filter)',
		params: { resource: 'expense', operation: 'getMany', type: 'parking', startTime: '', endTime: '', returnAll: false, limit: 30, filters: {} },
		check: (out, calls) => {
			expect(out).toHaveLength(30);
			expect(out.every((e) => e.type === 'parking')).toBe(true);
			expect(calls[0].query).toMatchObject({ type: 'parking', pageSize: '30' });
		},
		invalid: { params: { startTime: '2026-01-01', endTime: '' }, message: 'End Time (endTime) is required when Start Time is set [item 0]' },
	},
	{
		name: 'expense → get statistics (by department, one item per group)',
		params: { resource: 'expense', operation: 'getStatistics', groupBy: 'department', startTime: '', endTime: '', type: '', filters: {}, output: 'groups' },
		check: (out) => {
			expect(out.length).toBeGreaterThan(3);
			expect(out[0]).toMatchObject({ groupBy: 'department', key: expect.any(String), amount: expect.stringMatching(/^\d+\.\d{2}$/), sharePercent: expect.stringMatching(/^\d+\.\d{2}$/) });
			const cents = out.reduce((sum, g) => sum + BigInt(g.amount.replace('.', '')), 0n);
			expect(cents).toBe(BigInt(out[0].totalAmount.replace('.', '')));
		},
		invalid: { params: { startTime: '', endTime: '2026-01-01' }, message: 'Start Time (startTime) is required when End Time is set [item 0]' },
	},
	{ name: 'expense → get types', params: { resource: 'expense', operation: 'getTypes' }, check: (out) => { expect(out.length).toBeGreaterThanOrEqual(25); expect(out).toContainEqual({ code: 'etc_recharge', name: 'ETC充值' }); } },
];

module.exports = { createRequest, OPERATIONS, DEPT, LEAF, VEHICLE, DRIVER, CARD, ROLE, USER, HOUR, T0 };
