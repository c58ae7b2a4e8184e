/** A rendered JPEG ready to store as a rendition and hand to a platform. */
export interface RenderedImage {
  buffer: Buffer;
  mime: 'image/jpeg';
  width: number;
  height: number;
  bytes: number;
}

/**
 * The one side effect composing needs: turning a media plan into pixels. Composing returns plans;
 * libs/media (or a test) chooses the renderer, so the composer stays pure and fast.
 */
export interface ImageRenderer<TSpec> {
  render(spec: TSpec): Promise<RenderedImage>;
}

/** Reads an asset's bytes by id: storage in production, a Map in tests. */
export interface SourceLoader {
  load(sourceId: string): Promise<Buffer>;
}
