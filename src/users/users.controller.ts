import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page } from '../common/pagination';
import {
  CreateUserDto,
  GrantRoleDto,
  RoleView,
  UpdateUserDto,
  UserPage,
  UserQuery,
  UserView,
} from './dto/user.dto';
import {
  CreateStaffAccountsDto,
  PasswordHandOver,
  StaffAccountsCreated,
  StaffActiveDto,
} from './dto/staff.dto';
import { StaffAccountsService } from './staff-accounts.service';
import { UsersService } from './users.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly staff: StaffAccountsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Accounts: all for admins; for organisers, those holding roles in their units' })
  @ApiOkResponse({ type: UserPage })
  list(@CurrentActor() actor: Actor, @Query() query: UserQuery): Promise<Page<UserView>> {
    return this.users.list(actor, query);
  }

  @Post()
  @ApiOperation({ summary: 'Create an account (admin)' })
  @ApiCreatedResponse({ type: UserView })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, body);
  }

  @Post('staff')
  @ApiOperation({
    summary:
      'Create judges’ and coaches’ accounts in the caller’s units (organiser), all or none, each with a one-time password-setup token to hand over',
  })
  @ApiCreatedResponse({ type: StaffAccountsCreated })
  createStaff(
    @CurrentActor() actor: Actor,
    @Body() body: CreateStaffAccountsDto,
  ): Promise<StaffAccountsCreated> {
    return this.staff.create(actor, body);
  }

  @Post(':id/password-reset')
  @ApiOperation({
    summary:
      'Reset a judge’s or coach’s password (organiser, or admin for any account): the old password stops working, sessions end, a new one-time token is answered',
  })
  @ApiCreatedResponse({ type: PasswordHandOver })
  resetPassword(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<PasswordHandOver> {
    return this.staff.resetPassword(actor, id);
  }

  @Patch(':id/active')
  @ApiOperation({
    summary: 'Disable (ending its sessions) or enable a judge’s or coach’s account (organiser)',
  })
  @ApiOkResponse({ type: UserView })
  setActive(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: StaffActiveDto,
  ): Promise<UserView> {
    return this.staff.setActive(actor, id, body.active);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<UserView> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit, disable or set the password of an account (admin); the last two end its sessions',
  })
  @ApiOkResponse({ type: UserView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(actor, id, body);
  }

  @Post(':id/roles')
  @ApiOperation({ summary: 'Grant a role at an organisation, reaching its whole subtree (admin)' })
  @ApiCreatedResponse({ type: RoleView })
  grantRole(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: GrantRoleDto,
  ): Promise<RoleView> {
    return this.users.grantRole(actor, id, body);
  }

  @Delete(':id/roles/:roleId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revoke a role (admin)' })
  @ApiNoContentResponse()
  revokeRole(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Param('roleId', IdPipe) roleId: number,
  ): Promise<void> {
    return this.users.revokeRole(actor, id, roleId);
  }
}
