import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { renderWithApp } from '../../test/render';
import { ScheduleForm } from './ScheduleForm';

const now = () => DateTime.fromISO('2026-12-06T10:00:00+07:00');

function fillTime(date: string, time: string) {
  fireEvent.change(screen.getByLabelText('Tanggal'), { target: { value: date } });
  fireEvent.change(screen.getByLabelText(/^Jam/), { target: { value: time } });
}

describe('ScheduleForm', () => {
  it("reads the time in the unit's zone: a WITA unit picking 08:00 sends +08:00", async () => {
    const onSubmit = jest.fn();
    renderWithApp(<ScheduleForm zone="Asia/Makassar" onSubmit={onSubmit} now={now} />);
    // The zone is named where the time is typed, not left to the browser's own zone.
    expect(screen.getByLabelText('Jam (WITA)')).toBeInTheDocument();
    expect(screen.getByText(/Waktu WITA, zona waktu unit Anda/)).toBeInTheDocument();
    fillTime('07/12/2026', '08:00');
    await userEvent.click(screen.getByRole('button', { name: 'Jadwalkan' }));
    expect(onSubmit).toHaveBeenCalledWith({ mode: 'at', publishAt: '2026-12-07T08:00:00+08:00' });
  });

  it('names WIB for a unit in Jakarta and sends +07:00, whichever way the time is typed', async () => {
    const onSubmit = jest.fn();
    renderWithApp(<ScheduleForm zone="Asia/Jakarta" onSubmit={onSubmit} now={now} />);
    // A text field, not the browser's time input (12-hour with AM/PM in an English browser).
    fillTime('2026-12-07', '8.00');
    await userEvent.click(screen.getByRole('button', { name: 'Jadwalkan' }));
    expect(screen.getByLabelText('Jam (WIB)')).toBeInTheDocument();
    expect(onSubmit).toHaveBeenCalledWith({ mode: 'at', publishAt: '2026-12-07T08:00:00+07:00' });
  });

  it('refuses a time that has passed in the zone, and sends nothing', async () => {
    const onSubmit = jest.fn();
    renderWithApp(<ScheduleForm zone="Asia/Jakarta" onSubmit={onSubmit} now={now} />);
    fillTime('06/12/2026', '09:30');
    await userEvent.click(screen.getByRole('button', { name: 'Jadwalkan' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Waktu itu sudah lewat');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends "now" and "next_slot" without a time', async () => {
    const onSubmit = jest.fn();
    renderWithApp(<ScheduleForm zone="Asia/Jayapura" onSubmit={onSubmit} now={now} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Slot kosong berikutnya' }));
    expect(screen.queryByLabelText('Tanggal')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Jadwalkan' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Sekarang' }));
    await userEvent.click(screen.getByRole('button', { name: 'Jadwalkan' }));
    expect(onSubmit.mock.calls).toEqual([[{ mode: 'next_slot' }], [{ mode: 'now' }]]);
  });
});
