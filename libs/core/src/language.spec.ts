import { languageFromHeader } from './language';
import { renderMessage } from './messages';

describe('languageFromHeader', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['fr-FR, en;q=0.5', 'en'],
    ['en;q=0.2, id;q=0.8', 'id'],
    ['de', 'id'],
    ['garbage;;;q=x', 'id'],
  ])('%p -> %p', (header, lang) => {
    expect(languageFromHeader(header)).toBe(lang);
  });
});

describe('renderMessage', () => {
  it('fills placeholders in the requested language', () => {
    expect(renderMessage('LOGIN_THROTTLED', 'id', { retryAfterSeconds: 60 })).toContain('60 detik');
    expect(renderMessage('LOGIN_THROTTLED', 'en', { retryAfterSeconds: 60 })).toContain('60 seconds');
  });
  it('falls back to a generic message for an unknown code', () => {
    expect(renderMessage('NO_SUCH_CODE', 'en')).toBe('The data sent is not valid.');
  });
});
