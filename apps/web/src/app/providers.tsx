import {
  createTheme,
  DEFAULT_THEME,
  MantineProvider,
  Modal,
  Notification,
  defaultVariantColorsResolver,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
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

/** Light badges, buttons and alerts: the text a shade darker than Mantine's, for AA on the tint. */
const readableLightVariants: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  return { ...colors, color: `color-mix(in srgb, ${colors.color} 75%, black)` };
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
        variantColorResolver: readableLightVariants,
        components: {
          Notification: Notification.extend({
            defaultProps: { closeButtonProps: { 'aria-label': t('action.close') } },
          }),
          Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('action.close') } } }),
          DateInput: DateInput.extend({
            defaultProps: { previousLabel: t('dates.previousMonth'), nextLabel: t('dates.nextMonth') },
          }),
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
