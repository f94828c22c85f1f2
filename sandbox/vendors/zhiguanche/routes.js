'use strict';
// ZhiGuanChe resource endpoints under the path prefix (docs/vendors/zhiguanche.md "Endpoints").
// Each handler gets (ctx, state, body, query, params) and returns `data`, or throws ZgcError.
const { positionAt, EXPENSE_TYPES, cents } = require('./state');

class ZgcError extends Error {
	constructor(status, code, message, data) {
		super(message);
		this.status = status;
		this.code = code;
		this.data = data;
	}
}
const fail = (status, code, message, data) => {
	throw new ZgcError(status, code, message, data);
};
const bad = (message) => fail(400, 40001, message);
const notFound = (what, id) => fail(404, 40401, `${what} ${id} not found`);
const duplicate = (message, id) => fail(409, 40901, message, { id });

const listOf = (s, key) => (typeof s[key] === 'function' ? s[key]() : s[key]);
const nextId = (s, base) => String(base + ++s._seq);
const str = (v) => (v === undefined || v === null ? '' : String(v));
const MOBILE = /^1[3-9]\d{9}$/;
const PLATE = /^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function page(list, q) {
	const pageNo = q.pageNo === undefined || q.pageNo === '' ? 1 : Number(q.pageNo);
	const pageSize = q.pageSize === undefined || q.pageSize === '' ? 20 : Number(q.pageSize);
	if (!Number.isInteger(pageNo) || pageNo < 1) bad('pageNo must be an integer ≥ 1');
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) bad('pageSize must be an integer 1..100');
	return { list: list.slice((pageNo - 1) * pageSize, pageNo * pageSize), total: list.length, pageNo, pageSize };
}
/** Optional [startTime, endTime] window in ms; `maxMs` caps its length. */
/** @param {Record<string, any>} q @param {{ required?: boolean, maxMs?: number }} [options] */
function window(q, { required = false, maxMs } = {}) {
	const has = q.startTime !== undefined && q.startTime !== '';
	if (!has && !required && (q.endTime === undefined || q.endTime === '')) return undefined;
	const from = Number(q.startTime);
	const to = Number(q.endTime);
	if (!/^\d{13}$/.test(str(q.startTime)) || !/^\d{13}$/.test(str(q.endTime))) bad('startTime and endTime are required, Unix milliseconds');
	if (from > to) bad('endTime must not be before startTime');
	if (maxMs && to - from > maxMs) bad(`the window between startTime and endTime must not exceed ${maxMs / 3600e3} hours`);
	return [from, to];
}
const filterBy = (list, q, fields) => list.filter((r) => fields.every((f) => q[f] === undefined || q[f] === '' || str(r[f]) === str(q[f])));
const decimal = (v, field) => {
	const t = str(v);
	if (!/^\d+(\.\d{1,2})?$/.test(t)) bad(`${field} must be a decimal with at most 2 places`);
	return t;
};
const centsOf = (t) => {
	const [i, f = ''] = String(t).split('.');
	return Number(i) * 100 + Number((f + '00').slice(0, 2));
};

/** Generic list / get / create / update / delete for a collection. */
/**
 * @param {any} s @param {string} key @param {string} what
 * @param {{ filters?: string[], create?: (body: any) => any, update?: (body: any, record: any) => any, remove?: (record: any) => any, idBase?: number, unique?: string[], since?: string }} [options]
 */
function crud(s, key, what, { filters = [], create, update, remove, idBase = 900000, unique = [], since } = {}) {
	const changedSince = (list, q) => {
		if (!since || q.updatedSince === undefined || q.updatedSince === '') return list;
		if (!/^\d{13}$/.test(str(q.updatedSince))) bad('updatedSince must be Unix milliseconds');
		return list.filter((r) => Number(r[since]) >= Number(q.updatedSince));
	};
	return {
		list: (q) => page(changedSince(filterBy(listOf(s, key), q, filters), q), q),
		get: (id) => listOf(s, key).find((r) => r.id === id) || notFound(what, id),
		create: (b) => {
			const list = listOf(s, key);
			for (const field of unique) {
				if (b[field] === undefined || b[field] === '') continue;
				const dup = list.find((r) => str(r[field]) === str(b[field]));
				if (dup) duplicate(`${what} with ${field} ${b[field]} already exists`, dup.id);
			}
			const record = create(b);
			record.id = record.id || nextId(s, idBase);
			list.push(record);
			return record;
		},
		update: (id, b) => {
			const list = listOf(s, key);
			const record = list.find((r) => r.id === id) || notFound(what, id);
			for (const field of unique) {
				if (b[field] === undefined) continue;
				const dup = list.find((r) => r !== record && str(r[field]) === str(b[field]));
				if (dup) duplicate(`${what} with ${field} ${b[field]} already exists`, dup.id);
			}
			const changes = update ? update(b, record) : b;
			delete changes.id;
			return Object.assign(record, changes);
		},
		remove: (id) => {
			const list = listOf(s, key);
			const at = list.findIndex((r) => r.id === id);
			if (at < 0) notFound(what, id);
			if (remove) remove(list[at]);
			list.splice(at, 1);
			return { id, deleted: true };
		},
	};
}

