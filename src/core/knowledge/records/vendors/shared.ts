import type { Reference } from '../../types';
import { rfc9110 } from '../refs';

// References more than one vendor pack links to. Vendor facts that age carry the date they were
// checked in the prose that states them ("checked 2026-12").

/** RFC 9110 §15: a client treats an unknown code as the x00 of its class. */
export const fallbackRule: Reference = rfc9110('15', 'Status Codes');

export const requestsStatusCodes: Reference = {
  title: 'psf/requests: status_codes.py',
  url: 'https://github.com/psf/requests/blob/main/src/requests/status_codes.py',
};

export const nginxRequestHeader: Reference = {
  title: 'nginx source: ngx_http_request.h (nginx-only status codes)',
  url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
};

export const aspnetStatusCodes: Reference = {
  title: 'ASP.NET Core: StatusCodes class',
  url: 'https://learn.microsoft.com/en-us/dotnet/api/microsoft.aspnetcore.http.statuscodes',
};

export const albTroubleshooting: Reference = {
  title: 'AWS: Troubleshoot your Application Load Balancers (HTTP errors the load balancer generates)',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
};

export const cloudflare5xx: Reference = {
  title: 'Cloudflare: Cloudflare 5xx errors',
  url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/',
};

/** Cloudflare's page for one of its own 5xx codes. */
export function cloudflareError(code: number, title: string): Reference {
  return {
    title: `Cloudflare: Error ${code} (${title})`,
    url: `https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-${code}/`,
  };
}
