import { preparedAheadOn } from './connector-capabilities';
import { FacebookConnector } from './facebook/facebook.connector';
import { InstagramConnector } from './instagram/instagram.connector';
import { XConnector } from './x/x.connector';

describe('platform knowledge behind the connectors', () => {
  it('links follow from the post id where the platform allows', () => {
    const x = new XConnector({} as never, {} as never);
    expect(x.permalinkOf('19', { handle: '@rutan_bengkulu' })).toBe('https://x.com/rutan_bengkulu/status/19');
    expect(x.permalinkOf('19', { handle: null })).toBe('https://x.com/i/web/status/19');
    const fb = new FacebookConnector({} as never, {} as never);
    expect(fb.permalinkOf('100_200')).toBe('https://www.facebook.com/100/posts/200');
    expect(fb.permalinkOf('100')).toBe('https://www.facebook.com/100');
    // Instagram's shortcode is read back after publishing.
    expect(new InstagramConnector({} as never, {} as never).permalinkOf()).toBeNull();
  });

  it('against the sandbox, links open its feed viewer', () => {
    const origin = 'http://127.0.0.1:4010';
    expect(new XConnector({} as never, {} as never, 30_000, origin).permalinkOf('19', { handle: 'a' })).toBe(
      `${origin}/__view/x/19`,
    );
    expect(new FacebookConnector({} as never, {} as never, origin).permalinkOf('100_200')).toBe(
      `${origin}/__view/facebook/100_200`,
    );
  });

  it('Instagram prepares every post ahead; X and Facebook only posts with media', () => {
    expect(preparedAheadOn('instagram', 0)).toBe(true);
    expect(preparedAheadOn('x', 0)).toBe(false);
    expect(preparedAheadOn('x', 1)).toBe(true);
    expect(preparedAheadOn('facebook', 0)).toBe(false);
  });
});
