// Every message a user reads, per language and per namespace (one namespace per feature, plus common).
import enAccounts from './en/accounts.json';
import enApprovals from './en/approvals.json';
import enAuth from './en/auth.json';
import enCalendar from './en/calendar.json';
import enCommon from './en/common.json';
import enCompose from './en/compose.json';
import enNotifications from './en/notifications.json';
import enPosts from './en/posts.json';
import idAccounts from './id/accounts.json';
import idApprovals from './id/approvals.json';
import idAuth from './id/auth.json';
import idCalendar from './id/calendar.json';
import idCommon from './id/common.json';
import idCompose from './id/compose.json';
import idNotifications from './id/notifications.json';
import idPosts from './id/posts.json';

export const resources = {
  id: {
    common: idCommon,
    auth: idAuth,
    compose: idCompose,
    approvals: idApprovals,
    calendar: idCalendar,
    posts: idPosts,
    accounts: idAccounts,
    notifications: idNotifications,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    compose: enCompose,
    approvals: enApprovals,
    calendar: enCalendar,
    posts: enPosts,
    accounts: enAccounts,
    notifications: enNotifications,
  },
} as const;

export type Lang = keyof typeof resources;
export const NAMESPACES = Object.keys(resources.id) as (keyof (typeof resources)['id'])[];
