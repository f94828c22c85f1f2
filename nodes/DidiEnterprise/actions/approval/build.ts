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

/** City names by id, fetched once per execution, only when some city was given by id without a name. */
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

/**
 * Reads the trip, passenger and extra fields shared by Create and Update and returns DiDi's params, with
 * nested structures serialised once as DiDi's string fields.
 */
export async function collectApprovalParams(this: IExecuteFunctions, i: number, v: Validator): Promise<IDataObject> {
	const approvalType = Number(this.getNodeParameter('approvalType', i));
	v.oneOf('Approval Type (approval_type)', approvalType, [1, 2, 3]);
	const params: IDataObject = { approval_type: approvalType };

	let names: Map<string, string> | undefined;
	const nameOf = async (id: unknown, override: unknown): Promise<string | undefined> => {
		if (override) return String(override);
		if (!isId(id)) return undefined;
		names ??= await cityNames.call(this, i);
		return names.get(String(id));
	};

	if (approvalType === 1) {
		const options = this.getNodeParameter('travelOptions', i, {}) as IDataObject;
		const trips = list<TripInput>(this.getNodeParameter('trips', i, {}), 'trip');
		const detail = buildTravelDetail(v, {
			startDate: this.getNodeParameter('travelStartDate', i, ''),
			endDate: this.getNodeParameter('travelEndDate', i, ''),
			cityControlMode: this.getNodeParameter('cityControlMode', i, 'unspecified') as CityControlMode,
			trips,
			startCityRule: options.startCityRule as boolean | undefined,
			endCityRule: options.endCityRule as boolean | undefined,
			trainTotalCount: options.trainTotalCount as number | undefined,
			flightTotalCount: options.flightTotalCount as number | undefined,
			hotelTotalCount: options.hotelTotalCount as number | undefined,
			pickupTotalCount: options.pickupTotalCount as number | undefined,
			categoryControl: options.categoryControl as number[] | undefined,
		});
		for (const trip of (detail.trips as IDataObject[] | undefined) ?? []) {
			if (!trip.departure_city) trip.departure_city = await nameOf(trip.departure_city_id, undefined);
			if (trip.destination_city_id !== undefined && !trip.destination_city) {
				trip.destination_city = await nameOf(trip.destination_city_id, undefined);
			}
			Object.assign(trip, compact(trip));
		}
		params.travel_detail = toJsonString(detail);
	} else if (approvalType === 2) {
		const options = this.getNodeParameter('rideOptions', i, {}) as IDataObject;
		const route = { ...options };
		const detail = buildBusinessTripByCount(v, {
			startTime: this.getNodeParameter('startTime', i, ''),
			endTime: this.getNodeParameter('endTime', i, ''),
			tripTimes: this.getNodeParameter('tripTimes', i),
			isReturn: this.getNodeParameter('isReturn', i, false) as boolean,
			perOrderLimitYuan: options.perOrderLimitYuan,
			totalLimitYuan: options.totalLimitYuan,
			route: {
				...route,
				flat: route.flat || undefined,
				flng: route.flng || undefined,
				tlat: route.tlat || undefined,
				tlng: route.tlng || undefined,
			},
		});
		if (detail.departure_city_id !== undefined && !detail.departure_city) detail.departure_city = await nameOf(detail.departure_city_id, undefined);
		if (detail.destination_city_id !== undefined && !detail.destination_city) detail.destination_city = await nameOf(detail.destination_city_id, undefined);
		params.business_trip_detail = toJsonString(compact(detail));
	} else {
		const options = this.getNodeParameter('rideOptions', i, {}) as IDataObject;
		const cities = list<{ city?: string; cityName?: string }>(this.getNodeParameter('rideCities', i, {}), 'city');
		const detail = buildBusinessTripByDate(v, {
			startTime: this.getNodeParameter('startTime', i, ''),
			endTime: this.getNodeParameter('endTime', i, ''),
			cities,
			amountYuan: options.amountYuan,
			tripTimes: options.tripTimes,
			perOrderLimitYuan: options.perOrderLimitYuan,
		});
		for (const trip of (detail.trips as IDataObject[] | undefined) ?? []) {
			if (!trip.city) trip.city = (await nameOf(trip.city_id, undefined)) ?? '';
		}
		params.business_trip_detail = toJsonString(detail);
	}

	const passengersParam = this.getNodeParameter('passengers', i, {}) as IDataObject;
	const passengers: PassengerInput[] = [
		...list<PassengerInput>(passengersParam, 'employee').map((p) => ({ ...p, kind: 'employee' as const })),
		...list<PassengerInput>(passengersParam, 'external').map((p) => ({ ...p, kind: 'external' as const })),
	];
	if (passengers.length) params.passenger_list = toJsonString(buildPassengers(v, passengers));

	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const reason = String(this.getNodeParameter('reason', i, '') ?? '').trim();
	v.maxLength('Reason (reason)', reason, 200);
	if (reason) params.reason = reason;
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
