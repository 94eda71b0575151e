import { atenderRespaldos, type CanalRespaldo } from './trabajoRespaldo';

// A module worker: writes one backup from the page's IndexedDB and posts its compressed pieces to the page.
atenderRespaldos(self as unknown as CanalRespaldo);
