import type { IDataObject } from 'n8n-workflow';
import { isDateOnly, toChinaDateTime, toDate } from '../../common/dates';
import type { Validator } from '../../common/validation';
import { compact } from './fields';
import { checkEmail, checkPhone } from './phone';
import type { PhoneCheck } from './phone';

/** DiDi's city control modes of a travel regulation (出差城市管控, `city_type`). */
export type CityControlMode = 'unspecified' | 'none' | 'light' | 'medium' | 'strict';

export const MAX_TRIPS = 40;
export const MAX_PASSENGERS = 20;

const num = (value: unknown): number | undefined => {
	if (value === undefined || value === null || value === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) ? n : undefined;
};

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());

/** `YYYY-MM-DD HH:mm:ss` in China time from a date-time, ISO string or Luxon value. */
export function dateTime(v: Validator, field: string, value: unknown): string {
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value.trim()) && toDate(value.trim())) {
		return value.trim();
	}
	const date = toDate(value);
	if (!date) v.fail(field, `must be a date and time like 2026-05-01 09:00:00 (got "${text(value)}")`);
	return toChinaDateTime(date);
}

/** Strict `YYYY-MM-DD` (DiDi's travel dates). ISO date-times are accepted and cut to the China date. */
export function day(v: Validator, field: string, value: unknown): string {
	v.required(field, value as string);
	if (typeof value === 'string') {
		const trimmed = value.trim();
		// YYYY-MM-DD, or an ISO date-time (cut to its China date); ambiguous forms like 01/05/2026 are refused.
		if (!/^\d{4}-\d{2}-\d{2}([T ].*)?$/.test(trimmed) || (trimmed.length === 10 && !isDateOnly(trimmed))) {
			v.fail(field, `must be a date written YYYY-MM-DD (got "${value}")`);
		}
		return v.date(field, trimmed);
	}
	return v.date(field, value);
}

export interface TripInput {
	departureCity?: string | number;
	departureCityName?: string;
	destinationCity?: string | number;
	destinationCityName?: string;
	startDate?: string;
	endDate?: string;
	tripType?: string[] | string;
	isReturn?: boolean;
	toCities?: string;
}

export interface TravelInput {
	startDate: unknown;
	endDate: unknown;
	trips: TripInput[];
	cityControlMode: CityControlMode;
	startCityRule?: boolean;
	endCityRule?: boolean;
	trainTotalCount?: number | string;
	flightTotalCount?: number | string;
	hotelTotalCount?: number | string;
	pickupTotalCount?: number | string;
	categoryControl?: Array<number | string>;
}

/**
 * Parses "1:北京, 3:杭州" (id:name pairs; a bare id or name works too) into DiDi's to_citys list.
 */
export function parseCityList(v: Validator, field: string, value: unknown): Array<{ id?: number; name?: string }> {
	if (Array.isArray(value)) return value as Array<{ id?: number; name?: string }>;
	const raw = text(value);
	if (!raw) return [];
	if (raw.startsWith('[')) return v.json(field, raw);
	return raw
		.split(/[,，;]/)
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const [a, b] = part.split(/[:：]/).map((s) => s.trim());
			if (b !== undefined) return compact({ id: num(a), name: b }) as { id?: number; name?: string };
			return num(a) !== undefined ? { id: num(a) } : { name: a };
		});
}

const tripTypes = (value: unknown): string | undefined => {
	const list = Array.isArray(value) ? value : text(value).split(',');
	const clean = list.map((t) => text(t)).filter(Boolean);
	return clean.length ? clean.join(',') : undefined;
};

/**
 * A trip city as DiDi's ID or as its name, never both: "城市名称和城市ID建议传一种，不要一起传。"
 * (didi-operations.txt, Approval/create travel_detail_obj.trips.departure_city). A numeric value is an ID.
 */
function tripCity(v: Validator, field: string, value: unknown, nameOverride: unknown): { id?: number; name?: string } {
	const id = num(value);
	const name = text(nameOverride);
	if (id !== undefined && name) {
		v.fail(field, `give the city by its DiDi ID (${id}) or by its name ("${name}"), not both: DiDi takes one of them (城市名称和城市ID建议传一种，不要一起传)`);
	}
	if (id !== undefined) return { id };
	return { name: name || text(value) || undefined };
}

/**
 * Builds `travel_detail` (approval_type 1) and applies DiDi's city-control rules:
 * - none (不管控): trips may be empty;
 * - light (轻度): each trip spans exactly the travel dates and lists its destination cities in to_citys;
 * - medium (中度): each trip needs a destination; DiDi checks the travel dates, not the trips';
 * - strict (严格): each trip needs a destination and a trip type (train/flight/other), within the travel dates.
 */
