import { Button, Group, Radio, Stack } from '@mantine/core';
import { DateTime } from 'luxon';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { zoneName } from '../lib/dates';
import { ZonedDateTimeInput } from './ZonedDateTimeInput';

export type ScheduleMode = 'at' | 'now' | 'next_slot';

/**
 * The body of POST /releases/:id/schedule and POST /posts/:id/schedule (add `version` for the latter):
 * "at" always carries an instant with the unit's offset ("2026-12-07T08:00:00+08:00").
 */
export type ScheduleRequest = { mode: 'at'; publishAt: string } | { mode: 'now' } | { mode: 'next_slot' };

export interface ScheduleFormProps {
  /** The unit's IANA zone (WorkNode.timezone): the time is typed and shown there, named WIB/WITA/WIT. */
  zone: string;
  /** Called with a valid request (the form checks "at" is complete and in the future first). */
  onSubmit: (request: ScheduleRequest) => void;
  /** The request is on its way: the button shows a loader and the form cannot be sent twice. */
  pending?: boolean;
  /** Prefills "at" (rescheduling a post: its current publishAt). */
  initialPublishAt?: string | null;
  /** Which choices to offer, in this order; default all three. With one, no radio is shown. */
  modes?: ScheduleMode[];
  /** The submit button's text; default "Jadwalkan" (common:schedule.submit). */
  submitLabel?: string;
  /** Extra actions next to the submit button (e.g. a "Batal" that closes a modal). */
  secondaryAction?: ReactNode;
  disabled?: boolean;
  /** For tests: "now" used to refuse a time in the past. */
  now?: () => DateTime;
}

/**
 * Schedule one release's posts (or one post): at a date and time in the unit's zone, now, or the
 * account's next free posting slot. Shared by the release page and post rescheduling.
 *
 * Accessible names (Indonesian): radio group "Kapan diterbitkan?" with "Pada tanggal dan jam
 * tertentu", "Sekarang", "Slot kosong berikutnya"; fields "Tanggal", "Jam (WIB)"; button "Jadwalkan".
 */
export function ScheduleForm({
  zone,
  onSubmit,
  pending,
  initialPublishAt,
  modes = ['at', 'now', 'next_slot'],
  submitLabel,
  secondaryAction,
  disabled,
  now = () => DateTime.now(),
}: ScheduleFormProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ScheduleMode>(modes[0]);
  const [publishAt, setPublishAt] = useState<string | null>(initialPublishAt ?? null);
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pending || disabled) return;
    if (mode !== 'at') {
      onSubmit({ mode });
      return;
    }
    if (!publishAt) {
      setError(t('schedule.incomplete'));
      return;
    }
    if (DateTime.fromISO(publishAt) <= now()) {
      setError(t('schedule.past', { zone: zoneName(zone) }));
      return;
    }
    setError(null);
    onSubmit({ mode: 'at', publishAt });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {modes.length > 1 ? (
          <ScheduleModeChoice
            modes={modes}
            value={mode}
            onChange={(m) => {
              setMode(m);
              setError(null);
            }}
            disabled={disabled}
          />
        ) : null}
        {mode === 'at' ? (
          <ZonedDateTimeInput
            zone={zone}
            value={publishAt}
            onChange={(iso) => {
              setPublishAt(iso);
              setError(null);
            }}
            error={error}
            disabled={disabled}
            minDate={now().setZone(zone).toFormat('yyyy-MM-dd')}
          />
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={pending} disabled={disabled}>
            {submitLabel ?? t('schedule.submit')}
          </Button>
          {secondaryAction}
        </Group>
      </Stack>
    </form>
  );
}

interface ScheduleModeChoiceProps {
  modes: ScheduleMode[];
  value: ScheduleMode;
  onChange: (mode: ScheduleMode) => void;
  disabled?: boolean;
}

/** "Kapan diterbitkan?": one radio per mode offered, the next slot with its hint. */
function ScheduleModeChoice({ modes, value, onChange, disabled }: ScheduleModeChoiceProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('schedule.when')} value={value} onChange={(v) => onChange(v as ScheduleMode)}>
      <Stack gap="xs" mt="xs">
        {modes.map((m) => (
          <Radio
            key={m}
            value={m}
            label={t(`schedule.mode.${m}`)}
            description={m === 'next_slot' ? t('schedule.nextSlotHint') : undefined}
            disabled={disabled}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
