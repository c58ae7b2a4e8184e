import { Group, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { DateTime } from 'luxon';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToZoned, zonedToIso, zoneName } from '../lib/dates';

export interface ZonedDateTimeInputProps {
  /** The unit's IANA zone (e.g. "Asia/Makassar"): what the user types is read as a wall clock there. */
  zone: string;
  /** The chosen instant as ISO 8601 with the zone's offset ("2026-12-07T08:00:00+08:00"), or null. */
  value: string | null;
  /** Called with the instant (ISO with the zone's offset) once date and time are both valid, else null. */
  onChange: (iso: string | null) => void;
  /** Shown under the fields (e.g. "Waktu itu sudah lewat"). */
  error?: string | null;
  disabled?: boolean;
  /** Earliest selectable day ("YYYY-MM-DD" in the zone); defaults to today in the zone. */
  minDate?: string;
}

/** "07/12/2026" or "2026-12-07" (what a keyboard user or a test types) → "2026-12-07". */
export function parseDayInput(text: string): string | null {
  const trimmed = text.trim();
  for (const format of ['d/M/yyyy', 'yyyy-MM-dd', 'd-M-yyyy', 'd.M.yyyy']) {
    const dt = DateTime.fromFormat(trimmed, format);
    if (dt.isValid) return dt.toFormat('yyyy-MM-dd');
  }
  return null;
}

/** "08:00", "8.00", "0800" → "08:00" (a text field: a native time input follows the browser's locale, 12-hour with AM/PM in many). */
export function parseTimeInput(text: string): string | null {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? `${String(h).padStart(2, '0')}:${m[2]}` : null;
}

/**
 * A date and a time typed in the UNIT's zone, whatever the browser's zone is, with the zone named
 * the Indonesian way (WIB / WITA / WIT). The value in and out is an instant with the zone's offset,
 * so a WITA unit picking 08:00 gives "...T08:00:00+08:00" even on a laptop set to WIB.
 *
 * Accessible names: "Tanggal" and "Jam (WIB)" (the zone name follows the unit).
 */
export function ZonedDateTimeInput({
  zone,
  value,
  onChange,
  error,
  disabled,
  minDate,
}: ZonedDateTimeInputProps) {
  const { t } = useTranslation();
  const initial = value ? isoToZoned(value, zone) : { date: '', time: '' };
  const [date, setDate] = useState<string>(initial.date);
  const [time, setTime] = useState<string>(initial.time);
  const hintId = useId();
  const name = zoneName(zone);

  // A new value from outside (a reload, a reset) replaces what is shown, unless it is what we sent.
  useEffect(() => {
    const hhmm = parseTimeInput(time);
    const current = date && hhmm ? zonedToIso(date, hhmm, zone) : null;
    if (value === current) return;
    if (value === null) return;
    const next = isoToZoned(value, zone);
    setDate(next.date);
    setTime(next.time);
  }, [value, zone]);

  const emit = (d: string, tm: string) => {
    const hhmm = parseTimeInput(tm);
    onChange(d && hhmm ? zonedToIso(d, hhmm, zone) : null);
  };

  return (
    <div>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <DateInput
          label={t('schedule.date')}
          placeholder={t('schedule.datePlaceholder')}
          valueFormat="DD/MM/YYYY"
          dateParser={(text) => parseDayInput(text)}
          value={date || null}
          minDate={minDate ?? DateTime.now().setZone(zone).toFormat('yyyy-MM-dd')}
          onChange={(d) => {
            setDate(d ?? '');
            emit(d ?? '', time);
          }}
          disabled={disabled}
          aria-describedby={hintId}
          error={error ? true : undefined}
          w={180}
          popoverProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('schedule.time', { zone: name })}
          placeholder="08:00"
          inputMode="numeric"
          autoComplete="off"
          maxLength={5}
          value={time}
          onChange={(e) => {
            setTime(e.currentTarget.value);
            emit(date, e.currentTarget.value);
          }}
          disabled={disabled}
          aria-describedby={hintId}
          error={error ? true : undefined}
          w={140}
        />
      </Group>
      <Text id={hintId} size="xs" c="dimmed" mt={4}>
        {t('schedule.zoneHint', { zone: name, iana: zone })}
      </Text>
      {error ? (
        <Text size="sm" c="red.8" mt={4} role="alert">
          {error}
        </Text>
      ) : null}
    </div>
  );
}
