/**
 * Composer benchmark (a plain script, not a test):
 *   node -r ./scripts/register.js bench/composer/composer.bench.ts
 * Prints releases composed per second (X + Facebook + Instagram, no image rendering) and title-card
 * render time. Targets on the 2-core build machine: >= 1,000 releases/s and <= 150 ms per card.
 */
import { performance } from 'node:perf_hooks';
import {
  composeRelease,
  TitleCardRenderer,
  type ComposeInput,
  type TitleCardMediaPlan,
} from '@warta/composer';
import { rutanBengkuluInput } from '../../libs/composer/src/__fixtures__/rutan-bengkulu.input';

const COMPOSE_SECONDS = Number(process.argv[2] ?? 4);
const CARD_RENDERS = Number(process.argv[3] ?? 40);

/** A realistic mix: the long Rutan release (4,400 characters) and a short one with a link and photos. */
function workload(): ComposeInput[] {
  const shortRelease: ComposeInput = {
    release: {
      title: 'Lapas Bengkulu Serahkan Remisi HUT RI ke-79 kepada 312 Warga Binaan',
      body:
        'BENGKULU, INFO_PAS - Lapas Kelas IIA Bengkulu menyerahkan remisi umum kepada 312 warga binaan, Sabtu (17/8) pukul 09.00 WIB. ' +
        'Penyerahan dilakukan oleh Kepala Kanwil Kemenkumham Bengkulu, Dr. Budi Santoso, S.H., M.H. didampingi jajaran.\n\n' +
        '“Remisi adalah hak warga binaan yang berkelakuan baik,” ujar Budi. Sebanyak 5 orang langsung bebas.',
      link: 'https://bengkulu.kemenkumham.go.id/berita/remisi-hut-ri-79',
      hashtags: ['Remisi HUT RI', 'kemenkumham bengkulu'],
      media: [
        {
          id: 'p1',
          kind: 'image',
          mime: 'image/jpeg',
          bytes: 1_200_000,
          width: 1600,
          height: 1200,
          altText: 'Penyerahan remisi',
        },
        {
          id: 'p2',
          kind: 'image',
          mime: 'image/jpeg',
          bytes: 900_000,
          width: 1080,
          height: 1920,
          altText: 'Warga binaan',
        },
      ],
      publishedAt: '2024-08-17T10:00:00+07:00',
    },
    node: rutanBengkuluInput.node,
  };
  return [rutanBengkuluInput, shortRelease];
}

function benchCompose(inputs: ComposeInput[]): { perSecond: number; runs: number } {
  for (let i = 0; i < 300; i++) composeRelease(inputs[i % inputs.length]); // warm-up (JIT)
  let runs = 0;
  const started = performance.now();
  const deadline = started + COMPOSE_SECONDS * 1000;
  while (performance.now() < deadline) {
    for (const input of inputs) composeRelease(input);
    runs += inputs.length;
  }
  return { perSecond: runs / ((performance.now() - started) / 1000), runs };
}

async function benchTitleCards(): Promise<{ mean: number; p95: number; max: number }> {
  const plan = composeRelease(rutanBengkuluInput, 'id').variants.find((v) => v.platform === 'instagram')
    ?.media[0];
  if (!plan || plan.kind !== 'title_card')
    throw new Error('expected a title card plan for the Rutan release');
  const renderer = new TitleCardRenderer();
  for (let i = 0; i < 3; i++) await renderer.render(plan); // warm-up: font cache, libvips threads
  const times: number[] = [];
  for (let i = 0; i < CARD_RENDERS; i++) {
    const card: TitleCardMediaPlan = { ...plan, title: `${plan.title} ${i}` };
    const t0 = performance.now();
    await renderer.render(card);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return {
    mean,
    p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)],
    max: times[times.length - 1],
  };
}

async function main(): Promise<void> {
  const compose = benchCompose(workload());
  const long = benchCompose([rutanBengkuluInput]);
  const thread = benchCompose(workload().map((input) => ({ ...input, options: { xThread: true } })));
  const cards = await benchTitleCards();
  const ok = (pass: boolean) => (pass ? 'OK' : 'BELOW TARGET');
  console.log(
    `compose: ${compose.perSecond.toFixed(0)} releases/s (X + Facebook + Instagram, mixed long/short releases, ${compose.runs} composed) [target >= 1000: ${ok(compose.perSecond >= 1000)}]`,
  );
  console.log(`compose, long release only: ${long.perSecond.toFixed(0)} releases/s`);
  console.log(
    `compose with X as a numbered thread: ${thread.perSecond.toFixed(0)} releases/s (informational)`,
  );
  console.log(
    `title card: mean ${cards.mean.toFixed(1)} ms, p95 ${cards.p95.toFixed(1)} ms, max ${cards.max.toFixed(1)} ms over ${CARD_RENDERS} renders [target <= 150: ${ok(cards.p95 <= 150)}]`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
