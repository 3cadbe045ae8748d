// "Which code should I use?" as data: questions with answers that lead to another question or to
// a code with the reason for it. Unit tests walk every path and check that each ends in a
// registered code.

export interface Outcome {
  readonly code: number;
  readonly reason: string;
}

export interface Answer {
  readonly label: string;
  readonly detail?: string;
  /** Either the next question's id or an outcome. */
  readonly next: string | Outcome;
}

export interface Question {
  readonly id: string;
  readonly prompt: string;
  readonly answers: readonly Answer[];
}

export const ROOT = 'start';

export const DECISION_TREE: readonly Question[] = [
  {
    id: 'start',
    prompt: 'How did the request go?',
    answers: [
      { label: 'It worked', detail: 'The server did what was asked', next: 'success' },
      { label: "The client's cached copy is still current", detail: 'A conditional GET (If-None-Match / If-Modified-Since) matched', next: { code: 304, reason: 'Nothing changed since the version the client holds; it can reuse its copy.' } },
      { label: 'The client should look elsewhere', detail: 'The resource is at another URL', next: 'redirect' },
      { label: 'The request is at fault', detail: 'Something the client sent or is not allowed to do', next: 'client' },
      { label: 'The server, or a service behind it, failed', detail: 'Not the client’s fault', next: 'server' },
    ],
  },
  {
    id: 'success',
    prompt: 'What did the server do?',
    answers: [
      { label: 'Returned what was asked for', next: { code: 200, reason: 'The request succeeded and the body carries the result.' } },
      { label: 'Created a new resource', detail: 'e.g. POST /orders', next: { code: 201, reason: 'A new resource exists now; point to it with a Location header.' } },
      { label: 'Accepted work that will finish later', next: { code: 202, reason: 'The work is queued, not done; give the client a way to check on it.' } },
      { label: 'Succeeded with nothing to send back', detail: 'e.g. DELETE, or a PUT with no representation', next: { code: 204, reason: 'Success with an empty body by design.' } },
      { label: 'Sent part of the content', detail: 'The client asked for a byte range', next: { code: 206, reason: 'Only the requested range is in the body, described by Content-Range.' } },
    ],
  },
  {
    id: 'redirect',
    prompt: 'What kind of move is it?',
    answers: [
      { label: 'Show a result page after a form or other write', detail: 'Post/Redirect/Get', next: { code: 303, reason: 'The follow-up request is a GET to the page given in Location, whatever the first method was.' } },
      { label: 'It moved for good', next: 'permanent' },
      { label: 'It is elsewhere for now', next: 'temporary' },
    ],
  },
  {
    id: 'permanent',
    prompt: 'Must clients repeat the same method and body (e.g. a POST) at the new URL?',
    answers: [
      { label: 'Yes, keep the method', next: { code: 308, reason: 'A permanent move that keeps the method and body; clients may update their links.' } },
      { label: 'No, it is only followed by GET (pages, links)', next: { code: 301, reason: 'A permanent move; browsers cache it, so test with a temporary redirect first.' } },
    ],
  },
  {
    id: 'temporary',
    prompt: 'Must clients repeat the same method and body at the temporary URL?',
    answers: [
      { label: 'Yes, keep the method', next: { code: 307, reason: 'A temporary move that keeps the method and body.' } },
      { label: 'No, it is only followed by GET', next: { code: 302, reason: 'A temporary move for GET requests; for writes prefer 303 or 307.' } },
    ],
  },
  {
    id: 'client',
    prompt: 'What is wrong with the request?',
    answers: [
      { label: 'The caller is not authenticated', detail: 'No credentials, or they are invalid or expired', next: { code: 401, reason: 'Authentication is needed; send a WWW-Authenticate challenge.' } },
      { label: 'The caller is known but not allowed', next: 'forbidden' },
      { label: 'The resource does not exist here', next: 'missing' },
      { label: 'This URL does not support the method', detail: 'e.g. DELETE on a read-only resource', next: { code: 405, reason: 'The method is known but not allowed here; list the allowed ones in Allow.' } },
      { label: 'The request is malformed', detail: 'Broken syntax, framing or parameters', next: { code: 400, reason: 'The server cannot make sense of the request as sent.' } },
      { label: 'It is well-formed but the data is invalid', detail: 'Validation failed', next: { code: 422, reason: 'The content was understood but its values break the rules.' } },
      { label: 'The body is in a format the server does not take', next: { code: 415, reason: 'The request’s Content-Type or Content-Encoding is not supported.' } },
      { label: 'It conflicts with the current state', detail: 'e.g. an edit based on an old version', next: { code: 409, reason: 'The change clashes with the resource as it is now; say what conflicts.' } },
      { label: 'A condition the client set (If-Match…) did not hold', next: { code: 412, reason: 'The precondition in the request evaluated to false.' } },
      { label: 'The client sends too many requests', detail: 'Rate limit', next: { code: 429, reason: 'This client exceeded its allowance; tell it when to retry with Retry-After.' } },
      { label: 'The body is too large', next: { code: 413, reason: 'The content exceeds what the server will accept.' } },
    ],
  },
  {
    id: 'forbidden',
    prompt: 'May the caller learn that the resource exists?',
    answers: [
      { label: 'Yes', next: { code: 403, reason: 'The server understood the request and refuses it for this caller.' } },
      { label: 'No, its existence is itself private', next: { code: 404, reason: 'Answering as if it did not exist hides it from those who may not see it.' } },
    ],
  },
  {
    id: 'missing',
    prompt: 'What happened to it?',
    answers: [
      { label: 'It was removed on purpose and will not return', next: { code: 410, reason: 'Gone for good; clients and crawlers can drop their links.' } },
      { label: 'It moved to another URL', next: 'permanent' },
      { label: 'It never existed, or you cannot tell', next: { code: 404, reason: 'Nothing is here, with no claim about permanence.' } },
    ],
  },
  {
    id: 'server',
    prompt: 'What failed?',
    answers: [
      { label: 'Our own code hit an unexpected error', next: { code: 500, reason: 'An unexpected condition in the server; log it, say little to the client.' } },
      { label: 'We are overloaded or down for maintenance', detail: 'Temporary', next: { code: 503, reason: 'The service is unavailable for now; Retry-After says when to come back.' } },
      { label: 'As a gateway, we got a bad answer from upstream', next: { code: 502, reason: 'The upstream server sent an invalid response.' } },
      { label: 'As a gateway, upstream did not answer in time', next: { code: 504, reason: 'The upstream server timed out.' } },
      { label: 'The server does not support this at all', detail: 'e.g. an unknown method for every resource', next: { code: 501, reason: 'The functionality is not implemented anywhere on this server.' } },
    ],
  },
];

export function questionById(id: string): Question | undefined {
  return DECISION_TREE.find((q) => q.id === id);
}

/** Follows answers (by label) from the root; returns the outcome, the next question, or undefined for a wrong label. */
export function walk(labels: readonly string[]): Outcome | Question | undefined {
  let current: Question | undefined = questionById(ROOT);
  for (const label of labels) {
    const answer = current?.answers.find((a) => a.label === label);
    if (!answer) return undefined;
    if (typeof answer.next !== 'string') return answer.next;
    current = questionById(answer.next);
  }
  return current;
}
