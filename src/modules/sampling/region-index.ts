import { buildRegionIndex } from '../../domain/sampling/address-region.js';
import { sichuan } from '../org/organisation-data.js';

/** Address → county code over the committed GB/T 2260 data; built once per process. */
export const regionIndex = buildRegionIndex(sichuan);
