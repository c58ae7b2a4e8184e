/** Placeholder until the bell lands (see issue 17's plan). */
export function NotificationBell() {
  return null;
}