function resources(s) {
	const deptExists = (id) => s.departments.some((d) => d.id === str(id));
	const vehicle = (id) => s.vehicles.find((v) => v.id === str(id)) || notFound('vehicle', id);
	return {
		departments: crud(s, 'departments', 'department', {
			filters: ['name', 'code', 'parentId', 'outerId'],
			unique: ['code', 'outerId'],
			idBase: 1200000,
			create: (b) => {
				if (!b.name) bad('name is required');
				const parentId = str(b.parentId || s.departments[0].id);
				const parent = s.departments.find((d) => d.id === parentId) || bad(`parentId ${parentId} does not exist`);
				return { name: b.name, code: str(b.code), parentId, level: parent.level + 1, path: `${parent.path}/${b.name}`, outerId: str(b.outerId) };
			},
			update: (b) => {
				if (b.parentId !== undefined && !deptExists(b.parentId)) bad(`parentId ${b.parentId} does not exist`);
				return { ...b };
			},
			remove: (d) => {
				if (s.departments.some((x) => x.parentId === d.id)) bad('the department has sub-departments');
				if (listOf(s, 'users').some((u) => u.departmentId === d.id && u.status === 'active')) bad('the department still has active users');
			},
		}),
		roles: crud(s, 'roles', 'role', {
			filters: ['name', 'code'],
			unique: ['code'],
			idBase: 1300000,
			create: (b) => (b.name && b.code ? { name: b.name, code: b.code, builtIn: false, permissions: Array.isArray(b.permissions) ? b.permissions : [] } : bad('name and code are required')),
			remove: (r) => r.builtIn && bad('built-in roles cannot be deleted'),
		}),
		users: crud(s, 'users', 'user', {
			filters: ['mobile', 'employeeNo', 'departmentId', 'status', 'outerId'],
			unique: ['mobile', 'employeeNo', 'outerId'],
			since: 'updatedAt',
			idBase: 1400000,
			create: (b) => {
				if (!b.name || !b.mobile || !b.departmentId) bad('name, mobile and departmentId are required');
				if (!MOBILE.test(str(b.mobile))) bad(`mobile ${b.mobile} is not a mainland mobile number`);
				if (!deptExists(b.departmentId)) bad(`departmentId ${b.departmentId} does not exist`);
				const roleIds = Array.isArray(b.roleIds) && b.roleIds.length ? b.roleIds.map(String) : [s.roles[0].id];
				for (const id of roleIds) if (!s.roles.some((r) => r.id === id)) bad(`roleId ${id} does not exist`);
				return { name: b.name, mobile: str(b.mobile), employeeNo: str(b.employeeNo), email: str(b.email), departmentId: str(b.departmentId), roleIds, status: 'active', outerId: str(b.outerId), updatedAt: Date.now() };
			},
			update: (b) => {
				if (b.mobile !== undefined && !MOBILE.test(str(b.mobile))) bad(`mobile ${b.mobile} is not a mainland mobile number`);
				if (b.departmentId !== undefined && !deptExists(b.departmentId)) bad(`departmentId ${b.departmentId} does not exist`);
				if (b.status !== undefined && !['active', 'disabled'].includes(b.status)) bad('status is active or disabled');
				return { ...b, updatedAt: Date.now() };
			},
		}),
		vehicleGroups: crud(s, 'vehicleGroups', 'vehicle group', {
			filters: ['name'],
			unique: ['name'],
			idBase: 1500000,
			create: (b) => (b.name ? { name: b.name, remark: str(b.remark) } : bad('name is required')),
			remove: (g) => s.vehicles.some((v) => v.groupId === g.id) && bad('the group still has vehicles'),
		}),
		vehicles: crud(s, 'vehicles', 'vehicle', {
			filters: ['plateNo', 'status', 'groupId', 'departmentId', 'outerId', 'brand'],
			unique: ['plateNo', 'outerId', 'vin'],
			idBase: 1600000,
			create: (b) => {
				if (!b.plateNo) bad('plateNo is required');
				if (!PLATE.test(str(b.plateNo))) bad(`plateNo ${b.plateNo} is not a Chinese plate number`);
				if (b.groupId && !s.vehicleGroups.some((g) => g.id === str(b.groupId))) bad(`groupId ${b.groupId} does not exist`);
				for (const f of ['purchaseDate', 'insuranceExpireDate']) if (b[f] !== undefined && !DAY.test(str(b[f]))) bad(`${f} must be yyyy-MM-dd`);
				return { plateNo: b.plateNo, brand: str(b.brand), model: str(b.model), vin: str(b.vin), engineNumber: str(b.engineNumber), purchaseDate: str(b.purchaseDate), insuranceExpireDate: str(b.insuranceExpireDate), mileage: Number(b.mileage) || 0, status: 'idle', groupId: str(b.groupId), departmentId: str(b.departmentId), cityId: str(b.cityId || '1'), owner: str(b.owner || s.company[0].name), outerId: str(b.outerId), createdAt: Date.now() };
			},
			update: (b) => {
				if (b.status !== undefined && !['idle', 'in_use', 'maintenance', 'scrapped'].includes(b.status)) bad('status is idle, in_use, maintenance or scrapped');
				return { ...b };
			},
			remove: (v) => v.status === 'in_use' && bad('the vehicle is in use'),
		}),
		drivers: crud(s, 'drivers', 'driver', {
			filters: ['name', 'mobile', 'status', 'vehicleId', 'outerId'],
			unique: ['mobile', 'licenseNo', 'outerId'],
			idBase: 1700000,
			create: (b) => {
				for (const f of ['name', 'mobile', 'licenseNo', 'licenseClass']) if (!b[f]) bad(`${f} is required`);
				if (!MOBILE.test(str(b.mobile))) bad(`mobile ${b.mobile} is not a mainland mobile number`);
				if (!['A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'C2'].includes(b.licenseClass)) bad('licenseClass is one of A1, A2, A3, B1, B2, C1, C2');
				if (b.vehicleId) vehicle(b.vehicleId);
				return { name: b.name, mobile: str(b.mobile), licenseNo: str(b.licenseNo), licenseClass: b.licenseClass, licenseExpireDate: str(b.licenseExpireDate), status: 'on_duty', vehicleId: str(b.vehicleId), emergencyContact: str(b.emergencyContact), emergencyPhone: str(b.emergencyPhone), outerId: str(b.outerId) };
			},
		}),
		fuelCardGroups: crud(s, 'fuelCardGroups', 'fuel card group', { filters: ['name'], unique: ['name'], idBase: 1800000, create: (b) => (b.name ? { name: b.name } : bad('name is required')) }),
		fuelCards: crud(s, 'fuelCards', 'fuel card', {
			filters: ['cardNo', 'vehicleId', 'groupId', 'status', 'outerId'],
			unique: ['cardNo', 'outerId'],
			idBase: 1900000,
			create: (b) => {
				if (!b.cardNo || !/^\d{16,19}$/.test(str(b.cardNo))) bad('cardNo is required, 16-19 digits');
				if (b.vehicleId) vehicle(b.vehicleId);
				return { cardNo: str(b.cardNo), issuer: str(b.issuer || '中国石化'), balance: decimal(b.balance ?? '0', 'balance'), vehicleId: str(b.vehicleId), groupId: str(b.groupId), status: 'active', outerId: str(b.outerId) };
			},
			update: (b) => {
				if (b.vehicleId) vehicle(b.vehicleId);
				if (b.balance !== undefined) decimal(b.balance, 'balance');
				return { ...b };
			},
		}),
	};
}

const REQUEST_STATES = { approve: ['pending'], reject: ['pending'], cancel: ['pending', 'approved'], complete: ['approved'] };

function vehicleRequestCreate(s, b) {
	for (const f of ['outerId', 'applicantMobile', 'startTime', 'endTime', 'origin', 'destination']) if (b[f] === undefined || b[f] === '') bad(`${f} is required`);
	if (!MOBILE.test(str(b.applicantMobile))) bad(`applicantMobile ${b.applicantMobile} is not a mainland mobile number`);
	if (!/^\d{13}$/.test(str(b.startTime)) || !/^\d{13}$/.test(str(b.endTime))) bad('startTime and endTime are Unix milliseconds');
	if (Number(b.endTime) < Number(b.startTime)) bad('endTime must not be before startTime');
	if (b.passengers !== undefined && (!Number.isInteger(Number(b.passengers)) || Number(b.passengers) < 1 || Number(b.passengers) > 60)) bad('passengers is 1..60');
	const dup = s.vehicleRequests.find((r) => r.outerId === str(b.outerId));
	if (dup) duplicate(`outerId ${b.outerId} already used`, dup.id);
	const applicant = listOf(s, 'users').find((u) => u.mobile === str(b.applicantMobile));
	const r = {
		id: String(300000 + ++s._seq), outerId: str(b.outerId), status: 'pending', applicantMobile: str(b.applicantMobile), applicantId: applicant ? applicant.id : '', applicantName: applicant ? applicant.name : str(b.applicantName),
		departmentId: str(b.departmentId || (applicant && applicant.departmentId) || ''), startTime: Number(b.startTime), endTime: Number(b.endTime), origin: str(b.origin), destination: str(b.destination),
		passengers: Number(b.passengers || 1), reason: str(b.reason), useType: str(b.useType || 'business'), vehicleGroupId: str(b.vehicleGroupId), vehicleId: '', driverId: '', createdAt: Date.now(), history: [{ action: 'create', at: Date.now() }],
	};
	s.vehicleRequests.push(r);
	return r;
}

function vehicleRequestAction(s, r, action, b) {
	if (!REQUEST_STATES[action].includes(r.status)) bad(`request ${r.id} is ${r.status}: cannot ${action}`);
	if (action === 'approve') {
		const v = b.vehicleId ? s.vehicles.find((x) => x.id === str(b.vehicleId)) || bad(`vehicleId ${b.vehicleId} does not exist`) : s.vehicles.find((x) => x.status === 'idle') || bad('no idle vehicle to dispatch');
		if (v.status !== 'idle') bad(`vehicle ${v.plateNo} is ${v.status}`);
		const d = b.driverId ? s.drivers.find((x) => x.id === str(b.driverId)) || bad(`driverId ${b.driverId} does not exist`) : s.drivers.find((x) => x.vehicleId === v.id) || s.drivers.find((x) => x.status === 'on_duty');
		Object.assign(r, { status: 'approved', vehicleId: v.id, plateNo: v.plateNo, driverId: d ? d.id : '', driverName: d ? d.name : '', driverMobile: d ? d.mobile : '', approverMobile: str(b.approverMobile), comment: str(b.comment) });
		v.status = 'in_use';
	} else if (action === 'reject') {
		Object.assign(r, { status: 'rejected', comment: str(b.comment || b.reason) });
	} else if (action === 'cancel') {
		if (r.vehicleId) {
			const v = s.vehicles.find((x) => x.id === r.vehicleId);
			if (v && v.status === 'in_use') v.status = 'idle';
		}
		Object.assign(r, { status: 'cancelled', cancelReason: str(b.reason) });
	} else if (action === 'complete') {
		const v = s.vehicles.find((x) => x.id === r.vehicleId);
		const km = Number(b.mileageKm) || 12;
		const start = v ? v.mileage : 0;
		if (v) {
			v.status = 'idle';
			v.mileage = start + km;
		}
		const record = { id: String(2900000 + ++s._seq), vehicleId: r.vehicleId, plateNo: r.plateNo, driverId: r.driverId, driverName: r.driverName || '', userId: r.applicantId, userName: r.applicantName, requestId: r.id, checkOutTime: r.startTime, checkInTime: Date.now(), startMileage: start, endMileage: start + km, mileageKm: km, origin: r.origin, destination: r.destination, status: 'returned' };
		listOf(s, 'usageRecords').push(record);
		Object.assign(r, { status: 'completed', usageRecordId: record.id });
	}
	r.history.push({ action, at: Date.now() });
	return r;
}

function expenseCreate(s, b) {
	if (!b.type || !EXPENSE_TYPES[b.type]) bad(`type is one of ${Object.keys(EXPENSE_TYPES).join(', ')}`);
	if (b.amount === undefined) bad('amount is required');
	const amount = decimal(b.amount, 'amount');
	if (!b.vehicleId) bad('vehicleId is required');
	const v = s.vehicles.find((x) => x.id === str(b.vehicleId)) || bad(`vehicleId ${b.vehicleId} does not exist`);
	if (!/^\d{13}$/.test(str(b.occurredAt))) bad('occurredAt is required, Unix milliseconds');
	const list = listOf(s, 'expenses');
	if (b.outerId) {
		const dup = list.find((e) => e.outerId === str(b.outerId));
		if (dup) duplicate(`outerId ${b.outerId} already used`, dup.id);
	}
	const e = { id: String(3900000 + ++s._seq), type: b.type, typeName: EXPENSE_TYPES[b.type], amount, vehicleId: v.id, plateNo: v.plateNo, driverId: str(b.driverId), departmentId: str(b.departmentId || v.departmentId), usageRecordId: str(b.usageRecordId), occurredAt: Number(b.occurredAt), description: str(b.description), invoiceNo: str(b.invoiceNo), outerId: str(b.outerId), createdAt: Date.now() };
	list.push(e);
	return e;
}

function expenseQuery(s, q) {
	let list = filterBy(listOf(s, 'expenses'), q, ['type', 'vehicleId', 'driverId', 'departmentId', 'outerId', 'usageRecordId']);
	const w = window(q);
	if (w) list = list.filter((e) => e.occurredAt >= w[0] && e.occurredAt <= w[1]);
	return list;
}

function statistics(s, q) {
	const groupBy = q.groupBy || 'type';
	if (!['type', 'vehicle', 'department', 'month'].includes(groupBy)) bad('groupBy is type, vehicle, department or month');
	const list = expenseQuery(s, q);
	const groups = new Map();
	for (const e of list) {
		const key = groupBy === 'type' ? e.type : groupBy === 'vehicle' ? e.vehicleId : groupBy === 'department' ? e.departmentId : new Date(e.occurredAt + 8 * 3600e3).toISOString().slice(0, 7);
		const g = groups.get(key) || { key, name: groupBy === 'type' ? e.typeName : groupBy === 'vehicle' ? e.plateNo : key, count: 0, cents: 0 };
		g.count += 1;
		g.cents += centsOf(e.amount);
		groups.set(key, g);
	}
	const total = list.reduce((sum, e) => sum + centsOf(e.amount), 0);
	return { groupBy, count: list.length, totalAmount: cents(total), groups: [...groups.values()].sort((a, b) => b.cents - a.cents).map(({ cents: c, ...g }) => ({ ...g, amount: cents(c) })) };
}

function track(s, v, q) {
	const [from, to] = window(q, { required: true, maxMs: 24 * 3600e3 });
	const step = Math.max(10, Number(q.intervalSeconds) || 60) * 1000;
	const points = [];
	for (let t = Math.ceil(from / step) * step; t <= to; t += step) {
		const p = positionAt(s, v, t);
		points.push({ time: t, lng: p.lng, lat: p.lat, speed: p.speed, direction: p.direction });
	}
	return points;
}

function stops(s, v, q) {
	const [from, to] = window(q, { required: true, maxMs: 7 * 24 * 3600e3 });
	const out = [];
	/** @type {{ startTime: number, endTime?: number, lng: number, lat: number }} */
	let current;
	for (let h = Math.floor(from / 3600e3); h * 3600e3 <= to; h++) {
		const t = h * 3600e3;
		const p = positionAt(s, v, t + 1);
		if (!p.moving) {
			if (!current) current = { startTime: Math.max(t, from), lng: p.lng, lat: p.lat };
			current.endTime = Math.min(t + 3600e3, to);
		} else if (current) {
			out.push(current);
			current = undefined;
		}
	}
	if (current) out.push(current);
	return out.map((x, k) => ({ id: `${v.id}-${x.startTime}`, seq: k + 1, vehicleId: v.id, plateNo: v.plateNo, lng: x.lng, lat: x.lat, address: `${x.lng.toFixed(3)},${x.lat.toFixed(3)} 附近`, startTime: x.startTime, endTime: x.endTime, durationSeconds: Math.round((x.endTime - x.startTime) / 1000) }));
}

/**
 * A vehicle by ID through an id → position index (a 100-vehicle location batch on the 5,000-vehicle fleet
 * scanned the list 100 times: ~100–300 ms per call on a busy machine, slower than the 20 calls/second the
 * contract allows). An entry is trusted only while the list holds that vehicle at that position; otherwise
 * (created, deleted, moved) the index is rebuilt once.
 */
const vehicleIndexes = new WeakMap();
function findVehicle(s, id) {
	const list = s.vehicles;
	const at = (vehicleIndexes.get(list) || new Map()).get(id);
	if (at !== undefined && list[at] && list[at].id === id) return list[at];
	const index = new Map(list.map((v, k) => [v.id, k]));
	vehicleIndexes.set(list, index);
	return index.has(id) ? list[index.get(id)] : undefined;
}

function location(s, v) {
	const now = Date.now();
	const p = positionAt(s, v, now);
	const moving = v.status === 'in_use' && p.moving;
	return { vehicleId: v.id, plateNo: v.plateNo, lng: p.lng, lat: p.lat, speed: moving ? p.speed : 0, direction: p.direction, gpsTime: now - (now % 10000), status: v.status === 'in_use' ? (moving ? 'driving' : 'parked') : v.status === 'maintenance' ? 'offline' : 'parked', online: v.status !== 'maintenance' };
}

/** Route table: [method, pattern, handler(ctx, s, body, query, params)]. Lists answer to GET (query) and POST …/list (body). */
function table() {
	const R = [];
	const add = (method, pattern, handler) => R.push([method, new RegExp(`^${pattern.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`), handler]);
	const lists = { departments: 'departments', roles: 'roles', users: 'users', 'vehicle-groups': 'vehicleGroups', vehicles: 'vehicles', drivers: 'drivers', 'fuel-card-groups': 'fuelCardGroups', 'fuel-cards': 'fuelCards' };
	add('GET', '/company/info', (ctx, s) => s.company[0]);
	add('PUT', '/company/info', (ctx, s, b) => {
		for (const f of ['id', 'vehicleCount', 'driverCount']) if (b[f] !== undefined) bad(`${f} is read-only`);
		if (b.contactPhone !== undefined && !/^[\d-]{7,20}$/.test(str(b.contactPhone))) bad('contactPhone is not a phone number');
		return Object.assign(s.company[0], b);
	});
	add('GET', '/departments/tree', (ctx, s) => {
		const byParent = new Map();
		for (const d of s.departments) byParent.set(d.parentId, [...(byParent.get(d.parentId) || []), d]);
		const build = (d) => ({ id: d.id, name: d.name, code: d.code, children: (byParent.get(d.id) || []).map(build) });
		return (byParent.get('0') || []).map(build);
	});
	for (const [name, key] of Object.entries(lists)) {
		const res = (s) => resources(s)[key];
		add('GET', `/${name}`, (ctx, s, b, q) => res(s).list(q));
		add('POST', `/${name}/list`, (ctx, s, b, q) => res(s).list({ ...b, ...q }));
		add('GET', `/${name}/{id}`, (ctx, s, b, q, p) => res(s).get(p.id));
		add('POST', `/${name}`, (ctx, s, b) => res(s).create(b));
		add('PUT', `/${name}/{id}`, (ctx, s, b, q, p) => res(s).update(p.id, b));
		add('DELETE', `/${name}/{id}`, (ctx, s, b, q, p) => res(s).remove(p.id));
	}
	const vehicleOf = (s, id) => findVehicle(s, id) || notFound('vehicle', id);
	add('GET', '/fuel-cards/{id}/records', (ctx, s, b, q, p) => {
		const card = s.fuelCards.find((c) => c.id === p.id) || notFound('fuel card', p.id);
		let list = s._fuelRecordsOf(card);
		const w = window(q);
		if (w) list = list.filter((r) => r.occurredAt >= w[0] && r.occurredAt <= w[1]);
		return page(list, q);
	});
	add('GET', '/vehicles/{id}/location', (ctx, s, b, q, p) => location(s, vehicleOf(s, p.id)));
	add('POST', '/vehicles/locations', (ctx, s, b) => {
		const ids = Array.isArray(b.vehicleIds) ? b.vehicleIds.map(String) : bad('vehicleIds is required (array)');
		if (!ids.length || ids.length > 100) bad('vehicleIds holds 1..100 ids');
		return ids.map((id) => location(s, vehicleOf(s, id)));
	});
	add('GET', '/vehicles/{id}/track', (ctx, s, b, q, p) => page(track(s, vehicleOf(s, p.id), q), { pageNo: q.pageNo, pageSize: q.pageSize ?? 100 }));
	add('GET', '/vehicles/{id}/stops', (ctx, s, b, q, p) => page(stops(s, vehicleOf(s, p.id), q), q));
	add('GET', '/usage-records', (ctx, s, b, q) => {
		let list = filterBy(s.usageRecords(), q, ['vehicleId', 'driverId', 'userId', 'requestId', 'status']);
		const w = window(q);
		if (w) list = list.filter((r) => r.checkOutTime >= w[0] && r.checkOutTime <= w[1]);
		return page(list, q);
	});
	add('GET', '/usage-records/{id}', (ctx, s, b, q, p) => s.usageRecords().find((r) => r.id === p.id) || notFound('usage record', p.id));
	add('POST', '/vehicle-requests', (ctx, s, b) => vehicleRequestCreate(s, b));
	add('GET', '/vehicle-requests', (ctx, s, b, q) => page(filterBy(s.vehicleRequests, q, ['status', 'outerId', 'applicantMobile', 'vehicleId']), q));
	add('POST', '/vehicle-requests/list', (ctx, s, b, q) => page(filterBy(s.vehicleRequests, { ...b, ...q }, ['status', 'outerId', 'applicantMobile', 'vehicleId']), { ...b, ...q }));
	add('GET', '/vehicle-requests/{id}', (ctx, s, b, q, p) => s.vehicleRequests.find((r) => r.id === p.id || r.outerId === decodeURIComponent(p.id)) || notFound('vehicle request', p.id));
	for (const action of Object.keys(REQUEST_STATES)) {
		add('POST', `/vehicle-requests/{id}/${action}`, (ctx, s, b, q, p) => {
			const r = s.vehicleRequests.find((x) => x.id === p.id) || notFound('vehicle request', p.id);
			const out = vehicleRequestAction(s, r, action, b);
			ctx.events.push([{ approve: 'request.approved', reject: 'request.rejected', cancel: 'request.cancelled', complete: 'vehicle.returned' }[action], { requestId: r.id, outerId: r.outerId, status: r.status, vehicleId: r.vehicleId, plateNo: r.plateNo || '', driverId: r.driverId }]);
			if (action === 'approve') ctx.events.push(['vehicle.dispatched', { requestId: r.id, outerId: r.outerId, vehicleId: r.vehicleId, plateNo: r.plateNo, driverId: r.driverId, driverName: r.driverName }]);
			return out;
		});
	}
	add('POST', '/expenses', (ctx, s, b) => {
		const e = expenseCreate(s, b);
		ctx.events.push(['expense.created', { ...e }]);
		return e;
	});
	add('GET', '/expenses', (ctx, s, b, q) => page(expenseQuery(s, q), q));
	add('POST', '/expenses/list', (ctx, s, b, q) => page(expenseQuery(s, { ...b, ...q }), { ...b, ...q }));
	add('GET', '/expenses/statistics', (ctx, s, b, q) => statistics(s, q));
	add('GET', '/expenses/types', () => Object.entries(EXPENSE_TYPES).map(([code, name]) => ({ code, name })));
	add('GET', '/expenses/{id}', (ctx, s, b, q, p) => s.expenses().find((e) => e.id === p.id) || notFound('expense', p.id));
	return R;
}

const ROUTES = table();
function route(method, path) {
	for (const [m, re, handler] of ROUTES) {
		if (m !== method) continue;
		const match = re.exec(path);
		if (match) return { handler, params: Object.fromEntries(Object.entries(match.groups || {}).map(([k, v]) => [k, decodeURIComponent(v)])) };
	}
	return undefined;
}

module.exports = { route, ZgcError, fail, bad, page, ROUTES, vehicleRequestAction };
