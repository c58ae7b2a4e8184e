import { DomainError, DomainErrorDetail, Language, renderMessage } from '@warta/core';

export interface ErrorBody {
  error: { code: string; message: string; details: { field?: string; code: string; message: string }[] };
  requestId: string | null;
}

/** The one error envelope of the API, rendered in the caller's language. */
export function errorBody(error: DomainError, lang: Language, requestId: string | null): ErrorBody {
  return {
    error: {
      code: error.code,
      message: renderMessage(error.code, lang, { ...error.params, requestId: requestId ?? '-' }),
      details: error.details.map((d: DomainErrorDetail) => ({
        ...(d.field !== undefined ? { field: d.field } : {}),
        code: d.code,
        message: d.field
          ? `${d.field}: ${renderMessage(d.code, lang, d.params)}`
          : renderMessage(d.code, lang, d.params),
      })),
    },
    requestId,
  };
}
