import { screen, within } from '@testing-library/react';
import { composeRelease, type ComposedVariant } from '@warta/composer';
import fixture from '../../../../../../libs/composer/src/__fixtures__/rutan-bengkulu-kehumasan.json';
import { renderWithApp } from '../../../../test/render';
import { previewInput } from '../preview/preview-input';
import { PreviewPanel } from './PreviewPanel';
import { FacebookPreview } from './FacebookPreview';
import { XPreview } from './XPreview';

const account = { displayName: 'Humas Rutan Kelas IIB Bengkulu', handle: 'rutan_bengkulu' };
const node = {
  name: 'Rutan Kelas IIB Bengkulu',
  timezone: 'Asia/Jakarta',
  defaultHashtags: ['RutanBengkulu'],
  settings: {},
};
const now = new Date('2026-12-06T03:00:00Z');

function counterOf(part: HTMLElement) {
  const counter = part.querySelector<HTMLElement>('[data-counter-state]')!;
  const curve = counter.querySelectorAll('circle')[1] as SVGElement;
  return { counter, colour: curve.style.getPropertyValue('--curve-color') };
}

function panel(variants: ComposedVariant[]) {
  return renderWithApp(
    <PreviewPanel
      variants={variants}
      accounts={[]}
      fallbackName={node.name}
      imageFor={() => null}
      highlight={null}
      onProblem={() => undefined}
    />,
  );
}

describe('X preview', () => {
  it('counts the weighted length and turns the ring red, with words, over 280', () => {
    const { rerender } = renderWithApp(<XPreview account={account} text={'a'.repeat(200)} />);
    let { counter, colour } = counterOf(screen.getByTestId('x-part'));
    expect(counter).toHaveTextContent('200/280');
    expect(counter).toHaveAttribute('data-counter-state', 'ok');
    expect(colour).toContain('blue');

    rerender(<XPreview account={account} text={'a'.repeat(270)} />);
    ({ counter, colour } = counterOf(screen.getByTestId('x-part')));
    expect(counter).toHaveTextContent('270/280');
    expect(colour).toContain('orange');

    // Weighted as X does: an emoji weighs 2 and any link 23, so 270 + 1 + 2 + 1 + 23 = 297.
    rerender(<XPreview account={account} text={`${'a'.repeat(270)} 😀 https://example.go.id/berita`} />);
    ({ counter, colour } = counterOf(screen.getByTestId('x-part')));
    expect(counter).toHaveTextContent('297/280');
    expect(counter).toHaveAttribute('data-counter-state', 'over');
    expect(counter).toHaveAccessibleName('297 dari 280 karakter, lebih 17');
    expect(colour).toContain('red');
  });

  it('numbers the parts of a thread, each with its own counter', () => {
    const { variants } = composeRelease(
      previewInput(node, { title: fixture.title, body: fixture.body, options: { xThread: true } }, now),
      'id',
    );
    panel(variants);
    const parts = screen.getAllByTestId('x-part');
    const total = variants[0].thread!.length;
    expect(total).toBeGreaterThan(5);
    expect(parts).toHaveLength(total);
    expect(within(parts[0]).getByText(`Bagian 1 dari ${total}`)).toBeInTheDocument();
    expect(within(parts[total - 1]).getByText(`Bagian ${total} dari ${total}`)).toBeInTheDocument();
    for (const part of parts)
      expect(counterOf(part).counter).not.toHaveAttribute('data-counter-state', 'over');
  });

  it('shows the hashtags the composer left out of X, and why', () => {
    const { variants } = composeRelease(
      previewInput(
        node,
        {
          title: fixture.title,
          body: fixture.body,
          hashtags: [
            'Humas Pemasyarakatan',
            'Kemenkumham Bengkulu',
            'Pemasyarakatan Pasti Bermanfaat',
            'Ditjenpas',
          ],
        },
        now,
      ),
      'id',
    );
    panel(variants);
    const dropped = screen.getByTestId('x-dropped-hashtags');
    expect(dropped).toHaveTextContent(/Tagar yang tidak diikutkan: .*#Ditjenpas/);
    expect(dropped).toHaveTextContent('tidak diikutkan (batas platform atau tidak muat)');
    // Facebook and Instagram keep them all.
    expect(screen.getByRole('region', { name: 'Pratinjau Facebook' })).toHaveTextContent('#Ditjenpas');
  });

  it('draws the planned Instagram title card (unit, title, date) and says so', () => {
    const { variants } = composeRelease(
      previewInput(node, { title: fixture.title, body: fixture.body }, now),
      'id',
    );
    const ig = variants.find((v) => v.platform === 'instagram')!;
    renderWithApp(
      <PreviewPanel
        variants={[ig]}
        accounts={[]}
        fallbackName={node.name}
        imageFor={(v) =>
          v.media[0]?.kind === 'title_card' ? { plan: v.media[0], width: 1080, height: 1350 } : null
        }
        highlight={null}
        onProblem={() => undefined}
      />,
    );
    const card = screen.getByRole('img', { name: /^Kartu judul:/ });
    expect(card).toHaveTextContent(node.name);
    // The event's own date, read from the release ("Selasa (15/10)"), not the day it was written.
    expect(card).toHaveTextContent('Selasa, 15 Oktober 2024');
    expect(screen.getByText(/kartu judul akan dibuat untuk Instagram/)).toBeInTheDocument();
  });
});

describe('the chosen photo in the X and Facebook previews', () => {
  const photo = { url: 'blob:senam', width: 1600, height: 900, alt: 'Senam pagi di lapangan Rutan' };

  it('puts the photo under the first part of an X thread only', () => {
    renderWithApp(
      <XPreview account={account} text="Bagian satu" thread={['Bagian satu', 'Bagian dua']} photo={photo} />,
    );
    const [first, second] = screen.getAllByTestId('x-part');
    expect(within(first!).getByRole('img', { name: photo.alt })).toBeInTheDocument();
    expect(within(second!).queryByRole('img', { name: photo.alt })).toBeNull();
  });

  it('shows the photo on Facebook instead of the link card', () => {
    renderWithApp(
      <FacebookPreview
        account={account}
        text="Isi"
        link="https://rutanbengkulu.go.id/berita"
        photo={photo}
      />,
    );
    expect(screen.getByRole('img', { name: photo.alt })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'https://rutanbengkulu.go.id/berita' })).toBeNull();
  });

  it('keeps the link card when there is no photo', () => {
    renderWithApp(<FacebookPreview account={account} text="Isi" link="https://rutanbengkulu.go.id/berita" />);
    expect(screen.getByRole('link', { name: 'https://rutanbengkulu.go.id/berita' })).toBeInTheDocument();
  });
});
