import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, DomainErrorDetail, hasMessage } from '@warta/core';

/** class-validator constraint name -> our rule code (rendered in Indonesian or English). */
const RULES: Record<string, string> = {
  whitelistValidation: 'rule.unknownField',
  isDefined: 'rule.required',
  isNotEmpty: 'rule.required',
  isString: 'rule.string',
  isEmail: 'rule.email',
  isUuid: 'rule.uuid',
  isUUID: 'rule.uuid',
  isInt: 'rule.int',
  isBoolean: 'rule.boolean',
  isArray: 'rule.array',
  isObject: 'rule.object',
  isEnum: 'rule.enum',
  isIn: 'rule.enum',
  isUrl: 'rule.url',
  minLength: 'rule.minLength',
  maxLength: 'rule.maxLength',
  min: 'rule.min',
  max: 'rule.max',
  arrayMaxSize: 'rule.arrayMaxSize',
  isTimezone: 'rule.timezone',
  isSlug: 'rule.slug',
  isHashtag: 'rule.hashtag',
  isDateString: 'rule.dateString',
  isISO8601: 'rule.dateString',
  matches: 'rule.invalid',
};

const TYPE_CHECKS = new Set([
  'isString',
  'isInt',
  'isBoolean',
  'isArray',
  'isObject',
  'isUuid',
  'isUUID',
  'isISO8601',
  'isDateString',
  'isEmail',
]);

/**
 * The one thing to fix per field: a missing value is "required" (not also "at least 1 character" and
 * "at most 60000"), a value of the wrong type is that, and only a value of the right type hears
 * about its length or shape.
 */
function constraintsToReport(e: ValidationError): [string, string][] {
  const all = Object.entries(e.constraints ?? {});
  if (e.value === undefined || e.value === null || e.value === '') {
    // A DTO may say what a missing field should carry (`@IsDefined({ message: 'rule.versionRequired' })`).
    const own = all.find(([c, text]) => c === 'isDefined' && text.startsWith('rule.'));
    if (own) return [own];
    if (all.some(([c]) => c !== 'whitelistValidation')) return [['isDefined', 'required']];
  }
  const types = all.filter(([c]) => TYPE_CHECKS.has(c));
  return types.length ? types.slice(0, 1) : all;
}

function flatten(errors: ValidationError[], parent = ''): DomainErrorDetail[] {
  const out: DomainErrorDetail[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    for (const [constraint, text] of constraintsToReport(e)) {
      // A DTO may name its own rule (`@Matches(re, { message: 'rule.offsetRequired' })`).
      const code =
        text.startsWith('rule.') && hasMessage(text) ? text : (RULES[constraint] ?? 'rule.invalid');
      out.push({ field, code, params: paramsFrom(constraint, text, e) });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

function paramsFrom(constraint: string, text: string, e: ValidationError): Record<string, string | number> {
  const ctx = (e.contexts?.[constraint] ?? {}) as Record<string, string | number>;
  const num = /(\d+)/.exec(text)?.[1];
  if (['minLength', 'min'].includes(constraint)) return { min: ctx.min ?? num ?? '' };
  if (['maxLength', 'max', 'arrayMaxSize'].includes(constraint)) return { max: ctx.max ?? num ?? '' };
  if (['isEnum', 'isIn'].includes(constraint)) return { allowed: /: (.*)$/.exec(text)?.[1] ?? '' };
  return ctx;
}

/**
 * Global validation: unknown fields are refused (not silently dropped), bodies must be JSON objects,
 * and every failure becomes VALIDATION_FAILED with per-field details in the caller's language.
 */
@Injectable()
export class WartaValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      forbidUnknownValues: true,
      // Values are read to tell a missing field from a wrong one; they never reach the response.
      validationError: { target: false, value: true },
      exceptionFactory: (errors) => new DomainError('VALIDATION_FAILED', {}, flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && this.toValidate(metadata)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new DomainError('VALIDATION_FAILED', {}, [{ code: 'rule.object' }]);
      }
    }
    return super.transform(value, metadata);
  }
}
