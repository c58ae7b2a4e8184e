import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'editor.rutan@warta.local' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'warta-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({
    description: 'Browsers: keep the refresh token in an httpOnly cookie instead of the body.',
  })
  @IsOptional()
  @IsBoolean()
  cookie?: boolean;
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'Omit when the refresh token travels in the cookie.' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  refreshToken?: string;
}

export class TokensResponse {
  @ApiProperty() accessToken: string;
  @ApiPropertyOptional({ description: 'Absent when the cookie carries it.' }) refreshToken?: string;
  @ApiProperty({ example: 900 }) expiresIn: number;
}
