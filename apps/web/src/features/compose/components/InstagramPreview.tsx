import { Box, Paper, Stack, Text } from '@mantine/core';
import type { MediaPlan, TitleCardMediaPlan } from '@warta/composer';
import { useTranslation } from 'react-i18next';
import { AccountHeader, type PreviewAccount } from './AccountHeader';
import { MarkedText } from './MarkedText';
import type { PathHighlight } from './XPreview';

/** A first image to show: the composer's plan, and where its pixels are (an upload or a rendition). */
export interface InstagramImage {
  plan?: MediaPlan;
  url?: string;
  width: number;
  height: number;
  alt?: string;
}

/**
 * The planned title card drawn from the plan (brand colours, unit, title, date label), close to what
 * the api renders on save, so the editor sees it before anything is stored.
 */
export function TitleCardLookalike({ plan }: { plan: TitleCardMediaPlan }) {
  return (
    <Box
      role="img"
      aria-label={plan.altText}
      style={{
        aspectRatio: `${plan.width} / ${plan.height}`,
        background: plan.brand.primary,
        color: '#fff',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '8%',
        borderRadius: 6,
      }}
    >
      <Text size="xs" fw={700} style={{ color: plan.brand.secondary, letterSpacing: 0.5 }} tt="uppercase">
        {plan.unitName}
      </Text>
      <Text fw={800} style={{ fontSize: 'clamp(14px, 4.2cqw, 22px)', lineHeight: 1.2 }} lineClamp={7}>
        {plan.title}
      </Text>
      <Box style={{ borderTop: `3px solid ${plan.brand.secondary}`, paddingTop: 6 }}>
        <Text size="xs">{plan.dateLabel ?? ''}</Text>
      </Box>
    </Box>
  );
}

/** A chosen photo as the platform shows it (an Instagram-padded one whole on a blurred copy). */
export function PreviewPhoto({ image }: { image: InstagramImage }) {
  const plan = image.plan;
  // Instagram shows a padded photo whole on a blurred copy of itself, an accepted one as it is.
  const ratio =
    plan?.kind === 'padded'
      ? `${plan.targetWidth} / ${plan.targetHeight}`
      : `${image.width} / ${image.height}`;
  if (!image.url) {
    return <Box bg="gray.2" style={{ aspectRatio: ratio, borderRadius: 6 }} aria-hidden />;
  }
  return (
    <Box
      style={{
        aspectRatio: ratio,
        position: 'relative',
        overflow: 'hidden',
        borderRadius: 6,
        background: '#111',
      }}
    >
      {plan?.kind === 'padded' ? (
        <img
          src={image.url}
          alt=""
          aria-hidden
          style={{
            position: 'absolute',
            inset: 0,
            width: '100%',
            height: '100%',
            objectFit: 'cover',
            filter: 'blur(16px)',
            opacity: 0.7,
          }}
        />
      ) : null}
      <img
        src={image.url}
        alt={image.alt ?? ''}
        style={{
          position: 'relative',
          width: '100%',
          height: '100%',
          objectFit: plan?.kind === 'padded' ? 'contain' : 'cover',
        }}
      />
    </Box>
  );
}

/** The Instagram feed post: the square-ish image Instagram will show, then the caption. */
export function InstagramPreview({
  account,
  text,
  image,
  firstComment,
  highlight,
}: {
  account: PreviewAccount;
  text: string;
  image: InstagramImage | null;
  firstComment?: string;
  highlight?: PathHighlight | null;
}) {
  const { t } = useTranslation('compose');
  return (
    <Paper withBorder p="sm" radius="md" style={{ contain: 'content' }}>
      <Stack gap="xs">
        <AccountHeader account={account} color="grape" />
        <Box style={{ containerType: 'inline-size' }}>
          {image?.plan?.kind === 'title_card' ? (
            <TitleCardLookalike plan={image.plan} />
          ) : image ? (
            <PreviewPhoto image={image} />
          ) : (
            <Box bg="gray.1" p="md" style={{ aspectRatio: '4 / 5', borderRadius: 6 }}>
              <Text size="xs" c="dimmed">
                {t('preview.noImage')}
              </Text>
            </Box>
          )}
        </Box>
        {image?.plan?.kind === 'title_card' ? (
          <Text size="xs" c="dimmed">
            {t('preview.titleCardNote')}
          </Text>
        ) : null}
        <div tabIndex={0} style={{ maxHeight: 320, overflowY: 'auto' }}>
          <MarkedText text={text} highlight={highlight?.path === 'text' ? highlight : null} />
        </div>
        {firstComment ? (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {t('preview.firstComment')}: {firstComment}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
