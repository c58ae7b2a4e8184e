import {
  createTheme,
  DEFAULT_THEME,
  MantineProvider,
  defaultVariantColorsResolver,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// WCAG AA (4.5:1) on white and on the tinted backgrounds of light badges, alerts and the active menu
// entry: Mantine's default secondary greys, placeholder and "light" text shades fall under it; these
// keep the same look a shade or two darker.
const readableColours: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#555d66',
    '--mantine-color-placeholder': '#697079',
    ...Object.fromEntries(
      Object.keys(DEFAULT_THEME.colors).map((c) => [
        `--mantine-color-${c}-light-color`,
        `var(--mantine-color-${c}-9)`,
      ]),
    ),
  },
  dark: {},
});

/**
 * Filled, outline and light variants a shade darker than Mantine's, so white text on a filled green
 * or orange button and coloured text on white or on a tint keep WCAG AA (4.5:1) for every colour.
 */
const darker = (c: string | undefined, share: number) =>
  c ? `color-mix(in srgb, ${c} ${share}%, black)` : c;
const readableVariants: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant === 'light') return { ...colors, color: darker(colors.color, 75)! };
  if (input.variant === 'outline')
    return { ...colors, color: darker(colors.color, 70)!, border: `1px solid ${darker(colors.color, 70)}` };
  if (input.variant === 'filled' && input.color !== 'gray' && input.color !== 'dark')
    return { ...colors, background: darker(colors.background, 80)!, hover: darker(colors.hover, 72)! };
  return colors;
};

/** The theme speaks the user's language where Mantine's widgets have built-in labels. */
function useTheme() {
  const { t, i18n } = useTranslation();
  return useMemo(
    () =>
      createTheme({
        primaryColor: 'blue',
        // blue.8 keeps white button text at 4.9:1 (Mantine's default blue.6 is 3.5:1, under WCAG AA).
        primaryShade: { light: 8, dark: 8 },
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
        defaultRadius: 'md',
        variantColorResolver: readableVariants,
        components: {
          // Plain objects, not Component.extend: importing DateInput here would put the date pickers
          // into the first download, before the sign-in screen.
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': t('action.close') } } },
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': t('action.close') } } },
          DateInput: {
            defaultProps: { previousLabel: t('dates.previousMonth'), nextLabel: t('dates.nextMonth') },
          },
        },
      }),
    // t changes with the language; the theme is rebuilt only then.
    [i18n.language],
  );
}

export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const theme = useTheme();
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={readableColours}>
      <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>
        <Notifications position="top-right" />
        {children}
      </DatesProvider>
    </MantineProvider>
  );
}
