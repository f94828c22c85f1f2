/**
 * Reading the approval parameters shared by Create and Update, one decision per function: the trips
 * (`travel_detail` / `business_trip_detail`, by approval type), the passengers (`passenger_list`) and the
 * extras (reason, budget centres, extension fields, extra info). Nested structures are serialised once as
 * DiDi's string fields.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { travelBudgetParams } from './travelBudget';
import type { Validator } from '../../../common/validation';
import {
	buildBusinessTripByCount,
	buildBusinessTripByDate,
	buildPassengers,
	buildTravelDetail,
} from '../../shared/approval';
import type { CityControlMode, PassengerInput, TripInput } from '../../shared/approval';
import { compact, recordsOf, toJsonString } from '../../shared/fields';
import { didiData } from '../../transport';

const list = <T>(collection: unknown, key: string): T[] =>
	((collection as IDataObject | undefined)?.[key] as T[] | undefined) ?? [];

/** City lists already fetched in this execution (one lookup for all items). */
const cityLists = new WeakMap<object, Promise<Map<string, string>>>();

/** City names by id (DiDi's /river/City/get), fetched once per execution and only when needed. */
async function cityNames(this: IExecuteFunctions, i: number): Promise<Map<string, string>> {
	let names = cityLists.get(this);
	if (!names) {
		names = didiData
			.call(this, { method: 'GET', path: '/river/City/get', itemIndex: i })
			.then((data) => new Map(recordsOf(data).records.map((r) => [String(r.city_id), String(r.city_name)])));
		cityLists.set(this, names);
		names.catch(() => cityLists.delete(this));
	}
	return await names;
}

const isId = (value: unknown) => value !== undefined && value !== '' && /^\d+$/.test(String(value));

/** The name of a city given by id, from DiDi's list (for the ride details, which carry both). */
async function nameOfCity(this: IExecuteFunctions, i: number, id: unknown): Promise<string | undefined> {
	if (!isId(id)) return undefined;
	return (await cityNames.call(this, i)).get(String(id));
}

/**
 * `travel_detail` (approval_type 1). Each trip city goes as its ID or, when given by name, as its name —
 * never both (didi-operations.txt, travel_detail_obj.trips: "城市名称和城市ID建议传一种，不要一起传。").
 */
export function readTravelDetail(this: IExecuteFunctions, i: number, v: Validator): string | undefined {
	const options = this.getNodeParameter('travelOptions', i, {}) as IDataObject;
	const detail = buildTravelDetail(v, {
		startDate: this.getNodeParameter('travelStartDate', i, ''),
		endDate: this.getNodeParameter('travelEndDate', i, ''),
		cityControlMode: this.getNodeParameter('cityControlMode', i, 'unspecified') as CityControlMode,
		trips: list<TripInput>(this.getNodeParameter('trips', i, {}), 'trip'),
		startCityRule: options.startCityRule as boolean | undefined,
		endCityRule: options.endCityRule as boolean | undefined,
		trainTotalCount: options.trainTotalCount as number | undefined,
		flightTotalCount: options.flightTotalCount as number | undefined,
		hotelTotalCount: options.hotelTotalCount as number | undefined,
		pickupTotalCount: options.pickupTotalCount as number | undefined,
		categoryControl: options.categoryControl as number[] | undefined,
	});
	return toJsonString(detail);
}

/** `business_trip_detail` for rides by count (approval_type 2): the route's cities carry ID and name. */
export async function readRidesByCount(this: IExecuteFunctions, i: number, v: Validator): Promise<string | undefined> {
	const options = this.getNodeParameter('rideOptions', i, {}) as IDataObject;
	const detail = buildBusinessTripByCount(v, {
		startTime: this.getNodeParameter('startTime', i, ''),
		endTime: this.getNodeParameter('endTime', i, ''),
		tripTimes: this.getNodeParameter('tripTimes', i),
		isReturn: this.getNodeParameter('isReturn', i, false) as boolean,
		perOrderLimitYuan: options.perOrderLimitYuan,
		totalLimitYuan: options.totalLimitYuan,
		route: { ...options, flat: options.flat || undefined, flng: options.flng || undefined, tlat: options.tlat || undefined, tlng: options.tlng || undefined },
	});
	for (const side of ['departure', 'destination'] as const) {
		if (detail[`${side}_city_id`] !== undefined && !detail[`${side}_city`]) detail[`${side}_city`] = await nameOfCity.call(this, i, detail[`${side}_city_id`]);
	}
	return toJsonString(compact(detail));
}