export function buildTravelDetail(v: Validator, input: TravelInput): IDataObject {
	const start = day(v, 'Start Date (travel_detail.start_date)', input.startDate);
	const end = day(v, 'End Date (travel_detail.end_date)', input.endDate);
	v.dateRange('Start Date (travel_detail.start_date)', start, 'End Date (travel_detail.end_date)', end);
	const mode = input.cityControlMode ?? 'unspecified';
	const trips = input.trips ?? [];
	if (trips.length > MAX_TRIPS) v.fail('Trips (travel_detail.trips)', `can hold at most ${MAX_TRIPS} trips (got ${trips.length})`);
	if (trips.length === 0 && mode !== 'none' && mode !== 'unspecified') {
		v.fail('Trips (travel_detail.trips)', `are required when the regulation's city control is ${mode}; only "none" (不管控) allows no trips`);
	}
	const built = trips.map((trip, index) => {
		const label = (name: string, key: string) => `Trip ${index + 1} ${name} (travel_detail.trips[${index}].${key})`;
		const departure = tripCity(v, label('Departure City', 'departure_city'), trip.departureCity, trip.departureCityName);
		const departureId = departure.id;
		const departureName = departure.name;
		if (departureId === undefined && !departureName) v.fail(label('Departure City', 'departure_city_id'), 'is required');
		const destination = tripCity(v, label('Destination City', 'destination_city'), trip.destinationCity, trip.destinationCityName);
		const destinationId = destination.id;
		const destinationName = destination.name;
		const tripStart = trip.startDate ? day(v, label('Start Date', 'start_date'), trip.startDate) : start;
		const tripEnd = trip.endDate ? day(v, label('End Date', 'end_date'), trip.endDate) : end;
		v.dateRange(label('Start Date', 'start_date'), tripStart, label('End Date', 'end_date'), tripEnd);
		if (tripStart < start || tripEnd > end) {
			v.fail(label('Start Date', 'start_date'), `and end date must lie within the travel dates ${start} – ${end}`);
		}
		const toCitys = parseCityList(v, label('Destination Cities', 'to_citys'), trip.toCities);
		const type = tripTypes(trip.tripType);
		if (mode === 'light') {
			if (tripStart !== start || tripEnd !== end) {
				v.fail(label('Start Date', 'start_date'), `and end date must equal the travel dates ${start} – ${end} under light control (轻度管控)`);
			}
			if (toCitys.length === 0) v.fail(label('Destination Cities', 'to_citys'), 'are required under light control (轻度管控)');
		}
		if ((mode === 'medium' || mode === 'strict') && destinationId === undefined && !destinationName) {
			v.fail(label('Destination City', 'destination_city_id'), `is required under ${mode} control`);
		}
		if (mode === 'strict' && !type) v.fail(label('Trip Type', 'trip_type'), 'is required under strict control (严格管控)');
		return compact({
			departure_city: departureName,
			departure_city_id: departureId,
			destination_city: destinationName,
			destination_city_id: destinationId,
			start_date: tripStart,
			end_date: tripEnd,
			trip_type: type,
			to_citys: toCitys.length ? toCitys : undefined,
			is_return: trip.isReturn ? 1 : undefined,
		});
	});
	const categories = (input.categoryControl ?? []).map((c) => Number(c)).filter((c) => Number.isFinite(c));
	return compact({
		start_date: start,
		end_date: end,
		trips: built.length ? built : undefined,
		start_city_rule: input.startCityRule === undefined ? undefined : input.startCityRule ? 1 : 0,
		end_city_rule: input.endCityRule === undefined ? 1 : input.endCityRule ? 1 : 0,
		train_total_count: num(input.trainTotalCount),
		flight_total_count: num(input.flightTotalCount),
		hotel_total_count: num(input.hotelTotalCount),
		pickup_total_count: num(input.pickupTotalCount),
		// DiDi refuses an empty category_control: omit it instead.
		category_control: categories.length ? categories : undefined,
	});
}

/** Yuan → fen, checked to be whole yuan (DiDi wants multiples of 100 fen). */
export function yuanToFen(v: Validator, field: string, value: unknown): number | undefined {
	const yuan = num(value);
	if (value !== undefined && value !== '' && value !== null && yuan === undefined) v.fail(field, `must be a number of yuan (got "${text(value)}")`);
	if (yuan === undefined || yuan === 0) return undefined;
	if (yuan < 0 || !Number.isInteger(yuan)) v.fail(field, `must be a whole number of yuan (got ${yuan})`);
	return yuan * 100;
}

