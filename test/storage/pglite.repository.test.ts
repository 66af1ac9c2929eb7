// The storage contract on embedded PGlite (always): one in-memory instance for the whole file.
import { openDatabase } from '../../src/storage/drivers/pglite.ts';
import { describeRepositoryContract } from './repository.contract.ts';
import { linker } from '../../src/services/link.service.ts';

describeRepositoryContract('pglite', () => openDatabase('memory://', linker));
