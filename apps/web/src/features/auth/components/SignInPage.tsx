import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@web/lib/i18n';
import { signIn, SignInError } from '@web/lib/session';

/** Email and password; the session then renews itself through the refresh cookie. */
export function SignInPage({ languageSwitch }: { languageSwitch?: React.ReactNode }) {
  const { t } = useTranslation('auth');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('emailInvalid')),
      password: (v) => (v ? null : t('passwordRequired')),
    },
  });

  const submit = form.onSubmit(async ({ email, password }) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password, currentLanguage());
    } catch (e) {
      setError(e instanceof SignInError ? e.message : t('common:error.network'));
    } finally {
      setBusy(false);
    }
  });

  return (
    <Center mih="100vh" p="md" bg="gray.0" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={1} size="h2">
                {t('title')}
              </Title>
              <Text c="dimmed">{t('subtitle')}</Text>
            </Stack>
            {error ? (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
                {error}
              </Alert>
            ) : null}
            <TextInput
              label={t('email')}
              placeholder="nama@instansi.go.id"
              type="email"
              autoComplete="username"
              required
              data-autofocus
              autoFocus
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('password')}
              autoComplete="current-password"
              visibilityToggleButtonProps={{ 'aria-label': t('showPassword') }}
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={busy} fullWidth>
              {t('submit')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('forgot')}{' '}
              <Anchor component="span" size="sm" c="dimmed">
                {t('forgotWho')}
              </Anchor>
            </Text>
            {languageSwitch}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
