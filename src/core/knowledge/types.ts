// The shape of one status code's guidance. Records are plain data (see ./records) validated by
// ./validate.ts; every consumer (hover, full guide, CLI, code actions) reads these fields.

export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

/** Standing in the IANA registry, or `unofficial` for codes only some products use. */
export type RegistryStatus = 'standard' | 'temporary' | 'deprecated' | 'reserved' | 'obsoleted' | 'unofficial';

/**
 * BCP 14 keyword as the defining spec states it. Where the spec describes a header without any
 * keyword (303's Location, for one), use 'MAY', never a stronger word than the text carries, and say
 * in the note that no keyword is stated.
 */
export type HeaderRequirement = 'MUST' | 'SHOULD' | 'MAY' | 'MUST NOT';

export interface HeaderRule {
  readonly name: string;
  readonly requirement: HeaderRequirement;
  readonly note: string;
}

/** A request and the response to it, written so a reader can copy them. */
export interface Example {
  readonly title: string;
  /** Request line and headers (and body, if any), e.g. "GET /api/users/99 HTTP/1.1\nAccept: application/json". */
  readonly request: string;
  /** Status line, headers, blank line, body. */
  readonly response: string;
  /** One sentence on why this status fits. */
  readonly note: string;
}

/** "Consider instead": a better code for a stated condition. */
export interface Alternative {
  readonly code: number;
  /** The condition under which the alternative is the better choice, phrased to follow "Use N Phrase —". */
  readonly when: string;
}

/**
 * Who defines an unofficial code. A small closed set: every unofficial record names one, and the
 * records of a pack live in records/vendors/<pack>.ts.
 */
export type VendorPack =
  | 'nginx'
  | 'cloudflare'
  | 'aws-elb'
  | 'microsoft'
  | 'laravel'
  | 'arcgis'
  | 'twitter'
  | 'internet-explorer'
  | 'shared-hosting'
  | 'proxies';

export interface VendorPackInfo {
  /** Shown as "<name> only" wherever a code of the pack is rendered ("nginx only"). */
  readonly name: string;
  /** Added after "<name> only" when the pack is a loose convention rather than one product. */
  readonly qualifier?: string;
}

export const VENDOR_PACKS: Readonly<Record<VendorPack, VendorPackInfo>> = {
  nginx: { name: 'nginx' },
  cloudflare: { name: 'Cloudflare' },
  'aws-elb': { name: 'AWS ELB' },
  microsoft: { name: 'Microsoft' },
  laravel: { name: 'Laravel' },
  arcgis: { name: 'Esri ArcGIS' },
  twitter: { name: 'Twitter API v1' },
  'internet-explorer': { name: 'Internet Explorer 7' },
  'shared-hosting': { name: 'Shared hosting (Apache mod_bw, cPanel)' },
  proxies: { name: 'Some HTTP proxies', qualifier: 'informal' },
};

/** "nginx only", "Some HTTP proxies only (informal)". */
export function packLabel(pack: VendorPack): string {
  const info = VENDOR_PACKS[pack];
  return `${info.name} only${info.qualifier ? ` (${info.qualifier})` : ''}`;
}

export interface Reference {
  readonly title: string;
  readonly url: string;
}

export interface StatusRecord {
  readonly code: number;
  /** Reason phrase in RFC 9110 wording (or the name its users give an unofficial code). */
  readonly phrase: string;
  readonly class: StatusClass;
  readonly status: RegistryStatus;
  /**
   * What the code means in a few lowercase words, shown after the title on the hover's first line:
   * "**302 Found** · redirect, method may change". At most 44 characters, no final period.
   */
  readonly gist: string;
  /**
   * The one thing a developer should check when writing this code, as one imperative sentence of at
   * most 110 characters ending with a period: the hover's second line.
   */
  readonly check: string;
  /** One or two plain sentences a beginner understands. */
  readonly eli5: string;
  /** What the server is saying when it sends this code. */
  readonly serverPerspective: string;
  readonly whenToUse: readonly string[];
  /** Each names the better code where there is one. */
  readonly whenNotToUse: readonly string[];
  readonly howToRespond: readonly string[];
  readonly headers: readonly HeaderRule[];
  /** What a response body should hold. */
  readonly body: string;
  readonly pitfalls: readonly string[];
  readonly examples: readonly Example[];
  readonly alternatives: readonly Alternative[];
  readonly related: readonly number[];
  readonly references: readonly Reference[];
  /** Heuristically cacheable per RFC 9110 §15.1 (or the defining RFC). */
  readonly cacheable: boolean;
  /** Whether the response may carry content at all. */
  readonly bodyAllowed: boolean;
  readonly formerNames: readonly string[];
  /** Search words beyond the phrase ("rate limit" for 429). */
  readonly keywords: readonly string[];
  /** Unofficial codes only (and required for them): the vendor pack that defines it. */
  readonly pack?: VendorPack;
  /** Unofficial codes only: who sends it. */
  readonly usedBy?: readonly string[];
  /**
   * Unofficial codes only: the registered code to prefer. Absent exactly when `logOnly` is set,
   * since nobody chooses a code that only appears in a log.
   */
  readonly preferInstead?: number;
  /**
   * Unofficial codes only: a value a server or load balancer writes to its own log for a request
   * whose client has already gone (nginx 499, AWS ALB 460). No response carries it and no
   * application chooses it, so there is no code to prefer instead and no body.
   */
  readonly logOnly?: true;
}
