import type { IDataObject } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import { callOperation } from '../../shared/call';

/** A contract-change call, about a change (by its code) or a contract. */
export function changeOperation(operation: string, path: string, about: 'change' | 'contract'): OperationModule {
	return callOperation({
		resource: 'contractChange',
		operation,
		path,
		contract: about === 'contract',
		specs: about === 'change' ? [{ name: 'changeCode', label: 'Change Code', zh: '变更单号', required: true, placeholder: 'e.g. BG00001' }] : [],
		shape: (data) => (data ?? {}) as IDataObject,
	});
}
