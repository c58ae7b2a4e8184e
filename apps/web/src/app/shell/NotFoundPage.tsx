import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@web/components/QueryState';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('error.notFound')}
      hint={t('error.notFoundHint')}
      action={
        <Button component={Link} to="/" variant="light">
          {t('action.goHome')}
        </Button>
      }
    />
  );
}
