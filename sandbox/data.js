'use strict';
// Deterministic, realistic Chinese company from a seed: legal entities, department tree, employees (names,
// phones, employee numbers), regulations, cities, ride and travel orders, vehicles, drivers, fuel cards,
// maintenance orders, contracts. Same seed + size → same data. Small (~2,000 employees) builds in a few ms;
// large (~100,000 employees and orders) builds lazily on first access of a collection.
const { rng, hash32, chinaDate, chinaDateTime, pad } = require('./lib/util');

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯鹏辉鑫俊峰晨阳思雨欣怡子涵梓轩浩然雨桐一诺宇航嘉怡佳琪志强建国建华海燕文博晓东晓梅丹丹婷婷'.match(/../g).concat('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华萍红玲芬燕彬斌宇浩凯鹏辉鑫俊峰晨阳'.split(''));
const PHONE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '166', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199'];

/** DiDi-style city ids (the vendor's examples use 1 北京, 2 深圳, 3 杭州). */
/** @type {Array<[number, string, string[]]>} */
const CITIES = [
	[1, '北京', ['东城区', '西城区', '朝阳区', '海淀区', '丰台区']],
	[2, '深圳', ['福田区', '南山区', '罗湖区', '宝安区']],
	[3, '杭州', ['上城区', '西湖区', '滨江区', '余杭区']],
	[4, '上海', ['黄浦区', '徐汇区', '浦东新区', '闵行区', '青浦区']],
	[5, '广州', ['天河区', '越秀区', '海珠区', '番禺区']],
	[6, '天津', ['和平区', '南开区', '滨海新区']],
	[7, '成都', ['锦江区', '武侯区', '高新区']],
	[8, '武汉', ['江汉区', '武昌区', '洪山区', '东西湖区']],
	[9, '南京', ['玄武区', '鼓楼区', '江宁区']],
	[10, '苏州', ['姑苏区', '工业园区', '吴中区']],
	[11, '重庆', ['渝中区', '江北区', '渝北区']],
	[12, '西安', ['雁塔区', '碑林区', '未央区']],
	[13, '长沙', ['岳麓区', '天心区', '开福区']],
	[14, '青岛', ['市南区', '崂山区', '黄岛区']],
	[15, '厦门', ['思明区', '湖里区']],
	[16, '郑州', ['金水区', '二七区', '郑东新区']],
	[17, '合肥', ['蜀山区', '包河区']],
	[18, '济南', ['历下区', '市中区']],
	[19, '宁波', ['海曙区', '鄞州区']],
	[20, '随州', ['曾都区', '广水市']],
];
const PLATE_PREFIX = { 1: '京', 2: '粤B', 3: '浙A', 4: '沪', 5: '粤A', 6: '津', 7: '川A', 8: '鄂A', 9: '苏A', 10: '苏E', 11: '渝', 12: '陕A', 13: '湘A', 14: '鲁B', 15: '闽D', 16: '豫A', 17: '皖A', 18: '鲁A', 19: '浙B', 20: '鄂S' };

const COMPANY_WORDS = [['华东', '华夏', '中科', '东方', '长江', '正泰', '远景', '汇通', '鼎新', '恒信'], ['智联', '云图', '数科', '智造', '物联', '新能', '通达', '星辰', '启航', '博远']];
const DEPT_L1 = ['总裁办', '财务中心', '人力资源中心', '研发中心', '销售中心', '市场部', '供应链中心', '客户服务中心', '行政部', '法务部', '运营中心', '车队管理部'];
const DEPT_L2 = ['一部', '二部', '三部', '综合组', '华北区', '华东区', '华南区', '西南区', '平台组', '产品组'];
const BRANDS = [['东风', ['天龙', '多利卡', '凯普特']], ['解放', ['J6P', 'J7', '虎V']], ['福田', ['欧曼', '奥铃']], ['大众', ['帕萨特', '途观L', '朗逸']], ['丰田', ['凯美瑞', '汉兰达']], ['比亚迪', ['汉', '唐', '秦PLUS']], ['别克', ['GL8', '君威']], ['红旗', ['H5', 'H9']]];
const REPAIR_ITEMS = ['机油滤芯', '空调滤芯', '刹车片', '轮胎', '火花塞', '变速箱油', '雨刮片', '蓄电池', '正时皮带', '防冻液'];

