import { FixedClock } from '@warta/core';
import { createConnectorRegistry } from './connectors.factory';
import { PublishMedia } from './social-connector';

/** validate() is pure: these run without a sandbox, and the origins below are never contacted. */
const registry = createConnectorRegistry(
  {
    xApiOrigin: 'http://127.0.0.1:9',
    graphOrigin: 'http://127.0.0.1:9',
    xClientId: 'c',
    xClientSecret: 's',
    facebookAppId: 'a',
    facebookAppSecret: 's',
    usingSandbox: true,
  },
  new FixedClock(),
);
const img = (n = 1): PublishMedia[] =>
  Array.from({ length: n }, (_, i) => ({ kind: 'image' as const, url: `http://127.0.0.1:9/${i}.jpg` }));
const codes = (p: { code: string }[]) => p.map((x) => x.code);

describe('X validate (twitter-text weighting, media rules)', () => {
  const x = registry.connector('x');
  it.each([
    ['日'.repeat(140), true],
    ['日'.repeat(141), false],
    ['a'.repeat(280), true],
    ['a'.repeat(281), false],
    [`${'a'.repeat(256)} https://example.com/very/long/path/that/counts/as/twenty-three`, true],
  ])('%#: weighted length decides', (text, ok) => {
    expect(codes(x.validate({ text, media: [] })).includes('text_too_long')).toBe(!ok);
  });
  it('counts the link, which X carries inside the text', () => {
    const link = 'https://kemenkumham.go.id/berita/rutan-bengkulu';
    expect(x.validate({ text: 'a'.repeat(256), media: [], link })).toEqual([]);
    expect(codes(x.validate({ text: 'a'.repeat(257), media: [], link }))).toContain('text_too_long');
  });
  it('needs text or media, at most 4 images, no mixing', () => {
    expect(codes(x.validate({ text: '', media: [] }))).toContain('text_or_media_required');
    expect(codes(x.validate({ text: 'ok', media: img(5) }))).toContain('too_many_media');
    expect(
      codes(
        x.validate({ text: 'ok', media: [...img(1), { kind: 'video', url: 'http://127.0.0.1:9/v.mp4' }] }),
      ),
    ).toContain('media_mixed');
    expect(x.validate({ text: 'ok', media: img(4) })).toEqual([]);
  });
});

describe('Instagram validate (caption limits, media required)', () => {
  const ig = registry.connector('instagram');
  it('refuses text-only posts and over-long captions, hashtags and mentions', () => {
    expect(codes(ig.validate({ text: 'hanya teks', media: [] }))).toContain('media_required');
    expect(codes(ig.validate({ text: 'a'.repeat(2201), media: img() }))).toContain('text_too_long');
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ');
    expect(codes(ig.validate({ text: tags, media: img() }))).toContain('too_many_hashtags');
    const mentions = Array.from({ length: 21 }, (_, i) => `@user${i}`).join(' ');
    expect(codes(ig.validate({ text: mentions, media: img() }))).toContain('too_many_mentions');
    expect(codes(ig.validate({ text: 'ok', media: img(11) }))).toContain('too_many_media');
    expect(ig.validate({ text: '#RutanBengkulu', media: img(10) })).toEqual([]);
  });
});

describe('Facebook validate', () => {
  const fb = registry.connector('facebook');
  it('accepts a link alone, refuses empty posts and videos', () => {
    expect(fb.validate({ text: '', media: [], link: 'https://kemenkumham.go.id' })).toEqual([]);
    expect(codes(fb.validate({ text: '', media: [] }))).toContain('text_or_media_required');
    expect(
      codes(fb.validate({ text: 'v', media: [{ kind: 'video', url: 'http://127.0.0.1:9/v.mp4' }] })),
    ).toContain('media_kind');
  });
});
