import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { request as httpRequest, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { isPrivateAddress } from './webhook-url';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** status: the receiver's HTTP status, null when there was none (refused, timeout, DNS...). */
export interface WebhookResponse {
  status: number | null;
  error: string | null;
}

/**
 * The side-effect boundary that POSTs one webhook. Redirects are not followed (a 3xx is a failure),
 * the answer's body is drained and ignored, and the whole exchange is bounded by
 * config.publishing.webhookTimeoutMs. In production every address a name resolves to is checked at
 * connect time, so a public name pointing at a private address (DNS rebinding) is refused too.
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async post(req: WebhookRequest): Promise<WebhookResponse> {
    const timeoutMs = this.config.publishing.webhookTimeoutMs;
    const blockPrivate = this.config.notifications.blockPrivateWebhookHosts;
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return { status: null, error: 'invalid url' };
    }
    // A literal IP never goes through the lookup below.
    if (blockPrivate && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ''))) {
      return { status: null, error: `webhook host ${url.hostname} is a private address` };
    }
    const options: RequestOptions = {
      method: 'POST',
      headers: { ...req.headers, 'Content-Length': String(Buffer.byteLength(req.body)) },
      lookup: blockPrivate ? publicOnlyLookup : undefined,
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<WebhookResponse>((resolve) => {
      let settled = false;
      const done = (r: WebhookResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(r);
      };
      const request = send(url, options, (res) => {
        res.resume();
        res.on('end', () => done({ status: res.statusCode ?? null, error: null }));
        res.on('error', (e) => done({ status: res.statusCode ?? null, error: e.message }));
      });
      const timer = setTimeout(() => {
        done({ status: null, error: `timeout after ${timeoutMs} ms` });
        request.destroy();
      }, timeoutMs);
      request.on('error', (e) => done({ status: null, error: e.message }));
      request.end(req.body);
    });
  }
}

/** dns.lookup that refuses loopback/private/link-local answers, checked on the address actually used. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad || !addresses.length) {
      return callback(new Error(`webhook host ${hostname} resolves to a private address`), '', 0);
    }
    if ((options as { all?: boolean }).all) {
      (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    } else callback(null, addresses[0].address, addresses[0].family);
  });
};
