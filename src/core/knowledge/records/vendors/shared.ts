import type { Reference } from '../../types';
import { rfc9110 } from '../refs';

// References the vendor packs (records/vendors/<pack>.ts) share. None of their codes is in the IANA
// registry: each record says who sends the code, how a standard client reads it (RFC 9110 §15: an
// unknown code counts as the x00 of its class) and which registered code to use instead.

export const fallbackRule = rfc9110('15', 'Status Codes');
export const nginxErrorPage = {
  title: 'nginx: error_page directive (ngx_http_core_module)',
  url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#error_page',
};
export const nginxSslErrors = {
  title: 'nginx: error processing in ngx_http_ssl_module (495, 496, 497)',
  url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
};
export const nginxRequestHeader = {
  title: 'nginx source: ngx_http_request.h (nginx-only status codes)',
  url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
};
export const cloudflare5xx = {
  title: 'Cloudflare: Cloudflare 5xx errors',
  url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/',
};
export const albTroubleshooting = {
  title: 'AWS: Troubleshoot your Application Load Balancers',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
};
export const requestsStatusCodes = {
  title: 'psf/requests: status_codes.py',
  url: 'https://github.com/psf/requests/blob/main/src/requests/status_codes.py',
};

export const aspnetStatusCodes: Reference = {
  title: 'ASP.NET Core: StatusCodes class',
  url: 'https://learn.microsoft.com/en-us/dotnet/api/microsoft.aspnetcore.http.statuscodes',
};

/** Cloudflare's page for one of its own 5xx codes. */
export function cloudflareError(code: number, title: string): Reference {
  return {
    title: `Cloudflare: Error ${code} (${title})`,
    url: `https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-${code}/`,
  };
}
