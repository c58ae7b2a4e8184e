import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '@warta/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route ids must be UUIDs; anything else is a 400 naming the parameter, never a database error. */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  constructor(private readonly name = 'id') {}

  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new DomainError('VALIDATION_FAILED', {}, [{ field: this.name, code: 'rule.uuid' }]);
    }
    return value.toLowerCase();
  }
}