function personName(r) {
	return r.pick(SURNAMES) + r.pick(GIVEN);
}
function phoneOf(r, used) {
	for (;;) {
		const p = r.pick(PHONE_PREFIXES) + pad(r.int(0, 99999999), 8);
		if (!used.has(p)) {
			used.add(p);
			return p;
		}
	}
}

/** Builds the company. Collections are getters computed once, so large data costs only what is read. */
function generate({ seed = 1, size = 'small', now = Date.now() } = {}) {
	const large = size === 'large';
	const counts = {
		employees: large ? 100000 : 2000,
		rideOrders: large ? 100000 : 1500,
		travelOrders: large ? 20000 : 300,
		vehicles: large ? 5000 : 120,
		maintenance: large ? 20000 : 200,
		contracts: large ? 20000 : 150,
	};
	const sub = (name) => rng(hash32(`${seed}:${name}`));
	const cache = new Map();
	const lazy = (name, build) => () => {
		if (!cache.has(name)) cache.set(name, build());
		return cache.get(name);
	};
	const idBase = 1125900000000000 + (hash32(`company:${seed}`) % 10000000) * 100;
	const r0 = sub('company');
	const company = {
		company_id: String(idBase),
		name: `${r0.pick(COMPANY_WORDS[0])}${r0.pick(COMPANY_WORDS[1])}科技集团有限公司`,
	};

	const cities = lazy('cities', () =>
		CITIES.map(([id, name, counties], k) => ({
			city_id: String(id),
			city_name: name,
			county_list: counties.map((c, j) => ({ county_id: String(id * 1000 + j + 1), county_name: c })),
			order: k,
		})),
	);

	const legalEntities = lazy('legalEntities', () => {
		const r = sub('legal');
		const names = ['总部', '北京分公司', '上海分公司', '深圳分公司', '杭州研发中心', '武汉物流有限公司'];
		return names.map((suffix, k) => ({
			legal_entity_id: String(idBase + 1000 + k),
			name: k === 0 ? company.name : `${company.name.replace('集团有限公司', '')}${suffix}`,
			out_legal_entity_id: `LE${pad(k + 1, 3)}`,
			parent_id: k === 0 ? 0 : idBase + 1000,
			taxpayer_no: `91${r.int(110000, 659999)}MA${String(r.int(1000000, 9999999))}X`,
			address: `${CITIES[k % CITIES.length][1]}市${CITIES[k % CITIES.length][2][0]}${r.int(1, 999)}号`,
			telephone: `0${r.int(10, 99)}-${r.int(60000000, 89999999)}`,
			open_bank: r.pick(['中国工商银行', '招商银行', '中国建设银行', '中国银行']) + CITIES[k % CITIES.length][1] + '分行',
			bank_card_no: String(r.int(6200000000, 6299999999)) + pad(r.int(0, 999999), 6),
			start_time: '2018-01-01',
			end_time: '2035-12-31',
			status: 1,
		}));
	});

	const departments = lazy('departments', () => {
		const r = sub('departments');
		const out = [];
		let n = 0;
		const root = { id: String(idBase + 2000), name: company.name, code: 'D000', parent_id: '0', level: 0, path: company.name };
		out.push(root);
		for (const l1 of DEPT_L1) {
			const d = { id: String(idBase + 2001 + n++), name: l1, code: `D${pad(n, 3)}`, parent_id: root.id, level: 1, path: `${root.name}/${l1}` };
			out.push(d);
			const kids = large ? 8 : r.int(1, 4);
			for (let k = 0; k < kids; k++) {
				const name = `${l1.replace(/中心|部$/, '')}${DEPT_L2[k % DEPT_L2.length]}`;
				out.push({ id: String(idBase + 2001 + n++), name, code: `D${pad(n, 3)}`, parent_id: d.id, level: 2, path: `${d.path}/${name}` });
			}
		}
		return out;
	});

	const regulations = lazy('regulations', () => [
		{ regulation_id: String(idBase + 3001), regulation_name: '通用用车制度', regulation_status: 1, source: 1, scene_type: 1, is_use_quota: 1, is_approve: 0, approval_type: 0 },
		{ regulation_id: String(idBase + 3002), regulation_name: '加班用车制度', regulation_status: 1, source: 1, scene_type: 3, is_use_quota: 1, is_approve: 0, approval_type: 0 },
		{ regulation_id: String(idBase + 3003), regulation_name: '差旅制度（严格管控）', regulation_status: 1, source: 1, scene_type: 2, is_use_quota: 0, is_approve: 2, approval_type: 1 },
		{ regulation_id: String(idBase + 3004), regulation_name: '行前审批-按次数', regulation_status: 1, source: 1, scene_type: 1, is_use_quota: 0, is_approve: 1, approval_type: 2 },
		{ regulation_id: String(idBase + 3005), regulation_name: '行前审批-按日期', regulation_status: 1, source: 1, scene_type: 1, is_use_quota: 0, is_approve: 1, approval_type: 3 },
		{ regulation_id: String(idBase + 3006), regulation_name: '差旅制度（中度管控）', regulation_status: 1, source: 1, scene_type: 2, is_use_quota: 0, is_approve: 2, approval_type: 1 },
	]);

	const roles = lazy('roles', () => [
		{ id: String(idBase + 4001), name: '员工', alias: 'employee' },
		{ id: String(idBase + 4002), name: '部门主管', alias: 'leader' },
		{ id: String(idBase + 4003), name: '财务', alias: 'finance' },
		{ id: String(idBase + 4004), name: '行政用车管理员', alias: 'fleet_admin' },
	]);
	const ranks = lazy('ranks', () => ['P1', 'P2', 'P3', 'P4', 'M1', 'M2'].map((name, k) => ({ id: String(idBase + 5001 + k), name, out_rank_id: `R${k + 1}` })));

	const employees = lazy('employees', () => {
		const r = sub('employees');
		const depts = departments().filter((d) => d.level > 0);
		const les = legalEntities();
		const used = new Set();
		const out = new Array(counts.employees);
		for (let k = 0; k < counts.employees; k++) {
			const dept = depts[k % depts.length];
			const city = CITIES[r.int(0, CITIES.length - 1)];
			const realname = personName(r);
			out[k] = {
				member_id: String(idBase + 100000 + k),
				realname,
				phone: phoneOf(r, used),
				employee_number: `E${pad(k + 1, 6)}`,
				email: `e${pad(k + 1, 6)}@corp.example.com`,
				sex: r.int(1, 2),
				department_id: dept.id,
				department_name: dept.name,
				legal_entity_id: les[k % les.length].legal_entity_id,
				city_id: String(city[0]),
				residentsname: city[1],
				rank: r.pick(['P1', 'P2', 'P3', 'P4', 'M1', 'M2']),
				hired_at: chinaDate(now - r.int(30, 3650) * 86400e3),
				status: r.chance(0.97) ? 1 : 2,
			};
		}
		return out;
	});

	const rideOrders = lazy('rideOrders', () => {
		const r = sub('rideOrders');
		const emps = employees();
		const out = new Array(counts.rideOrders);
		const span = 365 * 86400e3;
		for (let k = 0; k < counts.rideOrders; k++) {
			const e = emps[r.int(0, Math.min(emps.length, large ? emps.length : 600) - 1)];
			const [cityId, cityName, counties] = CITIES[r.int(0, CITIES.length - 1)];
			const created = now - 600e3 - Math.floor(r() * span);
			const minutes = r.int(8, 70);
			const price = (r.int(1500, 16000) / 100).toFixed(2);
			const status = r.pick([2, 2, 2, 2, 2, 2, 4, 5, 3]);
			out[k] = {
				order_id: String(17000000000000000000n + BigInt(hash32(`${seed}:o:${k}`)) * 1000n + BigInt(k % 1000)),
				member_id: e.member_id,
				call_phone: e.phone,
				passenger_phone: e.phone,
				passenger_name: e.realname,
				city: cityId,
				city_name: cityName,
				start_name: `${cityName}${r.pick(counties)}${r.pick(['地铁站', '科技园', '国际机场T2', '火车站', '万达广场', '软件园'])}`,
				end_name: `${cityName}${r.pick(counties)}${r.pick(['大厦', '酒店', '产业园', '会展中心', '客户公司'])}`,
				use_car_type: r.pick([2, 3]),
				car_level: r.pick([100, 200, 600, 900]),
				create_time: chinaDateTime(created),
				departure_time: chinaDateTime(created + 300e3),
				finish_time: chinaDateTime(created + (5 + minutes) * 60e3),
				pay_time: status === 2 ? chinaDateTime(created + (6 + minutes) * 60e3) : '',
				status,
				pay_type: r.pick([0, 0, 0, 1]),
				is_invoice: r.pick([0, 1]),
				total_price: price,
				actual_price: Number(price),
				company_pay: price,
				personal_pay: '0.00',
				budget_center_id: e.department_id,
				approval_id: '',
				created_ms: created,
			};
		}
		return out.sort((a, b) => a.created_ms - b.created_ms);
	});

	const travelOrders = lazy('travelOrders', () => {
		const r = sub('travelOrders');
		const emps = employees();
		const out = [];
		for (let k = 0; k < counts.travelOrders; k++) {
			const e = emps[r.int(0, Math.min(emps.length, 600) - 1)];
			const category = r.pick(['domesticflight', 'domesticflight', 'domestichotel', 'domestichotel', 'train', 'train', 'internationalflight', 'internationalhotel']);
			const created = now - 600e3 - Math.floor(r() * 365 * 86400e3);
			out.push({
				order_id: String(20000000000 + hash32(`${seed}:t:${k}`) % 9000000000),
				category,
				member_id: e.member_id,
				passenger_name: e.realname,
				passenger_phone: e.phone,
				from_city: r.pick(CITIES)[1],
				to_city: r.pick(CITIES)[1],
				amount: (r.int(20000, 300000) / 100).toFixed(2),
				book_time: chinaDateTime(created),
				update_time: chinaDateTime(created + 3600e3),
				created_ms: created,
			});
		}
		return out;
	});

	const vehicles = lazy('vehicles', () => {
		const r = sub('vehicles');
		const depts = departments().filter((d) => d.level === 1);
		const used = new Set();
		return Array.from({ length: counts.vehicles }, (_, k) => {
			const [brand, models] = r.pick(BRANDS);
			const cityId = r.int(1, CITIES.length);
			let plate;
			do plate = `${PLATE_PREFIX[cityId]}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[r.int(0, 23)]}${pad(r.int(0, 99999), 5)}`.replace(/^(.)(\d)/, '$1A$2');
			while (used.has(plate));
			used.add(plate);
			return {
				id: String(800000 + k + 1),
				plateNo: plate,
				brand,
				model: r.pick(models),
				vin: `LFV${r.int(100000, 999999)}${'ABCDEFGHJK'[r.int(0, 9)]}${pad(r.int(0, 9999999), 7)}`,
				engineNumber: String(r.int(1000000, 9999999)),
				purchaseDate: chinaDate(now - r.int(100, 2500) * 86400e3),
				insuranceExpireDate: chinaDate(now + r.int(-30, 360) * 86400e3),
				mileage: r.int(5000, 380000),
				status: r.pick(['idle', 'idle', 'in_use', 'in_use', 'maintenance']),
				groupId: String(700000 + (k % 6) + 1),
				departmentId: depts[k % depts.length].id,
				cityId: String(cityId),
				owner: company.name,
			};
		});
	});

	const drivers = lazy('drivers', () => {
		const r = sub('drivers');
		const used = new Set();
		return Array.from({ length: Math.ceil(counts.vehicles * 0.8) }, (_, k) => ({
			id: String(600000 + k + 1),
			name: personName(r),
			mobile: phoneOf(r, used),
			licenseNo: `${r.int(110000, 659999)}${r.int(1960, 2000)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${pad(r.int(0, 9999), 4)}`,
			licenseClass: r.pick(['A1', 'A2', 'B1', 'B2', 'C1']),
			licenseExpireDate: chinaDate(now + r.int(30, 2000) * 86400e3),
			status: r.pick(['on_duty', 'on_duty', 'off_duty', 'leave']),
			vehicleId: String(800000 + k + 1),
		}));
	});

	const fuelCards = lazy('fuelCards', () => {
		const r = sub('fuelCards');
		return Array.from({ length: Math.ceil(counts.vehicles * 0.7) }, (_, k) => ({
			id: String(500000 + k + 1),
			cardNo: `${r.pick(['1000', '9030'])}${pad(r.int(0, 999999999999), 12)}`,
			issuer: r.pick(['中国石化', '中国石油']),
			balance: (r.int(0, 500000) / 100).toFixed(2),
			vehicleId: String(800000 + k + 1),
			groupId: String(400000 + (k % 3) + 1),
			status: 'active',
		}));
	});

	const maintenanceOrders = lazy('maintenanceOrders', () => {
		const r = sub('maintenance');
		const vs = vehicles();
		const ds = drivers();
		return Array.from({ length: counts.maintenance }, (_, k) => {
			const v = vs[k % vs.length];
			const d = ds[k % ds.length];
			const created = now - r.int(1, 300) * 86400e3;
			const status = r.pick(['REPORTED', 'CONFIRMED', 'BILLED', 'AUDITED', 'SETTLED', 'PAID']);
			const city = CITIES[Number(v.cityId) - 1];
			return {
				code: `WBJL${chinaDate(created).replace(/-/g, '').slice(2)}${pad(k + 1, 5)}`,
				kind: r.pick(['repair', 'maintain']),
				licenseNumber: v.plateNo,
				owner: company.name,
				brand: v.brand,
				driverName: d.name,
				driverMobile: d.mobile,
				vin: v.vin,
				engineNumber: v.engineNumber,
				mileage: v.mileage,
				vehicleObject: r.pick(['车头', '车挂', '车头+车挂']),
				vehicleAddress: `${city[1]}市${r.pick(city[2])}`,
				orgName: `${city[1]}区`,
				projects: [{ name: r.pick(REPAIR_ITEMS), number: r.int(1, 4) }],
				status,
				createdAt: String(created),
			};
		});
	});

	const contracts = lazy('contracts', () => {
		const r = sub('contracts');
		const emps = employees();
		return Array.from({ length: counts.contracts }, (_, k) => {
			const signed = now - r.int(1, 700) * 86400e3;
			return {
				contractCode: `HT${chinaDate(signed).replace(/-/g, '')}${pad(k + 1, 4)}`,
				contractName: `${r.pick(['车辆维保服务', '办公用品采购', '软件许可', '场地租赁', '物流运输', '技术服务'])}合同`,
				sourceSystem: 'OA',
				sourceCode: `OA-HT-${pad(k + 1, 6)}`,
				counterparty: `${r.pick(COMPANY_WORDS[0])}${r.pick(COMPANY_WORDS[1])}${r.pick(['有限公司', '股份有限公司', '贸易有限公司'])}`,
				amount: (r.int(100000, 50000000) / 100).toFixed(2),
				currency: 'CNY',
				status: r.pick(['DRAFT', 'APPROVING', 'SIGNED', 'SIGNED', 'ARCHIVED']),
				ownerEmployeeNumber: emps[k % emps.length].employee_number,
				signDate: chinaDate(signed),
			};
		});
	});

	return {
		seed,
		size,
		now,
		company,
		counts,
		cities,
		legalEntities,
		departments,
		regulations,
		roles,
		ranks,
		employees,
		rideOrders,
		travelOrders,
		vehicles,
		drivers,
		fuelCards,
		maintenanceOrders,
		contracts,
	};
}

module.exports = { generate, CITIES };
