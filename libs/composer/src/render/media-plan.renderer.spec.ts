import type { MediaPlan, TitleCardMediaPlan } from '../composer.types';
import type { ImageRenderer, RenderedImage, SourceLoader } from './image-renderer';
import { MediaPlanRenderer } from './media-plan.renderer';
import type { PaddedRenditionSpec } from './padded-rendition.renderer';

class RecordingRenderer<T> implements ImageRenderer<T> {
  readonly calls: T[] = [];
  constructor(private readonly label: string) {}
  async render(spec: T): Promise<RenderedImage> {
    this.calls.push(spec);
    const buffer = Buffer.from(this.label);
    return { buffer, mime: 'image/jpeg', width: 1, height: 1, bytes: buffer.length };
  }
}

class MapLoader implements SourceLoader {
  constructor(private readonly files: Map<string, Buffer>) {}
  async load(id: string): Promise<Buffer> {
    const file = this.files.get(id);
    if (!file) throw new Error(`no such asset ${id}`);
    return file;
  }
}

describe('MediaPlanRenderer', () => {
  const cards = new RecordingRenderer<TitleCardMediaPlan>('card');
  const padded = new RecordingRenderer<PaddedRenditionSpec>('padded');
  const renderer = new MediaPlanRenderer(
    cards,
    padded,
    new MapLoader(new Map([['src', Buffer.from('photo')]])),
  );

  it('sends originals unchanged, renders cards, and loads the source for padded renditions', async () => {
    const original: MediaPlan = {
      kind: 'original',
      sourceId: 'src',
      mediaKind: 'image',
      mime: 'image/jpeg',
      bytes: 1,
      width: 1,
      height: 1,
    };
    expect(await renderer.render(original)).toBeNull();

    const padPlan: MediaPlan = {
      kind: 'padded',
      reason: 'aspect_ratio',
      sourceId: 'src',
      targetWidth: 1440,
      targetHeight: 1800,
      background: { type: 'blur' },
    };
    expect((await renderer.render(padPlan))?.buffer.toString()).toBe('padded');
    expect(padded.calls).toEqual([
      { source: Buffer.from('photo'), targetWidth: 1440, targetHeight: 1800, background: { type: 'blur' } },
    ]);

    const card: TitleCardMediaPlan = {
      kind: 'title_card',
      width: 1080,
      height: 1350,
      unitName: 'U',
      title: 'T',
      brand: { primary: '#000', secondary: '#fff' },
      altText: 'a',
    };
    expect((await renderer.render(card))?.buffer.toString()).toBe('card');
    expect(cards.calls).toEqual([card]);
  });
});
