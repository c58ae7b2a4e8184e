import { nodeSettingsFrom } from './node-settings.mapper';

const node = (settings: unknown) => ({
  name: 'Rutan Kelas IIB Bengkulu',
  timezone: 'Asia/Jakarta',
  defaultHashtags: ['RutanBengkulu'],
  settings,
});

describe('nodeSettingsFrom', () => {
  it('carries brand, mentions per platform and the link-in-bio line', () => {
    expect(
      nodeSettingsFrom(
        node({
          brand: { primary: '#0B3D91', secondary: '#F2C94C' },
          mentions: { Kemenkumham: { x: '@Kemenkumham_RI', instagram: '@kemenkumhamri', tiktok: '@x' } },
          linkInBioText: '  Selengkapnya: link di bio  ',
        }),
      ),
    ).toEqual({
      name: 'Rutan Kelas IIB Bengkulu',
      timezone: 'Asia/Jakarta',
      defaultHashtags: ['RutanBengkulu'],
      brand: { primary: '#0B3D91', secondary: '#F2C94C' },
      mentions: { Kemenkumham: { x: '@Kemenkumham_RI', instagram: '@kemenkumhamri' } },
      linkInBioText: 'Selengkapnya: link di bio',
    });
  });

  it('ignores malformed admin-edited settings instead of trusting them', () => {
    expect(
      nodeSettingsFrom(node({ brand: 'blue', mentions: { Kemenkumham: 'handle' }, linkInBioText: 42 })),
    ).toEqual({
      name: 'Rutan Kelas IIB Bengkulu',
      timezone: 'Asia/Jakarta',
      defaultHashtags: ['RutanBengkulu'],
      mentions: {},
    });
    expect(nodeSettingsFrom(node(null)).brand).toBeUndefined();
  });

  it('reads a node without default hashtags (the web app sees what the api serves)', () => {
    expect(nodeSettingsFrom({ name: 'Unit', timezone: 'Asia/Makassar', defaultHashtags: null })).toEqual({
      name: 'Unit',
      timezone: 'Asia/Makassar',
      defaultHashtags: [],
    });
  });
});
