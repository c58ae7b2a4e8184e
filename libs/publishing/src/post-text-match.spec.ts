import { sameText } from './post-text-match';

describe('sameText (reconciling an unknown send)', () => {
  it('matches the post the platform shows despite rewritten links and spacing', () => {
    const sent = 'Rutan Bengkulu gelar bakti sosial.\n\nhttps://rutanbengkulu.go.id/berita/1 #Humas';
    expect(sameText(sent, 'Rutan Bengkulu gelar bakti sosial. https://t.co/abc123 #Humas')).toBe(true);
    expect(sameText(sent, '  rutan bengkulu gelar bakti sosial.  #humas ')).toBe(true);
  });

  it('does not match other words, an empty text or nothing', () => {
    expect(sameText('Bakti sosial hari ini #Humas', 'Bakti sosial kemarin #Humas')).toBe(false);
    expect(sameText('https://only.link/x', 'https://only.link/x')).toBe(false);
    expect(sameText('Teks', null)).toBe(false);
  });
});
