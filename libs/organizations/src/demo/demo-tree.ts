import { OrganizationKind, Role } from '@warta/core';

export interface DemoNode {
  slug: string;
  name: string;
  kind: OrganizationKind;
  timezone: string;
  defaultHashtags: string[];
  settings?: Record<string, unknown>;
  children?: DemoNode[];
}

const BRAND = { brand: { primary: '#0B3D91', secondary: '#F2C94C' } };

function unit(slug: string, name: string, hashtags: string[], timezone = 'Asia/Jakarta'): DemoNode {
  return { slug, name, kind: 'unit', timezone, defaultHashtags: hashtags, settings: BRAND };
}

/** The demo org tree: Ditjen Pemasyarakatan, Kanwil Bengkulu with five units, and a second region to show isolation. */
export const DEMO_TREE: DemoNode = {
  slug: 'ditjenpas',
  name: 'Direktorat Jenderal Pemasyarakatan',
  kind: 'directorate',
  timezone: 'Asia/Jakarta',
  defaultHashtags: ['Pemasyarakatan', 'PemasyarakatanPastiBermanfaat'],
  settings: BRAND,
  children: [
    {
      slug: 'kanwil-bengkulu',
      name: 'Kanwil Ditjenpas Bengkulu',
      kind: 'regional_office',
      timezone: 'Asia/Jakarta',
      defaultHashtags: ['KanwilBengkulu'],
      settings: BRAND,
      children: [
        unit('rutan-bengkulu', 'Rutan Kelas IIB Bengkulu', ['RutanBengkulu']),
        unit('lapas-bengkulu', 'Lapas Kelas IIA Bengkulu', ['LapasBengkulu']),
        unit('lapas-perempuan-bengkulu', 'Lapas Perempuan Kelas III Bengkulu', ['LPPBengkulu']),
        unit('bapas-bengkulu', 'Bapas Kelas II Bengkulu', ['BapasBengkulu']),
        unit('lpka-bengkulu', 'LPKA Kelas II Bengkulu', ['LPKABengkulu']),
      ],
    },
    {
      slug: 'kanwil-sumut',
      name: 'Kanwil Ditjenpas Sumatera Utara',
      kind: 'regional_office',
      timezone: 'Asia/Jakarta',
      defaultHashtags: ['KanwilSumut'],
      settings: BRAND,
      children: [
        unit('lapas-medan', 'Lapas Kelas I Medan', ['LapasMedan']),
        unit('rutan-medan', 'Rutan Kelas I Medan', ['RutanMedan']),
      ],
    },
  ],
};

export interface DemoUser {
  email: string;
  name: string;
  grants: { slug: string; role: Role }[];
}

/** One user per role, demo-only; the README lists them. All use the demo password. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@warta.local', name: 'Admin Warta', grants: [{ slug: 'ditjenpas', role: 'admin' }] },
  {
    email: 'editor.rutan@warta.local',
    name: 'Arsuindo Saputra',
    grants: [{ slug: 'rutan-bengkulu', role: 'editor' }],
  },
  {
    email: 'approver.rutan@warta.local',
    name: 'Kepala Rutan Bengkulu',
    grants: [{ slug: 'rutan-bengkulu', role: 'approver' }],
  },
  {
    email: 'supervisor.bengkulu@warta.local',
    name: 'Humas Kanwil Bengkulu',
    grants: [
      { slug: 'kanwil-bengkulu', role: 'viewer' },
      { slug: 'kanwil-bengkulu', role: 'approver' },
    ],
  },
  {
    email: 'editor.medan@warta.local',
    name: 'Humas Lapas Medan',
    grants: [{ slug: 'lapas-medan', role: 'editor' }],
  },
];
