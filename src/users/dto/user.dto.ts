import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsOptionalPresent } from '../../common/validation/is-optional-present';
import { PageOf, PageQuery } from '../../common/pagination';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy';
import { Role, ROLES } from '../roles';
import {
  booleanFromQuery,
  integerFromQuery,
  trim,
  trimAndLowerCase,
} from '../../common/validation/transforms';

export class CreateUserDto {
  @ApiProperty({ example: 'nguyen.van.an@tinhdoan.quangninh.vn' })
  @Transform(trimAndLowerCase)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  fullName!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Common passwords are refused.',
  })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(trimAndLowerCase)
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  fullName?: string;

  @ApiPropertyOptional({ description: 'false disables the account and ends its sessions.' })
  @IsOptionalPresent()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'A new password; ends the user’s sessions.' })
  @IsOptionalPresent()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409.' })
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  version?: number;
}

export class GrantRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ description: 'Required for every role but admin, which reaches everywhere.' })
  @ValidateIf((grant: GrantRoleDto) => grant.role !== 'admin' || grant.organisationId != null)
  @IsInt()
  @Min(1)
  organisationId?: number | null;
}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'The start of any word of the name, or of the e-mail; diacritics ignored.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Users holding a role at this organisation.' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  organisationId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(booleanFromQuery)
  @IsBoolean()
  active?: boolean;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class OrganisationBrief {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() level!: string;
}

export class RoleView {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ nullable: true, type: Number }) organisationId!: number | null;
  @ApiProperty({ nullable: true, type: OrganisationBrief }) organisation!: OrganisationBrief | null;
  @ApiProperty() createdAt!: Date;
}

export class UserView {
  @ApiProperty() id!: number;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: [RoleView] }) roles!: RoleView[];
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class UserPage extends PageOf(UserView) {}

export class UserSummary {
  @ApiProperty() id!: number;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() active!: boolean;
}

/** GET /me: the account (also under `user`) and its roles with their organisations. */
export class MeView extends UserView {
  @ApiProperty({ type: UserSummary }) user!: UserSummary;
}
