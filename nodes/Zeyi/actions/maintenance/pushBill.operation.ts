import { billOperation } from '../../shared/bill';

/** 车辆保养清单: push the maintenance bill (MAINTAIN/REPAIR lines with the next maintenance date and mileage). */
const operation = billOperation('maintenance');

export const description = operation.description;
export const execute = operation.execute;
