import { showFor } from '../../../common/fields';
import { asyncWriteModule, type AsyncWrite } from '../../shared/batch';
import { contractCodeOf, contractLocator } from '../../shared/contract';

/** 3.21 批量合同删除: deletes draft contracts, many items per call (asynchronous, one result per contract). */
const write: AsyncWrite = {
	path: '/contract/delete',
	api: 'deleteContract',
	maxBatch: 100,
	build(i, v) {
		return { contractCode: contractCodeOf(this, i, v) };
	},
	bodyOf: (entries) => ({ contractCodes: entries.map((e) => String(e.contractCode)) }),
	sourceCodeOf: (entry) => String(entry.contractCode),
};

export const { description, execute, executeBatch } = asyncWriteModule(write, showFor('contract', 'delete', [contractLocator]), 'contract', 'delete');
