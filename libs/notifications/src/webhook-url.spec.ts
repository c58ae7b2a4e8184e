import { DomainError } from '@warta/core';
import { isPrivateAddress, redactWebhookUrl, validateWebhookUrl } from './webhook-url';

const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.code : 'not a DomainError';
  }
};

describe('webhook URLs', () => {
  it('accepts http(s) URLs and normalises them', () => {
    expect(validateWebhookUrl(' https://Humas.Example.go.id/hook?x=1 ', true)).toBe(
      'https://humas.example.go.id/hook?x=1',
    );
    expect(validateWebhookUrl('http://127.0.0.1:8080/hook', false)).toBe('http://127.0.0.1:8080/hook');
  });

  it('refuses other schemes, credentials and garbage', () => {
    for (const bad of [
      'ftp://example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'not a url',
      '',
      'https://u:p@example.com/',
    ]) {
      expect(codeOf(() => validateWebhookUrl(bad, false))).toBe('WEBHOOK_URL_INVALID');
    }
    expect(codeOf(() => validateWebhookUrl(`https://example.com/${'a'.repeat(2000)}`, false))).toBe(
      'WEBHOOK_URL_INVALID',
    );
  });

  it('in production refuses loopback, private, link-local and numeric tricks; elsewhere allows them', () => {
    for (const bad of [
      'http://localhost/hook',
      'http://api.localhost/hook',
      'http://127.0.0.1/hook',
      'http://2130706433/hook', // 127.0.0.1 as one number
      'http://0x7f.1/hook',
      'http://10.1.2.3/',
      'http://172.20.0.1/',
      'http://192.168.1.10/',
      'http://169.254.169.254/latest/meta-data',
      'http://100.64.0.1/',
      'http://0.0.0.0/',
      'http://[::1]/',
      'http://[fd00::1]/',
      'http://[fe80::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:7f00:1]/', // the same, as the URL parser writes it
      'http://[::ffff:a9fe:a9fe]/', // 169.254.169.254 mapped
      'http://[::127.0.0.1]/', // IPv4-compatible (deprecated)
      'http://[::a00:1]/',
      'http://[64:ff9b::7f00:1]/', // NAT64 to 127.0.0.1
      'http://[64:ff9b::a9fe:a9fe]/', // NAT64 to the metadata address
      'http://[64:ff9b::808:808]/', // NAT64 to a public address: the whole range is refused
      'http://[64:ff9b:1::a00:1]/', // local-use NAT64
      'http://[2002:7f00:1::]/', // 6to4 of 127.0.0.1
      'http://[2002:c0a8:101::1]/', // 6to4 of 192.168.1.1
      'http://[2002:808:808::1]/', // 6to4 of a public address: the whole range is refused
      'http://[fec0::1]/', // site-local
      'http://[feff::1]/',
      'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', // Teredo
    ]) {
      expect([bad, codeOf(() => validateWebhookUrl(bad, true))]).toEqual([bad, 'WEBHOOK_URL_PRIVATE']);
      expect(codeOf(() => validateWebhookUrl(bad, false))).toBeNull();
    }
    expect(codeOf(() => validateWebhookUrl('https://8.8.8.8/', true))).toBeNull();
    expect(codeOf(() => validateWebhookUrl('https://[2001:4860:4860::8888]/', true))).toBeNull();
  });

  it('classifies resolved addresses', () => {
    expect(isPrivateAddress('127.0.0.53')).toBe(true);
    expect(isPrivateAddress('::ffff:10.0.0.1')).toBe(true);
    expect(isPrivateAddress('::ffff:a00:1')).toBe(true);
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('::ffff:0808:0808')).toBe(false);
    expect(isPrivateAddress('0:0:0:0:0:ffff:7f00:1')).toBe(true);
    expect(isPrivateAddress('64:ff9b::10.0.0.1')).toBe(true);
    expect(isPrivateAddress('2002:0a00:0001::')).toBe(true);
    expect(isPrivateAddress('fec0:0:0:1::5')).toBe(true);
    expect(isPrivateAddress('fe80::1%eth0')).toBe(true);
    expect(isPrivateAddress('203.0.113.7')).toBe(false);
    expect(isPrivateAddress('2606:4700::1111')).toBe(false);
    expect(isPrivateAddress('example.com')).toBe(false);
  });

  it('redacts the query of a URL for audit and logs', () => {
    expect(redactWebhookUrl('https://example.com/hook?token=abc')).toBe('https://example.com/hook?…');
    expect(redactWebhookUrl('https://example.com/hook')).toBe('https://example.com/hook');
  });
});
