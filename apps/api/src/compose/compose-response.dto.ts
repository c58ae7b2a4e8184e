import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ValidationReportView } from '../drafts/draft-response.dto';
import { PLATFORM } from '../openapi/api-schemas';

export class ComposedVariantView {
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty() text: string;
  @ApiPropertyOptional({ type: [String] }) thread?: string[];
  @ApiPropertyOptional() firstComment?: string;
  @ApiProperty({ type: [String] }) hashtags: string[];
  @ApiProperty({ type: [String] }) mentions: string[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description:
      "The composer's media plan (kind: original | padded | title_card, see libs/composer MediaPlan); nothing is rendered in a preview.",
  })
  media: Record<string, unknown>[];
  @ApiProperty({ type: ValidationReportView }) report: ValidationReportView;
}

export class ComposePreviewView {
  @ApiProperty({ format: 'uuid' }) nodeId: string;
  @ApiProperty({ type: [ComposedVariantView] }) variants: ComposedVariantView[];
}
