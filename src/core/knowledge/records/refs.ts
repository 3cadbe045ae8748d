import type { Reference } from '../types';

// Reference builders, so every record links the same way and URLs stay well-formed.

/** A section of RFC 9110 (HTTP Semantics), e.g. rfc9110('15.5.5', '404 Not Found'). */
export function rfc9110(section: string, title: string): Reference {
  return { title: `RFC 9110 §${section} ${title}`, url: `https://www.rfc-editor.org/rfc/rfc9110#section-${section}` };
}

/** A section of any other RFC, e.g. rfc(6585, '4', '429 Too Many Requests'). */
export function rfc(number: number, section: string, title: string): Reference {
  return { title: `RFC ${number} §${section} ${title}`, url: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}` };
}

/** The MDN page for a status code. */
export function mdn(code: number): Reference {
  return { title: `MDN: ${code}`, url: `https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/${code}` };
}

/** The IANA status code registry. */
export const ianaRegistry: Reference = {
  title: 'IANA HTTP Status Code Registry',
  url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml',
};
