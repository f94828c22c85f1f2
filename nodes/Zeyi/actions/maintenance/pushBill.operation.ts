import { billOperation } from '../../shared/bill';
import { PUSH_CONCURRENCY } from '../../shared/exactlyOnce';

/** 车辆保养清单: push the maintenance bill (MAINTAIN/REPAIR lines with the next maintenance date and mileage). */
const operation = billOperation('maintenance');

export const description = operation.description;
export const execute = operation.execute;
/** Bills of different codes are independent writes: pushed several at a time. */
export const concurrency = PUSH_CONCURRENCY;