/** `business_trip_detail` for rides by date (approval_type 3): each city needs ID and name ("city_id *req*", "city *req*"). */
export async function readRidesByDate(this: IExecuteFunctions, i: number, v: Validator): Promise<string | undefined> {
	const options = this.getNodeParameter('rideOptions', i, {}) as IDataObject;
	const detail = buildBusinessTripByDate(v, {
		startTime: this.getNodeParameter('startTime', i, ''),
		endTime: this.getNodeParameter('endTime', i, ''),
		cities: list<{ city?: string; cityName?: string }>(this.getNodeParameter('rideCities', i, {}), 'city'),
		amountYuan: options.amountYuan,
		tripTimes: options.tripTimes,
		perOrderLimitYuan: options.perOrderLimitYuan,
	});
	for (const trip of (detail.trips as IDataObject[] | undefined) ?? []) {
		if (!trip.city) trip.city = (await nameOfCity.call(this, i, trip.city_id)) ?? '';
	}
	return toJsonString(detail);
}

/** The trip parameter of the approval type: `{ travel_detail }` or `{ business_trip_detail }`. */
export async function readTrips(this: IExecuteFunctions, i: number, v: Validator, approvalType: number): Promise<IDataObject> {
	if (approvalType === 1) return { travel_detail: readTravelDetail.call(this, i, v) };
	if (approvalType === 2) return { business_trip_detail: await readRidesByCount.call(this, i, v) };
	return { business_trip_detail: await readRidesByDate.call(this, i, v) };
}

/** `passenger_list`: employees and external travellers; none means the applicant travels. */
export function readPassengers(this: IExecuteFunctions, i: number, v: Validator): IDataObject {
	const param = this.getNodeParameter('passengers', i, {}) as IDataObject;
	const passengers: PassengerInput[] = [
		...list<PassengerInput>(param, 'employee').map((p) => ({ ...p, kind: 'employee' as const })),
		...list<PassengerInput>(param, 'external').map((p) => ({ ...p, kind: 'external' as const })),
	];
	return passengers.length ? { passenger_list: toJsonString(buildPassengers(v, passengers)) } : {};
}

/** Budget centre (one, or the multi-centre list, never both), extension fields and extra info. */
export function readBudgetAndExtras(v: Validator, extra: IDataObject): IDataObject {
	const params: IDataObject = {};
	const extendFields = compact({
		extend_field_01: extra.extendField01 as string,
		extend_field_02: extra.extendField02 as string,
		extend_field_03: extra.extendField03 as string,
	});
	const budgetCenterList = extra.budgetCenterList !== undefined ? v.json<unknown[]>('Budget Center List (budget_center_list)', extra.budgetCenterList) : undefined;
	const hasList = Array.isArray(budgetCenterList) && budgetCenterList.length > 0;
	if (hasList && (extra.budgetCenterId || Object.keys(extendFields).length)) {
		v.fail('Budget Center List (budget_center_list)', 'cannot be combined with Budget Center (budget_center_id) or Extension Fields (extend_field_list)');
	}
	if (hasList) {
		budgetCenterList.forEach((entry, index) => {
			const sequence = Number((entry as IDataObject)?.sequence);
			if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9) {
				v.fail(`Budget Center List entry ${index + 1} (budget_center_list[${index}].sequence)`, 'must be a whole number from 1 to 9');
			}
		});
		params.budget_center_list = JSON.stringify(budgetCenterList);
	}
	if (extra.budgetCenterId) params.budget_center_id = String(extra.budgetCenterId);
	if (Object.keys(extendFields).length) {
		// DiDi's example sends extend_field_list as a JSON array string.
		const text = JSON.stringify([extendFields]);
		v.maxLength('Extension Fields (extend_field_list)', text, 500);
		params.extend_field_list = text;
	}
	if (extra.extraInfo !== undefined) {
		const info = v.json<IDataObject>('Extra Info (extra_info)', extra.extraInfo);
		if (info && typeof info === 'object' && Object.keys(info).length) {
			const text = JSON.stringify(info);
			v.maxLength('Extra Info (extra_info)', text, 500);
			params.extra_info = text;
		}
	}
	Object.assign(params, travelBudgetParams(extra, v));
	if (extra.outTripId) params.out_trip_id = String(extra.outTripId).trim();
	if (extra.outTripInfo) params.out_trip_info = String(extra.outTripInfo).trim();
	return params;
}

/** The parameters Create and Update share: approval type, trips, passengers, reason and extras. */
export async function collectApprovalParams(this: IExecuteFunctions, i: number, v: Validator): Promise<IDataObject> {
	const approvalType = Number(this.getNodeParameter('approvalType', i));
	v.oneOf('Approval Type (approval_type)', approvalType, [1, 2, 3]);
	const reason = String(this.getNodeParameter('reason', i, '') ?? '').trim();
	v.maxLength('Reason (reason)', reason, 200);
	return {
		approval_type: approvalType,
		...(await readTrips.call(this, i, v, approvalType)),
		...readPassengers.call(this, i, v),
		...(reason ? { reason } : {}),
		...readBudgetAndExtras(v, this.getNodeParameter('additionalFields', i, {}) as IDataObject),
	};
}
