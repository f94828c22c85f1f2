import type { OutputShape } from '../../common/output';

/**
 * A DiDi ride order (用车订单: `/river/Order/get` records, `/river/Order/detail`, `/river/Approval/getOrder`):
 * 60+ fields in DiDi's document. Simplify keeps who rode where and when, its status and its price
 * (docs/vendors/didi.md "Simplify").
 */
export const RIDE_ORDER: OutputShape = {
	id: 'order_id',
	simple: ['order_id', 'status', 'passenger_name', 'passenger_phone', 'city_name', 'start_name', 'end_name', 'departure_time', 'finish_time', 'total_price'],
	fields: [
		'order_id', 'company_id', 'call_phone', 'call_employee_number', 'passenger_phone', 'passenger_name', 'member_id', 'city', 'city_name',
		'start_name', 'actual_start_name', 'actual_start_address', 'end_name', 'actual_end_name', 'actual_end_address', 'dest_city', 'dest_city_name',
		'departure_county_id', 'departure_county_name', 'destination_county_id', 'destination_county_name', 'create_time', 'departure_time',
		'strive_time', 'meet_time', 'begin_charge_time', 'finish_time', 'pay_time', 'refund_time', 'require_level', 'use_car_srv', 'use_car_type',
		'sub_use_car_type', 'status', 'type', 'pay_type', 'order_source', 'supplier_type', 'pricing_mode', 'is_carpool', 'is_invoice',
		'estimate_price', 'total_price', 'actual_price', 'refund_price', 'voucher_pay', 'company_pay', 'company_card_pay', 'personal_pay',
		'company_real_pay', 'company_card_real_pay', 'personal_real_pay', 'company_real_refund', 'company_card_real_refund',
		'personal_real_refund', 'price', 'normal_distance', 'estimated_distance', 'budget_center_id', 'budget_center_list', 'group_id',
		'use_car_config_id', 'approval_id', 'out_approval_id', 'rule_name', 'regulation_id', 'callback_info', 'extra_info', 'extend_field_list',
		'remark', 'is_abnormal', 'abnormal_explanation', 'abnormal_type', 'stopover_points',
	],
};
