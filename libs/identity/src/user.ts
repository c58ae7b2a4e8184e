import type { Language } from '@warta/core';

export type UserStatus = 'active' | 'deactivated';

/** A person who signs in (a row of `users`, without its password hash). */
export interface User {
  id: string;
  email: string;
  name: string;
  status: UserStatus;
  locale: Language;
  lastLoginAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
