import { billOperation } from '../../shared/bill';
import { PUSH_CONCURRENCY } from '../../shared/exactlyOnce';

/** 车辆维修清单: push the repair bill (fees, project lines, photos, totals). */
const operation = billOperation('repair');

export const description = operation.description;
export const execute = operation.execute;
/** Bills of different codes are independent writes: pushed several at a time. */
export const concurrency = PUSH_CONCURRENCY;
