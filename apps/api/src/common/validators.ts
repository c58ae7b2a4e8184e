import { registerDecorator, ValidationOptions } from 'class-validator';

function rule(name: string, test: (v: unknown) => boolean) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options,
      validator: { validate: test },
    });
}

export const IsTimezone = rule('isTimezone', (v) => {
  if (typeof v !== 'string' || !v.includes('/')) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: v });
    return true;
  } catch {
    return false;
  }
});

export const IsSlug = rule(
  'isSlug',
  (v) => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) && v.length <= 80,
);

export const IsHashtag = rule(
  'isHashtag',
  (v) => typeof v === 'string' && /^#?[\p{L}\p{N}_]{1,100}$/u.test(v),
);

/** Row versions (and other integer columns) are Postgres int4: anything above is refused, not cast. */
export const INT4_MAX = 2_147_483_647;
