import type { StatusRecord, VendorPack } from '../../types';
import { arcgisRecords } from './arcgis';
import { awsElbRecords } from './aws-elb';
import { cloudflareRecords } from './cloudflare';
import { internetExplorerRecords } from './internet-explorer';
import { laravelRecords } from './laravel';
import { microsoftRecords } from './microsoft';
import { nginxRecords } from './nginx';
import { proxiesRecords } from './proxies';
import { sharedHostingRecords } from './shared-hosting';
import { twitterRecords } from './twitter';

// Unofficial codes, one file per vendor pack (records/vendors/<pack>.ts). The Record type makes
// the compiler insist on an entry for every pack; the unit tests check each file's records name
// their pack.

export const recordsByPack: Readonly<Record<VendorPack, readonly StatusRecord[]>> = {
  nginx: nginxRecords,
  cloudflare: cloudflareRecords,
  'aws-elb': awsElbRecords,
  microsoft: microsoftRecords,
  laravel: laravelRecords,
  arcgis: arcgisRecords,
  twitter: twitterRecords,
  'internet-explorer': internetExplorerRecords,
  'shared-hosting': sharedHostingRecords,
  proxies: proxiesRecords,
};

/** Every unofficial record, pack by pack. */
export const recordsUnofficial: readonly StatusRecord[] = Object.values(recordsByPack).flat();
