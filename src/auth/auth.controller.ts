import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { ChangePasswordDto, MeView } from '../users/dto/user.dto';
import { PasswordSetupDto } from '../users/dto/staff.dto';
import { StaffAccountsService } from '../users/staff-accounts.service';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { CurrentActor, CurrentRequest, Public, RequestMeta } from './decorators';
import { LoginDto, RefreshDto, TokenPair } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly staff: StaffAccountsService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  @ApiOkResponse({ type: TokenPair })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed attempts for this account or address; see Retry-After.',
  })
  login(@Body() body: LoginDto, @CurrentRequest() request: RequestMeta): Promise<TokenPair> {
    return this.auth.login(body, request);
  }

  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair (the old one is spent)' })
  @ApiOkResponse({ type: TokenPair })
  refresh(@Body() body: RefreshDto, @CurrentRequest() request: RequestMeta): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken, request);
  }

  @Public()
  @Post('password-setup')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary:
      'Set one’s password with the one-time token an organiser handed over; the token then stops working',
  })
  @ApiNoContentResponse()
  setUpPassword(@Body() body: PasswordSetupDto, @CurrentRequest() request: RequestMeta): Promise<void> {
    return this.staff.redeem(body, request);
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working' })
  @ApiNoContentResponse()
  logout(@CurrentActor() actor: Actor): Promise<void> {
    return this.auth.logout(actor);
  }
}

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in user and their roles with organisations' })
  @ApiOkResponse({ type: MeView })
  async me(@CurrentActor() actor: Actor): Promise<MeView> {
    const view = await this.users.me(actor);
    const { id, email, fullName, active } = view;
    return { ...view, user: { id, email, fullName, active } };
  }

  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change one’s own password; every session ends, this one included' })
  @ApiNoContentResponse()
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    return this.users.changeOwnPassword(actor, body);
  }
}
