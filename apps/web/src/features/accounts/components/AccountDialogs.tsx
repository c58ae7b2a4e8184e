import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAttachPages, usePendingConnection } from '../api/use-accounts';
import type { DisconnectDialogState, PostingSlotsDialogState } from '../hooks/use-account-dialog';
import { ChoosePagesModal } from './ChoosePagesModal';
import { DisconnectModal } from './DisconnectModal';
import { PostingSlotsModal } from './PostingSlotsModal';

/** Confirms disconnecting the chosen account, then says so and closes. */
export function DisconnectDialog({ dialog }: { dialog: DisconnectDialogState }) {
  const { t } = useTranslation(['accounts', 'common']);
  const { account, mutation, close } = dialog;
  return (
    <DisconnectModal
      account={account}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={close}
      onConfirm={(reason) =>
        account &&
        mutation.mutate(
          { id: account.id, reason: reason || undefined },
          {
            onSuccess: () => {
              notifications.show({
                color: 'green',
                message: t('disconnect.done', { name: account.displayName }),
              });
              close();
            },
          },
        )
      }
    />
  );
}

/** Edits the chosen account's posting times in its unit's zone, then says so and closes. */
export function PostingSlotsDialog({
  dialog,
  zone,
}: {
  dialog: PostingSlotsDialogState;
  /** The zone of the account's unit (the node's own while none is chosen). */
  zone: string;
}) {
  const { t } = useTranslation(['accounts', 'common']);
  const { account, mutation, close } = dialog;
  return (
    <PostingSlotsModal
      account={account}
      zone={zone}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={close}
      onSave={(slots) =>
        account &&
        mutation.mutate(
          { id: account.id, version: account.version, slots },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('slots.saved') });
              close();
            },
          },
        )
      }
    />
  );
}

/**
 * After Facebook's consent page (`?pending=` in the address): which Pages, and their Instagram
 * accounts, to connect. Closing it, or connecting, clears the address.
 */
export function ChoosePagesDialog({
  nodeId,
  pendingId,
  onClose,
}: {
  nodeId: string;
  pendingId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(['accounts', 'common']);
  const query = usePendingConnection(pendingId);
  const attach = useAttachPages(nodeId);
  return (
    <ChoosePagesModal
      opened={!!pendingId}
      query={query}
      pending={attach.isPending}
      error={attach.error}
      onClose={onClose}
      onAttach={({ pageIds, includeInstagram }) =>
        pendingId &&
        attach.mutate(
          { pendingConnectionId: pendingId, pageIds, includeInstagram },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('choose.done') });
              onClose();
            },
          },
        )
      }
    />
  );
}
