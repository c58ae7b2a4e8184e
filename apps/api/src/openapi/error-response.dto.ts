import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetail {
  @ApiPropertyOptional({ description: 'The input field the detail is about, when there is one.' })
  field?: string;
  @ApiProperty({ example: 'isUuid' }) code: string;
  @ApiProperty({ description: "In the caller's language." }) message: string;
}

export class ErrorInfo {
  @ApiProperty({ description: 'Stable machine code, e.g. POST_NOT_EDITABLE.', example: 'NOT_FOUND' })
  code: string;
  @ApiProperty({ description: 'In the language of Accept-Language (id default, en).' }) message: string;
  @ApiProperty({ type: [ErrorDetail] }) details: ErrorDetail[];
}

/** The one error envelope of the api (DESIGN §8): `{"error":{"code","message","details"},"requestId"}`. */
export class ErrorResponse {
  @ApiProperty({ type: ErrorInfo }) error: ErrorInfo;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
}
