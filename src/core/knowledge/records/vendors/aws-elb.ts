import type { StatusRecord } from '../../types';
import { rfc9110 } from '../refs';
import { albTroubleshooting, fallbackRule } from './shared';

// Codes an AWS Application Load Balancer generates itself (46x, 561). Checked against the ALB
// user guide's troubleshooting, target group and authentication pages (docs.aws.amazon.com,
// 2026-12).

const albTargetGroups = {
  title: 'AWS: Target groups for your Application Load Balancers (protocol version)',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#target-group-protocol-version',
};
const albXForwarded = {
  title: 'AWS: HTTP headers and Application Load Balancers (X-Forwarded-For)',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/x-forwarded-headers.html',
};
const albAccessLogs = {
  title: 'AWS: Access logs for your Application Load Balancer',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html',
};
const albAuthenticate = {
  title: 'AWS: Authenticate users using an Application Load Balancer',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html',
};

export const awsElbRecords: readonly StatusRecord[] = [
  {
    code: 460,
    phrase: 'Client Closed Connection',
    class: '4xx',
    status: 'unofficial',
    gist: 'client closed connection to ALB (log only)',
    check: 'No response carries 460; compare client timeouts with target latency instead of sending it.',
    pack: 'aws-elb',
    logOnly: true,
    eli5:
      'You asked a question and walked away before the answer came back. ' +
      'The load balancer writes 460 in its notebook so staff know the caller, not the server, ended the conversation.',
    serverPerspective:
      'Non-standard and specific to AWS. ' +
      "An AWS Application Load Balancer records 460 when the client closed its connection to the load balancer before the load balancer's idle timeout elapsed, that is, while the request was still being served (ALB troubleshooting guide, checked 2026-12). " +
      'AWS lists it with the errors the load balancer generates, so it lands in the access log and the HTTPCode_ELB_4XX_Count metric, but the client has already left: nobody receives it, no application chooses it, and a tool that reads it as a status applies the 400 fallback.',
    whenToUse: [
      'Reading ALB access logs, where 460 entries show clients that gave up, often because their own timeout is shorter than the backend takes to answer.',
      'Explaining a rise in HTTPCode_ELB_4XX_Count that the targets never saw: 460s are counted there although no target produced an error.',
    ],
    whenNotToUse: [
      'Your own server gives up waiting for a slow request body: 408 Request Timeout is the registered code for that case.',
      'The backend took too long and the gateway itself stopped waiting: 504 Gateway Timeout.',
      'Sending it from your application to mean "the client left": there is no one to send it to, and a live client would read it as 400.',
    ],
    howToRespond: [
      "Compare the client's timeout with the load balancer idle timeout, as AWS advises: make sure the target answers before the client gives up, or raise the client timeout to match the idle timeout where the client allows it.",
      "Use the timing fields of the same access-log line to see how long the target had been working when the client left.",
      'For long-running work, accept the job with 202 Accepted and let the client poll, so nobody has to hold a connection open.',
    ],
    headers: [],
    body: 'None: the client has already hung up, so no response content is delivered; the only trace is the load balancer log entry.',
    pitfalls: [
      'A burst of 460 usually points at a client-side timeout or a user closing the page, not at an ALB failure, so alerting on it as a server error pages the wrong team.',
      'The backend may still finish the work after the client left; a non-idempotent POST that the client then retries can run twice.',
      'Because 460 counts toward the load balancer 4xx metric, an alarm on that metric fires for slow targets too, even though the fix is on the target or client side.',
    ],
    examples: [
      {
        title: 'Client timeout fires while a report is still being built (ALB log, abridged)',
        request: 'GET /api/report?year=2025 HTTP/1.1\nHost: shop.example.test',
        response:
          '(client closed the connection; no response delivered)\n\nALB access log:\nhttps 2025-10-10T13:55:36.123456Z app/shop-alb/50dc6c495c0c9188 198.51.100.23:54321 10.0.1.5:8080 0.001 -1 -1 460 - 120 0 "GET https://shop.example.test:443/api/report?year=2025 HTTP/1.1" "curl/8.5.0"',
        note: 'The ALB logged 460 because the caller hung up before the target answered.',
      },
    ],
    alternatives: [
      { code: 408, when: 'the server stops waiting because the client sent its request too slowly' },
      { code: 504, when: 'a gateway stops waiting for a slow upstream' },
      { code: 202, when: 'the work takes longer than clients are willing to wait and can finish in the background' },
    ],
    related: [499, 408, 504],
    references: [fallbackRule, albTroubleshooting, albAccessLogs],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['aws', 'alb', 'application load balancer', 'elb', 'client closed connection', 'client timeout', 'access log', 'idle timeout'],
    usedBy: ['AWS Application Load Balancer: access-log value for a client that closed the connection before the idle timeout elapsed'],
  },
  {
    code: 463,
    phrase: 'Too Many X-Forwarded-For IPs',
    class: '4xx',
    status: 'unofficial',
    gist: 'X-Forwarded-For carried over 30 addresses',
    check: 'Overwrite or trim untrusted X-Forwarded-For at the edge; reject it with 400 from your own code.',
    pack: 'aws-elb',
    eli5:
      'Each proxy that forwards a request adds its address to a list in the X-Forwarded-For header, like stamps in a passport. ' +
      'The load balancer refuses a passport with more than 30 stamps.',
    serverPerspective:
      'An AWS-specific, unregistered code. ' +
      'An AWS Application Load Balancer answers 463 when the incoming X-Forwarded-For header lists more than 30 IP addresses (ALB troubleshooting guide, checked 2026-12). ' +
      'Clients that do not know the number handle it like 400, which is close to the truth: the request itself is unacceptable.',
    whenToUse: [
      'You meet it from an ALB when requests pass through a long chain of proxies, or when a client or proxy keeps appending to X-Forwarded-For, for example in a forwarding loop.',
      'You meet it when a client deliberately pads X-Forwarded-For and every proxy on the way passes the header on unchecked.',
    ],
    whenNotToUse: [
      'Your own server rejects a header section that is simply too big: 431 Request Header Fields Too Large.',
      'A header value is malformed or contradicts the rest of the request: 400 Bad Request.',
    ],
    howToRespond: [
      'Count the addresses in the X-Forwarded-For header of the failing request and find which hop keeps adding entries.',
      'Have edge proxies overwrite or trim an untrusted X-Forwarded-For from the internet instead of appending to whatever the client sent.',
      "Review the load balancer attribute routing.http.xff_header_processing.mode: append (the default), preserve or remove (AWS API reference, checked 2026-12); the right choice depends on which hops you trust.",
    ],
    headers: [],
    body: 'Whatever error page the load balancer serves; the request never reaches your targets, so your application cannot shape it.',
    pitfalls: [
      'A client can trigger 463 deliberately by sending a padded X-Forwarded-For, so proxies that pass the header through unchecked hand attackers a cheap way to get requests refused.',
      'Forwarding loops between proxies make the list grow on every pass; 463 is often the first visible symptom of such a loop.',
    ],
    examples: [
      {
        title: 'Request arrives with an overgrown X-Forwarded-For chain',
        request:
          'GET /api/items HTTP/1.1\nHost: shop.example.test\nX-Forwarded-For: 198.51.100.1, 198.51.100.2, 198.51.100.3, <27 more>, 198.51.100.31',
        response: 'HTTP/1.1 463\nContent-Type: text/html\n\n<html><body>463</body></html>',
        note: 'The ALB counted 31 addresses, more than its limit of 30, and refused the request with 463.',
      },
    ],
    alternatives: [
      { code: 431, when: 'the header section or one header is larger than the server accepts' },
      { code: 400, when: 'a header is malformed or not acceptable to the server' },
    ],
    related: [431, 400, 464],
    references: [fallbackRule, albTroubleshooting, albXForwarded],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['aws', 'alb', 'x-forwarded-for', 'xff', 'proxy chain', 'forwarding loop', 'load balancer'],
    usedBy: ['AWS Application Load Balancer: the X-Forwarded-For header carried more than 30 IP addresses'],
    preferInstead: 400,
  },
  {
    code: 464,
    phrase: 'Protocol/Target Group Mismatch',
    class: '4xx',
    status: 'unofficial',
    gist: 'request protocol does not fit target group',
    check: 'Match the target group protocol version to client traffic; your own code would send 400 instead.',
    pack: 'aws-elb',
    eli5:
      'The load balancer was told to speak one dialect to the servers behind it, but your request arrived in another. ' +
      'It is like posting a letter in French to an office that only handles German mail.',
    serverPerspective:
      'Like the other ALB 46x values, this is an unregistered code that only AWS uses. ' +
      "An AWS Application Load Balancer sends 464 when the request's protocol does not fit the protocol version configured on the target group. " +
      "AWS's compatibility table (checked 2026-12) marks as errors: gRPC to an HTTP/1.1 target group, HTTP/1.1 to an HTTP/2 target group, and HTTP/1.1 to a gRPC target group; HTTP/2 to a gRPC target group works only for POST. A client unaware of the code treats it as 400.",
    whenToUse: [
      "You meet it after pointing a listener rule at a target group whose protocol version does not match the traffic, or when a client speaks a different protocol than the team assumed.",
      'You meet it when plain HTTP/1.1 health tools or browsers hit a path routed to a gRPC or HTTP/2 target group.',
    ],
    whenNotToUse: [
      'Your server does not support the major HTTP version the client used: 505 HTTP Version Not Supported.',
      'The client must switch to another protocol before the server will continue: 426 Upgrade Required with an Upgrade header.',
    ],
    howToRespond: [
      "Compare the protocol the client really sends (curl -v shows it) with the target group's protocol version, then fix whichever side is wrong.",
      'Route gRPC and ordinary HTTP traffic to separate target groups through distinct listener rules; gRPC target groups also need an HTTPS listener.',
    ],
    headers: [],
    body: 'The load balancer\'s own error page; the request was refused before any target saw it.',
    pitfalls: [
      'The request is fine in itself; treating 464 like an ordinary 400 sends developers hunting through payloads when the fault is load-balancer configuration.',
      'The load balancer produces 464 itself, so application logs stay silent; look for it in the ALB access log, where the target status field is empty.',
      'An HTTP/2 client can look fine in testing against a gRPC target group with POST and then fail with 464 on a GET, because only POST is accepted there.',
    ],
    examples: [
      {
        title: 'HTTP/1.1 call routed to a gRPC target group',
        request: 'POST /orders.OrderService/Create HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"sku": "A1"}',
        response: 'HTTP/1.1 464\nContent-Type: text/html\n\n<html><body>464</body></html>',
        note: 'AWS lists HTTP/1.1 to a gRPC target group as an error, which the ALB reports as 464.',
      },
    ],
    alternatives: [
      { code: 505, when: 'the server does not support the HTTP major version of the request' },
      { code: 426, when: 'the client has to switch protocols before the server will continue' },
      { code: 400, when: 'the request cannot be processed as sent' },
    ],
    related: [505, 426, 463],
    references: [fallbackRule, albTroubleshooting, albTargetGroups],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['aws', 'alb', 'grpc', 'http2', 'protocol version', 'target group', 'load balancer'],
    usedBy: ["AWS Application Load Balancer: the request's protocol is incompatible with the target group's protocol version"],
    preferInstead: 400,
  },
  {
    code: 561,
    phrase: 'Unauthorized',
    class: '5xx',
    status: 'unofficial',
    gist: 'identity provider failed the ALB sign-in',
    check: 'Check the ALB OIDC or Cognito settings against the IdP; from your own gateway, send 502 instead.',
    pack: 'aws-elb',
    eli5:
      'The load balancer sent you off to sign in with an identity provider, and that provider came back with an error. ' +
      'Like a hotel front desk calling the booking agency to confirm you and getting a garbled reply.',
    serverPerspective:
      'An AWS-only code that IANA has not registered. ' +
      'An AWS Application Load Balancer with an authenticate-oidc or authenticate-cognito listener rule returns 561 when the identity provider returned an error code while the load balancer was authenticating the user (ALB troubleshooting guide, checked 2026-12). ' +
      'AWS keeps this apart from its 401, which it sends when authentication is denied: 561 is a failure in the exchange between the load balancer and its identity provider, an upstream it depends on. It sits in the 5xx class, and a generic client treats it as 500, not as a login prompt.',
    whenToUse: [
      'You meet it on ALB listeners with an authenticate-oidc or authenticate-cognito rule, when the identity provider answers the load balancer with an error during sign-in.',
      'You meet it right after changing the client ID, client secret, issuer or endpoints of the ALB authentication action, or the app registration at the identity provider.',
    ],
    whenNotToUse: [
      'The user must present credentials for your own application: 401 Unauthorized with a WWW-Authenticate challenge (the ALB itself answers 401, not 561, when it denies an unauthenticated user).',
      'The user signed in successfully but may not use this application: 403 Forbidden.',
    ],
    howToRespond: [
      "Operators: check the ALB's OIDC or Cognito settings (client ID, client secret, issuer, authorization, token and user-info endpoints) against the identity provider's app registration; AWS's knowledge-center article on ALB authentication errors walks through them.",
      "Confirm the identity provider lists https://<your-domain>/oauth2/idpresponse as an allowed callback, and read the provider's own logs for the rejected request; the ALB only knows that the provider returned an error.",
      'Users: signing in again or clearing cookies will not help while the configuration is wrong; report the time of the failure to the site operator.',
    ],
    headers: [],
    body: 'The load balancer\'s error page; your targets never see the request, because authentication failed before forwarding.',
    pitfalls: [
      'Client code that refreshes credentials on 401 does nothing here: 561 sits in the 5xx class, so retry policies may even hammer the identity provider with repeated attempts.',
      'Because the target application never receives the request, its logs are empty during the incident; the ALB access log and the identity provider are the places to look.',
      "Reading the phrase 'Unauthorized' as a problem with the user's credentials sends support down the wrong path; the fault lies in the load balancer's configuration or the provider.",
    ],
    examples: [
      {
        title: 'Identity provider rejects the ALB client credentials',
        request: 'GET /oauth2/idpresponse?code=<authorization-code>&state=<state> HTTP/1.1\nHost: intranet.example.test',
        response: 'HTTP/1.1 561\nContent-Type: text/html\n\n<html><body>561 Unauthorized</body></html>',
        note: 'The identity provider refused the token exchange the ALB made for this callback, so the ALB reported 561.',
      },
    ],
    alternatives: [
      { code: 502, when: 'a gateway received an error or invalid answer from an upstream service it depends on' },
    ],
    related: [502, 401, 403, 460],
    references: [
      fallbackRule,
      albTroubleshooting,
      albAuthenticate,
      { title: 'AWS re:Post knowledge center: troubleshoot ALB authentication errors', url: 'https://repost.aws/knowledge-center/elb-configure-authentication-alb' },
      rfc9110('15.6.3', '502 Bad Gateway'),
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['aws', 'alb', 'oidc', 'cognito', 'identity provider', 'authentication', 'load balancer', 'idp'],
    usedBy: ['AWS Application Load Balancer: "Unauthorized", the identity provider returned an error code during OIDC or Cognito authentication'],
    preferInstead: 502,
  },
];
