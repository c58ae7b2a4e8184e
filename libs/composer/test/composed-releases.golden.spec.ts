import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeRelease } from '../src/compose-release';
import type { ComposeInput } from '../src/composer.types';
import { factCheck } from '../src/facts/fact-checker';
import { weightedLength } from '../src/text/tweet-length';
import { X_POSTS } from './fixtures/releases/x-posts.golden';

/**
 * Golden checks on releases written in the style of Lapas, Rutan and Kanim humas units (composed
 * samples, see each file's `source`): the X post uses its room and ends on a whole sentence, a cut
 * Instagram caption says where the rest is, the title card carries the event's day, and the fact
 * check accepts the short forms releases use while still flagging a changed number or name.
 */
interface Fixture {
  source: string;
  unit: string;
  published: string;
  title: string;
  body: string;
  link?: string;
  expect: { eventDate: string; shortForms: string[]; changedFacts: [string, string][] };
}

const dir = join(__dirname, 'fixtures', 'releases');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture) }));

const inputOf = (f: Fixture, publishedAt = f.published): ComposeInput => ({
  release: { title: f.title, body: f.body, link: f.link, language: 'id', publishedAt },
  node: {
    name: f.unit,
    timezone: 'Asia/Jakarta',
    defaultHashtags: ['#PemasyarakatanPastiBermanfaat', '#KemenimipasBengkulu'],
  },
});

describe.each(fixtures)('composed sample $file', (f) => {
  it('says it is a composed sample, with no invented source URL', () => {
    expect(f.source).toMatch(/^Composed sample modeled on public .* releases; not a collected release/);
    expect(f.source).not.toMatch(/https?:\/\//);
  });

  const variants = Object.fromEntries(composeRelease(inputOf(f), 'id').variants.map((v) => [v.platform, v]));

  it('X: the golden post, within 280, ending on a whole sentence (or the link / hashtags), nothing invented', () => {
    const x = variants.x;
    expect(x.text).toBe(X_POSTS[f.file]);
    expect(weightedLength(x.text)).toBeLessThanOrEqual(280);
    const prose = x.text.split('\n\n')[0];
    expect(prose).toMatch(/[.!?”]$/);
    expect(prose.endsWith('…')).toBe(false);
    if (f.link) expect(x.text).toContain(f.link);
    expect(factCheck({ title: f.title, body: f.body, link: f.link }, x.text).differences).toEqual([]);
  });

  it('Instagram: a caption cut to fit says where the rest is', () => {
    const ig = variants.instagram;
    expect(ig.text.length).toBeLessThanOrEqual(2200);
    const cut = ig.notes.some((n) => n.code === 'CAPTION_TRUNCATED');
    if (cut || f.link) expect(ig.text).toContain('Selengkapnya: link di bio');
  });

  it('the title card carries the day of the event, even for a release typed weeks later', () => {
    const late = new Date(new Date(f.published).getTime() + 40 * 86_400_000).toISOString();
    const ig = composeRelease({ ...inputOf(f, late), platforms: ['instagram'] }, 'id').variants[0];
    const card = ig.media.find((m) => m.kind === 'title_card');
    const expected = new Date(`${f.expect.eventDate}T12:00:00+07:00`);
    const label = new Intl.DateTimeFormat('id-ID', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Asia/Jakarta',
    }).format(expected);
    expect(card).toMatchObject({ dateLabel: label.replace(/^(\p{L}+) /u, '$1, ') });
  });

  it('the fact check accepts the short forms and still flags a changed number or name', () => {
    const release = { title: f.title, body: f.body, link: f.link };
    for (const text of f.expect.shortForms)
      expect([text, factCheck(release, text).differences]).toEqual([text, []]);
    for (const [text, flagged] of f.expect.changedFacts)
      expect(factCheck(release, text).differences.map((d) => d.value)).toContain(flagged);
  });
});
