import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { trim, trimAndLowerCase } from '../../common/validation/transforms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy';
import { STAFF_ROLES, StaffRole } from '../staff-roles';
import { UserView } from './user.dto';

/** Accounts created in one request: each hashes a password, so the batch stays small. */
export const MAX_STAFF_ACCOUNTS = 50;

export class StaffAccountDto {
  @ApiProperty({ example: 'pham.thu.ha@tinhdoan.quangninh.vn' })
  @Transform(trimAndLowerCase)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Phạm Thu Hà' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  fullName!: string;

  @ApiProperty({ enum: STAFF_ROLES, description: 'A panel secretary holds the judge role.' })
  @IsIn(STAFF_ROLES)
  role!: StaffRole;

  @ApiProperty({ description: 'Where the role is held: an organisation of the organiser’s subtree.' })
  @IsInt()
  @Min(1)
  organisationId!: number;
}

export class CreateStaffAccountsDto {
  @ApiProperty({ type: [StaffAccountDto], minItems: 1, maxItems: MAX_STAFF_ACCOUNTS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_STAFF_ACCOUNTS)
  @ValidateNested({ each: true })
  @Type(() => StaffAccountDto)
  accounts!: StaffAccountDto[];
}

export class StaffActiveDto {
  @ApiProperty({ description: 'false disables the account and ends its sessions; true enables it again.' })
  @IsBoolean()
  active!: boolean;
}

export class PasswordSetupDto {
  @ApiProperty({ description: 'The one-time token the organiser handed over.' })
  @IsString()
  @MaxLength(100)
  token!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

/** What the organiser hands over: the account and a one-time token to set its password (shown once). */
export class PasswordHandOver {
  @ApiProperty({ description: 'POST /auth/password-setup {token, password}; works once, until expiresAt.' })
  token!: string;
  @ApiProperty() expiresAt!: Date;
}

export class StaffAccountCreated {
  @ApiProperty({ type: UserView }) user!: UserView;
  @ApiProperty({ type: PasswordHandOver }) passwordSetup!: PasswordHandOver;
}

export class StaffAccountsCreated {
  @ApiProperty({ type: [StaffAccountCreated] }) items!: StaffAccountCreated[];
}
