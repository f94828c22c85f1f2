import { billOperation } from '../../shared/bill';

/** 车辆维修清单: push the repair bill (fees, project lines, photos, totals). */
const operation = billOperation('repair');

export const description = operation.description;
export const execute = operation.execute;
