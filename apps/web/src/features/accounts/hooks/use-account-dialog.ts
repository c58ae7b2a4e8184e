import { useState } from 'react';
import type { SocialAccount } from '../api/types';
import { useDisconnectAccount, useSetPostingSlots } from '../api/use-accounts';

/** The account a dialog is open for, and the request it sends (its last error cleared on opening). */
function useAccountDialog<M extends { reset(): void }>(mutation: M) {
  const [account, setAccount] = useState<SocialAccount | null>(null);
  return {
    account,
    mutation,
    open: (a: SocialAccount) => {
      mutation.reset();
      setAccount(a);
    },
    close: () => setAccount(null),
  };
}

/** "Putuskan": which account is being disconnected, and the request that does it. */
export function useDisconnectDialog(nodeId: string) {
  return useAccountDialog(useDisconnectAccount(nodeId));
}

/** "Jam tayang": which account's posting times are being edited, and the request that saves them. */
export function usePostingSlotsDialog(nodeId: string) {
  return useAccountDialog(useSetPostingSlots(nodeId));
}

export type DisconnectDialogState = ReturnType<typeof useDisconnectDialog>;
export type PostingSlotsDialogState = ReturnType<typeof usePostingSlotsDialog>;
