import { isLoopbackAddress, metricsAccessAllowed } from './metrics-access';

describe('metrics access', () => {
  it('knows loopback in its IPv4, IPv6 and mapped forms, and nothing else', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])
      expect([a, isLoopbackAddress(a)]).toEqual([a, true]);
    for (const a of ['192.0.2.2', '::ffff:10.0.0.1', 'fd00::2', '', null, undefined, '127.0.0.1.evil'])
      expect([a, isLoopbackAddress(a)]).toEqual([a, false]);
  });

  it('lets the same machine in, and others only with the configured token', () => {
    expect(metricsAccessAllowed('127.0.0.1', undefined, null)).toBe(true);
    expect(metricsAccessAllowed('192.0.2.2', undefined, null)).toBe(false);
    expect(metricsAccessAllowed('192.0.2.2', 'Bearer rahasia-metrik', null)).toBe(false);
    expect(metricsAccessAllowed('192.0.2.2', 'Bearer rahasia-metrik', 'rahasia-metrik')).toBe(true);
    expect(metricsAccessAllowed('192.0.2.2', 'Bearer salah', 'rahasia-metrik')).toBe(false);
    expect(metricsAccessAllowed('192.0.2.2', 'rahasia-metrik', 'rahasia-metrik')).toBe(false);
  });
});
