import type { OutputShape } from '../../common/output';

/**
 * Records of more than 10 fields (docs/vendors/zhiguanche.md "Endpoints" and "Simplify"): what Simplify keeps
 * (most used first) and every field Selected Fields offers an AI agent.
 */
export const USAGE_RECORD: OutputShape = {
	id: 'id',
	simple: ['id', 'vehicleId', 'plateNo', 'driverName', 'userName', 'checkOutTime', 'checkInTime', 'mileageKm', 'destination', 'status'],
	fields: ['id', 'vehicleId', 'plateNo', 'driverId', 'driverName', 'userId', 'userName', 'requestId', 'checkOutTime', 'checkInTime', 'startMileage', 'endMileage', 'mileageKm', 'origin', 'destination', 'status'],
};

export const EXPENSE: OutputShape = {
	id: 'id',
	simple: ['id', 'type', 'typeName', 'amount', 'occurredAt', 'plateNo', 'vehicleId', 'driverId', 'departmentId', 'description'],
	fields: ['id', 'type', 'typeName', 'amount', 'vehicleId', 'plateNo', 'driverId', 'departmentId', 'usageRecordId', 'occurredAt', 'description', 'invoiceNo', 'outerId', 'createdAt'],
};

export const VEHICLE_REQUEST: OutputShape = {
	id: 'id',
	simple: ['id', 'outerId', 'status', 'applicantName', 'startTime', 'endTime', 'origin', 'destination', 'plateNo', 'driverName'],
	fields: [
		'id', 'outerId', 'status', 'applicantMobile', 'applicantId', 'applicantName', 'departmentId', 'startTime', 'endTime', 'origin', 'destination',
		'passengers', 'reason', 'useType', 'vehicleGroupId', 'vehicleId', 'plateNo', 'driverId', 'driverName', 'driverMobile', 'approverMobile',
		'comment', 'usageRecordId', 'createdAt', 'history',
	],
};

export const VEHICLE: OutputShape = {
	id: 'id',
	simple: ['id', 'plateNo', 'brand', 'model', 'vin', 'status', 'mileage', 'departmentId', 'groupId', 'insuranceExpireDate'],
	fields: ['id', 'plateNo', 'brand', 'model', 'vin', 'engineNumber', 'purchaseDate', 'insuranceExpireDate', 'mileage', 'status', 'groupId', 'departmentId', 'cityId', 'owner', 'outerId', 'createdAt'],
};
