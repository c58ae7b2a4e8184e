import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResolvePost } from '../api/posts';
import type { PostDetail } from '../api/types';

/**
 * Settling a post that needs review or failed: mark it published (its https link and a reason)
 * or send it again (a reason). Each checks its fields first and names what is missing.
 */
export function useResolveForm(post: PostDetail) {
  const { t } = useTranslation('posts');
  const resolve = useResolvePost(post.id);
  const [permalink, setPermalink] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ permalink?: string; reason?: string }>({});

  const reasonOk = () => reason.trim().length >= 3;
  const done = () => {
    setErrors({});
    notifications.show({ color: 'green', message: t('actions.resolved') });
  };
  const markPublished = () => {
    const next: typeof errors = {};
    if (!/^https:\/\/\S+$/.test(permalink.trim())) next.permalink = t('actions.permalinkInvalid');
    if (!reasonOk()) next.reason = t('actions.reasonRequired');
    setErrors(next);
    if (next.permalink || next.reason) return;
    resolve.mutate(
      { action: 'mark_published', version: post.version, permalink: permalink.trim(), reason: reason.trim() },
      { onSuccess: done },
    );
  };
  const sendAgain = () => {
    if (!reasonOk()) {
      setErrors({ reason: t('actions.reasonRequired') });
      return;
    }
    setErrors({});
    resolve.mutate(
      { action: 'send_again', version: post.version, reason: reason.trim() },
      { onSuccess: done },
    );
  };

  return { resolve, permalink, setPermalink, reason, setReason, errors, markPublished, sendAgain };
}
