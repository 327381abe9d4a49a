import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../users/password-policy';
import { trimAndLowerCase } from '../../common/validation/transforms';

export class LoginDto {
  @ApiProperty({ example: 'admin@talent.local' })
  @Transform(trimAndLowerCase)
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class RefreshDto {
  @ApiPropertyOptional({
    description: 'Required unless the web app sends its refresh cookie (with X-Talent-Client: web).',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken?: string;
}

export class TokenPair {
  @ApiProperty({ description: 'A JWT for `Authorization: Bearer …`, valid for `expiresIn` seconds.' })
  accessToken!: string;

  @ApiPropertyOptional({
    description:
      'Single use: each refresh returns a new one. Reusing a spent one ends the session. Absent when the web ' +
      'app asked (X-Talent-Client: web): it goes in an httpOnly cookie instead.',
  })
  refreshToken?: string;

  @ApiProperty({ example: 900 })
  expiresIn!: number;

  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';
}