export interface ByCountInput {
	startTime: unknown;
	endTime: unknown;
	tripTimes: unknown;
	isReturn?: boolean;
	perOrderLimitYuan?: unknown;
	totalLimitYuan?: unknown;
	route?: IDataObject;
}

/** `business_trip_detail` for approval_type 2 (行前审批-按次数). */
export function buildBusinessTripByCount(v: Validator, input: ByCountInput): IDataObject {
	const start = dateTime(v, 'Start Time (business_trip_detail.start_time)', v.required('Start Time (business_trip_detail.start_time)', input.startTime as string));
	const end = dateTime(v, 'End Time (business_trip_detail.end_time)', v.required('End Time (business_trip_detail.end_time)', input.endTime as string));
	if (end < start) v.fail('End Time (business_trip_detail.end_time)', `must be on or after Start Time (${start})`);
	const times = num(input.tripTimes);
	if (times === undefined || !Number.isInteger(times) || times < 1) {
		v.fail('Trip Times (business_trip_detail.trip_times)', `must be a whole number ≥ 1 (got "${text(input.tripTimes)}")`);
	}
	if (input.isReturn && times % 2 !== 0) {
		v.fail('Trip Times (business_trip_detail.trip_times)', `must be even for a round trip (is_return = 1): one ride out, one back (got ${times})`);
	}
	const route = input.route ?? {};
	for (const key of ['start_name', 'end_name']) v.maxLength(`Route ${key} (business_trip_detail.${key})`, route[key] as string | undefined, 50);
	for (const key of ['start_address', 'end_address']) v.maxLength(`Route ${key} (business_trip_detail.${key})`, route[key] as string | undefined, 100);
	return compact({
		start_time: start,
		end_time: end,
		departure_city_id: num(route.departure_city_id),
		departure_city: text(route.departure_city),
		destination_city_id: num(route.destination_city_id),
		destination_city: text(route.destination_city),
		start_name: text(route.start_name),
		start_address: text(route.start_address),
		flat: num(route.flat),
		flng: num(route.flng),
		end_name: text(route.end_name),
		end_address: text(route.end_address),
		tlat: num(route.tlat),
		tlng: num(route.tlng),
		is_return: input.isReturn ? 1 : 0,
		trip_times: times,
		perorder_money_quota: yuanToFen(v, 'Per-Order Limit (business_trip_detail.perorder_money_quota)', input.perOrderLimitYuan),
		total_money_quota: yuanToFen(v, 'Total Limit (business_trip_detail.total_money_quota)', input.totalLimitYuan),
	});
}

export interface ByDateInput {
	startTime: unknown;
	endTime: unknown;
	cities?: Array<{ city?: string | number; cityName?: string }>;
	amountYuan?: unknown;
	tripTimes?: unknown;
	perOrderLimitYuan?: unknown;
}

/** `business_trip_detail` for approval_type 3 (行前审批-按日期). */
export function buildBusinessTripByDate(v: Validator, input: ByDateInput): IDataObject {
	const start = dateTime(v, 'Start Time (business_trip_detail.start_time)', v.required('Start Time (business_trip_detail.start_time)', input.startTime as string));
	const end = dateTime(v, 'End Time (business_trip_detail.end_time)', v.required('End Time (business_trip_detail.end_time)', input.endTime as string));
	if (end < start) v.fail('End Time (business_trip_detail.end_time)', `must be on or after Start Time (${start})`);
	const trips = (input.cities ?? []).map((c, index) => {
		const id = num(c.city);
		const name = text(c.cityName) || (id === undefined ? text(c.city) : '');
		if (id === undefined) v.fail(`City ${index + 1} (business_trip_detail.trips[${index}].city_id)`, 'must be a DiDi city ID');
		return compact({ city_id: id, city: name });
	});
	return compact({
		start_time: start,
		end_time: end,
		trips: trips.length ? trips : undefined,
		trip_amount: yuanToFen(v, 'Amount (business_trip_detail.trip_amount)', input.amountYuan),
		trip_times: num(input.tripTimes),
		perorder_money_quota: yuanToFen(v, 'Per-Order Limit (business_trip_detail.perorder_money_quota)', input.perOrderLimitYuan),
	});
}

/** Applicant / passenger key by member_type: 0 phone, 1 employee number, 2 email. */
export const MEMBER_TYPES: Record<number, { key: string; label: string }> = {
	0: { key: 'phone', label: 'Phone' },
	1: { key: 'employee_number', label: 'Employee Number' },
	2: { key: 'email', label: 'Email' },
};

