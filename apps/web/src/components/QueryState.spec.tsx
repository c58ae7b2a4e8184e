import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@web/lib/api/client';
import { renderWithApp } from '../../test/render';
import { QueryState } from './QueryState';

const query = (over: Partial<Parameters<typeof QueryState>[0]['query']>) => ({
  data: undefined,
  isPending: false,
  isError: false,
  error: null,
  refetch: jest.fn(),
  ...over,
});

describe('QueryState', () => {
  it('says what is loading', () => {
    renderWithApp(
      <QueryState query={query({ isPending: true })} label="Memuat antrean">
        {() => null}
      </QueryState>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Memuat antrean');
  });

  it("shows the api's own message and retries on request", async () => {
    const q = query({
      isError: true,
      error: new ApiError(409, 'POST_VERSION_CONFLICT', 'Postingan sudah diubah orang lain.', 'req-1'),
    });
    renderWithApp(<QueryState query={q}>{() => null}</QueryState>);
    expect(screen.getByRole('alert')).toHaveTextContent('Postingan sudah diubah orang lain.');
    expect(screen.getByRole('alert')).toHaveTextContent('req-1');
    await userEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(q.refetch).toHaveBeenCalledTimes(1);
  });

  it('explains a network failure in plain words', () => {
    renderWithApp(
      <QueryState query={query({ isError: true, error: new TypeError('Failed to fetch') })}>
        {() => null}
      </QueryState>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Tidak dapat terhubung ke server');
  });

  it('never blames the connection for a bug in the screen itself', () => {
    renderWithApp(
      <QueryState query={query({ isError: true, error: new TypeError('n.filter is not a function') })}>
        {() => null}
      </QueryState>,
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('Tidak dapat terhubung ke server');
    renderWithApp(
      <QueryState
        query={query({
          isError: true,
          error: new TypeError('Failed to fetch dynamically imported module: /assets/accounts.js'),
        })}
      >
        {() => null}
      </QueryState>,
    );
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent('Tidak dapat terhubung ke server');
  });

  it('shows the empty state instead of an empty list', () => {
    renderWithApp(
      <QueryState
        query={query({ data: [] as string[] })}
        isEmpty={(d) => (d as string[]).length === 0}
        empty={<p>Belum ada rilis</p>}
      >
        {() => <p>daftar</p>}
      </QueryState>,
    );
    expect(screen.getByText('Belum ada rilis')).toBeInTheDocument();
    expect(screen.queryByText('daftar')).not.toBeInTheDocument();
  });
});
