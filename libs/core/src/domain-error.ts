/**
 * Every failure a person can act on is a DomainError with a stable `code`. Libs throw these and never
 * HttpException; apps/api maps codes to HTTP status, and `messages` render them in Indonesian or
 * English from `params`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly details: DomainErrorDetail[] = [],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export interface DomainErrorDetail {
  field?: string;
  code: string;
  params?: Record<string, string | number>;
}