export function buildApplicant(v: Validator, memberType: number, value: unknown, phoneCheck: PhoneCheck = 'mobile11'): IDataObject {
	const type = MEMBER_TYPES[memberType];
	if (!type) v.fail('Applicant Identified By (member_type)', `must be 0 (phone), 1 (employee number) or 2 (email) (got ${memberType})`);
	const key = text(value);
	if (!key) v.fail(`Applicant ${type.label} (${type.key})`, `is required when the applicant is identified by ${type.label.toLowerCase()} (member_type ${memberType})`);
	if (memberType === 0) checkPhone(v, 'Applicant Phone (phone)', key, phoneCheck);
	if (memberType === 2) checkEmail(v, 'Applicant Email (email)', key);
	return { member_type: memberType, [type.key]: key };
}

export interface PassengerInput {
	kind: 'employee' | 'external';
	name?: string;
	identifiedBy?: number | string;
	phone?: string;
	employeeNumber?: string;
	email?: string;
	travelerId?: string;
}

/** `passenger_list`: employees (by phone / employee number / email) and external travellers (phone / traveler_id). */
export function buildPassengers(v: Validator, passengers: PassengerInput[]): IDataObject[] {
	if (passengers.length > MAX_PASSENGERS) v.fail('Passengers (passenger_list)', `can hold at most ${MAX_PASSENGERS} travelers (got ${passengers.length})`);
	return passengers.map((p, index) => {
		const label = (name: string, key: string) => `Passenger ${index + 1} ${name} (passenger_list[${index}].${key})`;
		const name = text(p.name);
		if (!name) v.fail(label('Name', 'passenger_name'), 'is required');
		const memberType = Number(p.identifiedBy ?? 0);
		// A phone or email typed in is checked even when the passenger is identified otherwise.
		if (memberType !== 0 && text(p.phone)) checkPhone(v, label('Phone', 'passenger_phone'), p.phone);
		if (memberType !== 2 && text(p.email)) checkEmail(v, label('Email', 'email'), p.email);
		if (p.kind === 'external') {
			if (memberType === 3) {
				const id = text(p.travelerId);
				if (!id) v.fail(label('Traveler ID', 'traveler_id'), 'is required when the traveler is identified by traveler ID (member_type 3)');
				return { passenger_type: 1, passenger_name: name, member_type: 3, traveler_id: id };
			}
			return compact({ passenger_type: 1, passenger_name: name, member_type: 0, passenger_phone: checkPhone(v, label('Phone', 'passenger_phone'), p.phone) || undefined });
		}
		const byType: Record<number, [string, string, string]> = {
			0: ['passenger_phone', text(p.phone), 'Phone'],
			1: ['employee_number', text(p.employeeNumber), 'Employee Number'],
			2: ['email', text(p.email), 'Email'],
		};
		const entry = byType[memberType];
		if (!entry) v.fail(label('Identified By', 'member_type'), `must be phone, employee number or email (got ${memberType})`);
		if (!entry[1]) v.fail(label(entry[2], entry[0]), `is required when the passenger is identified by ${entry[2].toLowerCase()} (member_type ${memberType})`);
		if (memberType === 0) checkPhone(v, label('Phone', 'passenger_phone'), entry[1]);
		if (memberType === 2) checkEmail(v, label('Email', 'email'), entry[1]);
		return { passenger_type: 0, passenger_name: name, member_type: memberType, [entry[0]]: entry[1] };
	});
}

/** DiDi's 50506 message carries the approval it refers to: "…(对应的滴滴审批单ID为1234…)". */
export function existingApprovalId(errmsg: unknown, data: unknown): string | undefined {
	const fromData = data && typeof data === 'object' ? (data as IDataObject).approval_id : undefined;
	if (fromData) return String(fromData);
	const match = /审批单ID为\s*[:：]?\s*([0-9A-Za-z_-]+)/.exec(text(errmsg)) ?? /approval[_ ]?id[^0-9A-Za-z]*([0-9A-Za-z_-]+)/i.exec(text(errmsg));
	return match ? match[1] : undefined;
}

/** Clock skew allowed between n8n and DiDi when checking that a ride window has not started yet. */
const START_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * A new pre-trip approval's window must not lie in the past: business_trip_detail.start_time "需要大于等于接口调用当前时间"
 * (didi-approval-create.txt, business_trip_detail 按次数 / 按日期).
 */
export function checkStartNotPast(v: Validator, businessTripDetail: unknown, now = Date.now()): void {
	if (typeof businessTripDetail !== 'string') return;
	const start = String((JSON.parse(businessTripDetail) as IDataObject).start_time ?? '');
	const at = toDate(start);
	if (at && at.getTime() < now - START_TOLERANCE_MS) {
		v.fail('Start Time (business_trip_detail.start_time)', `must not be in the past: DiDi needs it at or after the time of the call (got ${start})`);
	}
}
