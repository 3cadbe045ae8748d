import type { StatusRecord } from '../types';
import { records1xx2xx } from './1xx-2xx';
import { records3xx } from './3xx';
import { records4xxA } from './4xx-a';
import { records4xxB } from './4xx-b';
import { records5xx } from './5xx';
import { recordsUnofficial } from './vendors';

/**
 * Every record, registered and unofficial. This is the source of truth; the build writes it to
 * dist/knowledge.json, which the extension and the CLI load on first use.
 */
export const allRecords: readonly StatusRecord[] = [
  ...records1xx2xx,
  ...records3xx,
  ...records4xxA,
  ...records4xxB,
  ...records5xx,
  ...recordsUnofficial,
];
