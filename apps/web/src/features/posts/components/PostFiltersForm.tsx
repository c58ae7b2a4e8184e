import { Button, Group, MultiSelect, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { PLATFORMS } from '@web/components/PlatformIcon';
import { POST_STATES } from '@web/components/StateBadge';
import type { PostFilter } from '../api/types';
import type { DayRange, PostFilters } from '../hooks/use-post-filters';

/** The search form above the posts: states, platform, a range of days, and "clear" when any is set. */
export function PostFiltersForm({ filters }: { filters: PostFilters }) {
  const { t } = useTranslation('posts');
  const { states, platform, range } = filters;
  return (
    <Group
      component="form"
      role="search"
      aria-label={t('list.filters')}
      onSubmit={(e) => e.preventDefault()}
      align="flex-end"
      gap="md"
      mb="lg"
      wrap="wrap"
    >
      <MultiSelect
        label={t('list.state')}
        placeholder={states.length ? undefined : t('list.statePlaceholder')}
        data={POST_STATES.map((s) => ({
          value: s,
          label: t(`common:state.${s}`),
        }))}
        value={states}
        onChange={filters.setStates}
        clearable
        w={{ base: '100%', sm: 300 }}
      />
      <Select
        label={t('list.platform')}
        placeholder={t('list.platformPlaceholder')}
        data={PLATFORMS.map((p) => ({ value: p, label: t(`common:platform.${p}`) }))}
        value={platform}
        onChange={(v) => filters.setPlatform(v as PostFilter['platform'])}
        clearable
        w={{ base: '100%', sm: 200 }}
      />
      <DatePickerInput
        type="range"
        label={t('list.range')}
        placeholder={t('list.rangePlaceholder')}
        value={range}
        onChange={(v) => filters.setRange(v as DayRange)}
        clearable
        clearButtonProps={{ 'aria-label': t('list.clearRange') }}
        allowSingleDateInRange
        valueFormat="D MMM YYYY"
        w={{ base: '100%', sm: 280 }}
      />
      {filters.filtered ? (
        <Button variant="subtle" onClick={filters.clear}>
          {t('list.clearFilters')}
        </Button>
      ) : null}
    </Group>
  );
}
