import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** `?limit=&cursor=` for a list whose pages hold at most `maxLimit` items. */
export function listQueryWithMaxLimit(maxLimit: number) {
  class ListQuery {
    @ApiPropertyOptional({ minimum: 1, maximum: maxLimit, default: 50 })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(maxLimit)
    limit?: number;

    @ApiPropertyOptional({ description: 'Opaque cursor from the previous page (nextCursor).' })
    @IsOptional()
    @IsString()
    @MaxLength(500)
    cursor?: string;
  }
  return ListQuery;
}

/** `?limit=&cursor=` for every list: pages of at most 200. */
export class ListQueryDto extends listQueryWithMaxLimit(200) {}
