import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// The component tests run beside the integration and browser tiers on a 2-core machine: a page's
// first render (Mantine, the query client) can take over the default 1 s to appear there.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks what Mantine measures with; these are the stand-ins Mantine's own docs give for jest.
Object.assign(globalThis, { TextEncoder, TextDecoder });
const { getComputedStyle } = window;
window.getComputedStyle = (elt: Element) => getComputedStyle(elt);
window.HTMLElement.prototype.scrollIntoView = () => undefined;
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserver;

// jsdom has no fetch: lend the test window Node's own (the app's api client builds Request objects),
// with relative URLs resolved against the page as a browser does. Tests fake the network with
// jest.spyOn(globalThis, 'fetch').
import { runInThisContext } from 'node:vm';
const node = runInThisContext('globalThis') as typeof globalThis;
class PageRequest extends node.Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href).href : input, init);
  }
}
Object.assign(globalThis, {
  fetch: node.fetch,
  Request: PageRequest,
  Response: node.Response,
  Headers: node.Headers,
});
