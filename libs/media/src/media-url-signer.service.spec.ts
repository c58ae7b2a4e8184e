import { loadConfig } from '@warta/config';
import { FixedClock } from '@warta/core';
import { MediaUrlSigner } from './media-url-signer.service';

describe('MediaUrlSigner', () => {
  const config = loadConfig({
    PUBLIC_URL: 'https://warta.example.go.id',
    MEDIA_SIGNED_URL_TTL_SECONDS: '600',
  });
  const clock = new FixedClock(new Date('2026-11-28T00:00:00Z'));
  const signer = new MediaUrlSigner(config, clock);
  const id = '6f1c2f8e-4a5b-4c3d-9e8f-0a1b2c3d4e5f';

  const parts = (url: string) => {
    const u = new URL(url);
    return { path: u.pathname, exp: u.searchParams.get('exp')!, sig: u.searchParams.get('sig')! };
  };

  it('signs a URL on the public origin that verifies until it expires', () => {
    const signed = signer.sign(id, 'title_card');
    const { path, exp, sig } = parts(signed.url);
    expect(signed.url.startsWith('https://warta.example.go.id/media-public/')).toBe(true);
    expect(path).toBe(`/media-public/${id}/title_card`);
    expect(signed.expiresAt).toBe('2026-11-28T00:10:00.000Z');
    expect(signer.verify(id, 'title_card', exp, sig)).toBe(true);
    clock.advance(600_000);
    expect(signer.verify(id, 'title_card', exp, sig)).toBe(true);
    clock.advance(1_000);
    expect(signer.verify(id, 'title_card', exp, sig)).toBe(false);
    clock.set(new Date('2026-11-28T00:00:00Z'));
  });

  it('binds the signature to id, variant and expiry', () => {
    const { exp, sig } = parts(signer.sign(id, 'original').url);
    expect(signer.verify(id.replace('6f', '7f'), 'original', exp, sig)).toBe(false);
    expect(signer.verify(id, 'instagram_padded', exp, sig)).toBe(false);
    expect(signer.verify(id, 'original', String(Number(exp) + 60), sig)).toBe(false);
    expect(signer.verify(id, 'original', exp, undefined)).toBe(false);
    expect(signer.verify(id, 'original', '1e12', sig)).toBe(false);
  });

  it('a URL signed with another secret does not verify', () => {
    const other = new MediaUrlSigner(loadConfig({ MEDIA_SIGNING_SECRET: 'x'.repeat(40) }), clock);
    const { exp, sig } = parts(other.sign(id, 'original').url);
    expect(signer.verify(id, 'original', exp, sig)).toBe(false);
  });
});
