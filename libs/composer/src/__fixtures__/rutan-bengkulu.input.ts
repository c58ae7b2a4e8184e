import type { ComposeInput } from '../composer.types';
import fixture from './rutan-bengkulu-kehumasan.json';

/**
 * The Rutan Bengkulu release (a real humas text: dateline, officials, long quotes, no link, no photo)
 * as the composer receives it, with node settings a Kanwil admin would plausibly configure.
 */
export const rutanBengkuluInput: ComposeInput = {
  release: {
    title: fixture.title,
    body: fixture.body,
    language: 'id',
    publishedAt: fixture.published,
    hashtags: ['Humas Pemasyarakatan', 'kemenkumhambengkulu'],
  },
  node: {
    name: fixture.unit,
    timezone: 'Asia/Jakarta',
    defaultHashtags: ['#KemenkumhamBengkulu', 'Pemasyarakatan Pasti Bermanfaat'],
    mentions: {
      Kemenkumham: { x: '@Kemenkumham_RI', instagram: '@kemenkumhamri' },
      Ditjenpas: { x: '@ditjenpas', instagram: '@ditjenpas' },
    },
    brand: { primary: '#0B2E59', secondary: '#C9A227' },
  },
};
