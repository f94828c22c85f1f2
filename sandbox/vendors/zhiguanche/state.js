'use strict';
// ZhiGuanChe state, built from the seeded company: org (company, departments, roles, users), fleet (vehicle
// groups, vehicles, drivers), fuel (card groups, cards, consumption records), operations (usage records,
// expenses, vehicle requests) and event subscriptions. Telemetry (location, route, stops) is a deterministic
// function of vehicle and time, so any window gives the same answer every time.
const { rng, hash32 } = require('../../lib/util');

/** [lng, lat] of the data module's 20 cities (same order as data.CITIES). */
const CITY_COORDS = [
	[116.407, 39.904], [114.057, 22.543], [120.155, 30.274], [121.473, 31.23], [113.264, 23.129],
	[117.2, 39.084], [104.066, 30.572], [114.305, 30.593], [118.796, 32.06], [120.585, 31.299],
	[106.551, 29.563], [108.94, 34.341], [112.938, 28.228], [120.383, 36.066], [118.089, 24.479],
	[113.625, 34.746], [117.227, 31.82], [117.12, 36.651], [121.55, 29.875], [113.383, 31.69],
];

const EXPENSE_TYPES = {
	fuel: '燃油费', charging: '充电费', toll: '过路费', parking: '停车费', maintenance: '保养费', repair: '维修费',
	insurance: '保险费', annual_inspection: '年检费', washing: '洗车费', tire: '轮胎费', violation_fine: '违章罚款',
	etc_recharge: 'ETC充值', driver_allowance: '司机补贴', meal: '餐费', accommodation: '住宿费', rental: '租车费',
	road_rescue: '道路救援费', towing: '拖车费', vehicle_tax: '车船税', license_fee: '证照费', gps_fee: '定位服务费',
	decoration: '装饰美容费', accident: '事故费用', bridge: '过桥费', other: '其他费用',
};
const VEHICLE_GROUPS = ['行政公务车组', '商务接待车组', '物流货车组', '应急保障车组', '新能源车组', '领导专车组'];
const FUEL_CARD_GROUPS = ['中石化主卡组', '中石油主卡组', '备用卡组'];
const STATIONS = ['中国石化', '中国石油', '壳牌', '中海油'];
const cents = (n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

function createState(data, core) {
	const seed = data.seed;
	const now = data.now;
	const company = data.company;
	const sub = (name) => rng(hash32(`${seed}:zgc:${name}`));
	const lazy = (build) => {
		let value;
		return () => (value = value || build());
	};
	const depts = data.departments();
	const vehicles = data.vehicles().map((v) => ({ ...v, outerId: '', createdAt: now - 400 * 86400e3 }));
	const drivers = data.drivers().map((d) => ({ ...d, outerId: '' }));
	const vehicleById = new Map(vehicles.map((v) => [v.id, v]));
	const driverOf = new Map(drivers.map((d) => [d.vehicleId, d]));

	const usageRecords = lazy(() => {
		const r = sub('usage');
		const users = data.employees();
		const out = [];
		let n = 0;
		for (const v of vehicles) {
			let mileage = v.mileage - 3000;
			const trips = r.int(4, 10);
			for (let k = 0; k < trips; k++) {
				const checkOut = now - r.int(1, 180) * 86400e3 - r.int(0, 12) * 3600e3;
				const km = r.int(8, 260);
				const d = driverOf.get(v.id);
				const u = users[r.int(0, Math.min(users.length, 800) - 1)];
				out.push({
					id: String(2000000 + ++n), vehicleId: v.id, plateNo: v.plateNo, driverId: d ? d.id : '', driverName: d ? d.name : '',
					userId: u.member_id, userName: u.realname, requestId: '', checkOutTime: checkOut, checkInTime: checkOut + Math.round(km * 2.2 + 20) * 60e3,
					startMileage: mileage, endMileage: mileage + km, mileageKm: km, origin: '公司本部', destination: r.pick(['客户现场', '机场', '高铁站', '分公司', '政府服务中心', '项目工地']), status: 'returned',
				});
				mileage += km;
			}
		}
		return out.sort((a, b) => a.checkOutTime - b.checkOutTime);
	});

	const expenses = lazy(() => {
		const r = sub('expenses');
		const types = Object.keys(EXPENSE_TYPES);
		const out = [];
		let n = 0;
		for (const u of usageRecords()) {
			const v = vehicleById.get(u.vehicleId);
			const picks = [r.chance(0.5) ? 'fuel' : null, r.chance(0.4) ? 'toll' : null, r.chance(0.3) ? 'parking' : null, r.chance(0.05) ? r.pick(types) : null].filter(Boolean);
			for (const type of picks) {
				const amount = type === 'fuel' ? r.int(15000, 60000) : type === 'toll' ? r.int(500, 20000) : type === 'parking' ? r.int(500, 6000) : r.int(2000, 300000);
				out.push({ id: String(3000000 + ++n), type, typeName: EXPENSE_TYPES[type], amount: cents(amount), vehicleId: u.vehicleId, plateNo: u.plateNo, driverId: u.driverId, departmentId: v ? v.departmentId : '', usageRecordId: u.id, occurredAt: u.checkInTime, description: `${EXPENSE_TYPES[type]}（${u.destination}）`, outerId: '', createdAt: u.checkInTime });
			}
		}
		return out;
	});

	const fuelRecords = new Map(); // cardId → records, built per card on first read
	const fuelCards = data.fuelCards().map((f) => ({ ...f, outerId: '' }));

	return {
		company: [{ id: company.company_id, name: company.name, creditCode: `91${String(hash32(`${seed}:credit`)).padStart(9, '0').slice(0, 9)}MA${String(seed).padStart(4, '0').slice(-4)}X`, address: '北京市海淀区中关村大街1号', contactName: '王建国', contactPhone: '010-62880000', vehicleCount: vehicles.length, driverCount: drivers.length }],
		departments: depts.map((d) => ({ id: d.id, name: d.name, code: d.code, parentId: d.parent_id, level: d.level, path: d.path, outerId: '' })),
		roles: data.roles().map((r) => ({ id: r.id, name: r.name, code: r.alias, builtIn: true })),
		users: lazy(() => data.employees().map((e) => ({ id: e.member_id, name: e.realname, mobile: e.phone, employeeNo: e.employee_number, email: e.email, departmentId: e.department_id, roleIds: [data.roles()[0].id], status: e.status === 1 ? 'active' : 'disabled', outerId: '', updatedAt: now - 30 * 86400e3 }))),
		vehicleGroups: VEHICLE_GROUPS.map((name, k) => ({ id: String(700000 + k + 1), name, remark: '' })),
		vehicles,
		drivers,
		fuelCardGroups: FUEL_CARD_GROUPS.map((name, k) => ({ id: String(400000 + k + 1), name })),
		fuelCards,
		fuelRecords: () => [...fuelRecords.values()].flat(),
		usageRecords,
		expenses,
		vehicleRequests: [],
		subscriptions: [],
		deliveries: [],
		_fuelRecordsOf(card) {
			if (!fuelRecords.has(card.id)) {
				const r = sub(`fuel:${card.id}`);
				const list = [];
				for (let k = 0; k < r.int(6, 18); k++) {
					const liters = r.int(2000, 8000); // centilitres
					const price = r.int(720, 860); // cents per litre
					const amount = Math.round((liters * price) / 100);
					list.push({ id: `${card.id}-${k + 1}`, cardId: card.id, cardNo: card.cardNo, vehicleId: card.vehicleId, stationName: `${r.pick(STATIONS)}${r.pick(['第一', '第二', '城东', '高新', '机场路'])}加油站`, fuelType: r.pick(['92#汽油', '95#汽油', '0#柴油']), liters: cents(liters), unitPrice: cents(price), amount: cents(amount), occurredAt: now - r.int(1, 360) * 86400e3 - r.int(0, 86399) * 1000 });
				}
				fuelRecords.set(card.id, list.sort((a, b) => a.occurredAt - b.occurredAt));
			}
			return fuelRecords.get(card.id);
		},
		_nonces: new Map(),
		_calls: [],
		_seq: 0,
		_seed: seed,
	};
}

/** Position of a vehicle at time t (ms): a smooth deterministic loop around its city. */
function positionAt(state, vehicle, t) {
	const [lng0, lat0] = CITY_COORDS[(Number(vehicle.cityId) - 1) % CITY_COORDS.length] || CITY_COORDS[0];
	const phase = (hash32(`${state._seed}:${vehicle.id}`) % 1000) / 100;
	const minute = t / 60e3;
	const moving = hash32(`${state._seed}:${vehicle.id}:${Math.floor(minute / 60)}`) % 3 !== 0; // parked one hour in three
	const m = moving ? minute : Math.floor(minute / 60) * 60; // a parked vehicle stays where the hour began
	const lng = lng0 + 0.06 * Math.sin(m / 97 + phase);
	const lat = lat0 + 0.045 * Math.cos(m / 131 + phase);
	const dLng = (0.06 * Math.cos(m / 97 + phase)) / 97;
	const dLat = (-0.045 * Math.sin(m / 131 + phase)) / 131;
	const speed = moving ? 15 + (hash32(`${state._seed}:${vehicle.id}:${Math.floor(m)}`) % 700) / 10 : 0; // km/h
	const direction = Math.round(((Math.atan2(dLng, dLat) * 180) / Math.PI + 360) % 360);
	return { lng: Number(lng.toFixed(6)), lat: Number(lat.toFixed(6)), speed, direction, moving };
}

module.exports = { createState, positionAt, EXPENSE_TYPES, CITY_COORDS, cents };
