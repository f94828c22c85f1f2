'use strict';
// 机票 / 酒店 / 火车票订单详情 (didi-operations.txt):
//   POST /api-gateway/g/flight/orderDetail  product_type *req* "1 国内 2 国际", order_ids *req*
//   POST /api-gateway/g/hotel/orderDetail   product_type *req*, order_ids *req*
//   POST /api-gateway/g/train/orderDetail   order_ids *req*
// "order_ids 订单号，多个订单用英文逗号连接，最多支持查询100个订单"; "详情接口只支持订单号+国内、国际查询的方式".
// Answers `{ total, <domestic|international><flight|hotel>_data: { order_list } }`, trains
// `{ total, domestictrain_data: { order_list } }`. The order list's items follow DiDi's SDK models
// (order_info, passenger_list, price_info …); the ids are those /open-apis/v1/order/list returns.

const PRODUCTS = {
	flight: { 1: ['domesticflight', 'domesticflight_data'], 2: ['internationalflight', 'internationalflight_data'] },
	hotel: { 1: ['domestichotel', 'domestichotel_data'], 2: ['internationalhotel', 'internationalhotel_data'] },
	train: { 1: ['train', 'domestictrain_data'] },
};

function orderIds(h, p) {
	if (p.order_ids === undefined || p.order_ids === null || String(p.order_ids).trim() === '') h.fail(10001, 'order_ids不能为空');
	if (typeof p.order_ids !== 'string') h.fail(10001, 'order_ids需为字符串，多个订单用英文逗号连接');
	const ids = p.order_ids.split(',').map((s) => s.trim());
	if (ids.some((id) => !id)) h.fail(10001, 'order_ids格式错误，多个订单用英文逗号连接');
	if (ids.length > 100) h.fail(10001, `最多支持查询100个订单(收到${ids.length}个)`);
	return ids;
}

function productType(h, p) {
	const type = Number(p.product_type);
	if (p.product_type === undefined || p.product_type === '' || ![1, 2].includes(type)) h.fail(10001, 'product_type枚举数字：1 国内 2 国际');
	return type;
}

function detail(kind, o, companyId) {
	const order_info = { order_id: o.order_id, company_id: companyId, member_id: o.member_id, order_status: 'finished', create_time: o.book_time, update_time: o.update_time };
	const passenger_list = [{ passenger_name: o.passenger_name, passenger_phone: o.passenger_phone }];
	if (kind === 'flight') return { order_info, passenger_list, ticket_list: [{ departure_city_name: o.from_city, arrival_city_name: o.to_city }], price_info: { total_price: o.amount, company_real_pay: o.amount, personal_real_pay: '0.00' } };
	if (kind === 'hotel') return { order_info, passenger_list, base_info: { city_name: o.to_city, check_in_date: o.book_time.slice(0, 10) }, price_info: { total_price: o.amount, company_real_pay: o.amount, personal_real_pay: '0.00' } };
	return { order_info, passenger_list, ticket_info: { from_station_city: o.from_city, to_station_city: o.to_city }, price_info: { total_price: o.amount } };
}

function detailRoute(kind) {
	return (h) => (ctx, p, s) => {
		const type = kind === 'train' ? 1 : productType(h, p);
		const ids = orderIds(h, p);
		const [category, key] = PRODUCTS[kind][type];
		const wanted = new Set(ids);
		const found = s.travelOrders().filter((o) => o.category === category && wanted.has(o.order_id));
		return { total: found.length, [key]: { order_list: found.map((o) => detail(kind, o, s.companyId)) } };
	};
}

module.exports = {
	routes: (h) => ({
		'POST /api-gateway/g/flight/orderDetail': detailRoute('flight')(h),
		'POST /api-gateway/g/hotel/orderDetail': detailRoute('hotel')(h),
		'POST /api-gateway/g/train/orderDetail': detailRoute('train')(h),
	}),
};
