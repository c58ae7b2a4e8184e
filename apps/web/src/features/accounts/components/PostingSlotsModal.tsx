import { ActionIcon, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { ErrorState } from '@web/components/QueryState';
import { zoneName } from '@web/lib/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialAccount } from '../api/types';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_SLOTS = 48;

/** The times, sorted and without repeats, or the index of the first one that is not a time. */
export function normaliseSlots(slots: string[]): { slots: string[] } | { invalid: number } {
  const bad = slots.findIndex((s) => !TIME.test(s));
  if (bad >= 0) return { invalid: bad };
  return { slots: [...new Set(slots)].sort() };
}

/** The account's daily posting times, in the node's zone, for "next free slot" scheduling. */
export function PostingSlotsModal({
  account,
  zone,
  pending,
  error,
  onSave,
  onClose,
}: {
  account: SocialAccount | null;
  zone: string;
  pending: boolean;
  error: unknown;
  onSave(slots: string[]): void;
  onClose(): void;
}) {
  const { t } = useTranslation(['accounts', 'common']);
  return (
    <Modal
      opened={!!account}
      onClose={onClose}
      title={t('slots.title', { name: account?.displayName ?? '' })}
      centered
    >
      {account ? (
        <SlotsForm
          key={`${account.id}-${account.version}`}
          initial={account.postingSlots ?? []}
          zone={zone}
          pending={pending}
          error={error}
          onSave={onSave}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}

function SlotsForm({
  initial,
  zone,
  pending,
  error,
  onSave,
  onClose,
}: {
  initial: string[];
  zone: string;
  pending: boolean;
  error: unknown;
  onSave(slots: string[]): void;
  onClose(): void;
}) {
  const { t } = useTranslation(['accounts', 'common']);
  const [slots, setSlots] = useState<string[]>(initial.length ? initial : ['08:00']);
  const [invalid, setInvalid] = useState<number | null>(null);
  const zoneLabel = zoneName(zone);
  const submit = () => {
    const r = normaliseSlots(slots.filter((s) => s !== ''));
    if ('invalid' in r) return setInvalid(r.invalid);
    setInvalid(null);
    onSave(r.slots);
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t('slots.hint', { zone: zoneLabel })}</Text>
      {slots.map((s, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <TimeInput
            style={{ flex: 1 }}
            label={t('slots.timeLabel', { n: i + 1, zone: zoneLabel })}
            value={s}
            error={invalid === i ? t('slots.invalid') : undefined}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setSlots((prev) => prev.map((x, j) => (j === i ? v : x)));
            }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('slots.remove', { time: s || t('slots.empty') })}
            onClick={() => setSlots((prev) => prev.filter((_, j) => j !== i))}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {slots.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('slots.noneYet')}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          disabled={slots.length >= MAX_SLOTS}
          onClick={() => setSlots((prev) => [...prev, ''])}
        >
          {t('slots.add')}
        </Button>
      </Group>
      {error ? <ErrorState error={error} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common:action.cancel')}
        </Button>
        <Button loading={pending} onClick={submit}>
          {t('slots.save')}
        </Button>
      </Group>
    </Stack>
  );
}
