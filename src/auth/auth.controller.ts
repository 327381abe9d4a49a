import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, invalidField } from '../common/errors/app-error';
import { AppConfig } from '../config/app-config';
import { Actor } from '../access/actor';
import { ChangePasswordDto, MeView } from '../users/dto/user.dto';
import { PasswordSetupDto } from '../users/dto/staff.dto';
import { StaffAccountsService } from '../users/staff-accounts.service';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { CurrentActor, CurrentRequest, Public, RequestMeta } from './decorators';
import { SignedInSessions } from './signed-in-sessions';
import { LoginDto, RefreshDto, TokenPair } from './dto/auth.dto';
import {
  clearRefreshCookie,
  isWebClient,
  readRefreshCookie,
  setRefreshCookie,
  WEB_CLIENT_HEADER,
} from './refresh-cookie';

const REFRESH_TOKEN_REQUIRED = { vi: 'Cần có mã làm mới (refreshToken).', en: 'refreshToken is required.' };
const WEB_CLIENT_NOTE =
  `With ${WEB_CLIENT_HEADER}: web, the refresh token goes in an httpOnly, SameSite=Strict cookie scoped to ` +
  '/api/v1/auth instead of the body.';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
    private readonly staff: StaffAccountsService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with e-mail and password', description: WEB_CLIENT_NOTE })
  @ApiOkResponse({ type: TokenPair })
  @ApiUnauthorizedResponse({ description: 'The e-mail or the password is wrong (invalid_credentials).' })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed attempts for this account or address; see Retry-After.',
  })
  async login(
    @Body() body: LoginDto,
    @CurrentRequest() meta: RequestMeta,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenPair> {
    return this.answer(await this.auth.login(body, meta), request, reply);
  }

  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair (the old one is spent)',
    description: `${WEB_CLIENT_NOTE} The web app sends no body token: the cookie is read, with that header only.`,
  })
  @ApiOkResponse({ type: TokenPair })
  @ApiUnauthorizedResponse({
    description:
      'The refresh token is unknown, expired or spent; a spent one ends the session (invalid_token).',
  })
  async refresh(
    @Body() body: RefreshDto,
    @CurrentRequest() meta: RequestMeta,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenPair> {
    // The cookie counts only with the web app's header: a cross-site request can carry neither.
    if (!body.refreshToken && !isWebClient(request))
      throw invalidField('refreshToken', REFRESH_TOKEN_REQUIRED);
    const token = body.refreshToken ?? readRefreshCookie(request);
    if (!token) throw new AppError('invalid_token');
    return this.answer(await this.auth.refresh(token, meta), request, reply);
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
  async logout(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(actor);
    if (isWebClient(request)) clearRefreshCookie(request, reply);
  }

  /** The pair as API clients get it, or, for the web app, the access token with the refresh one in a cookie. */
  private answer(pair: TokenPair, request: FastifyRequest, reply: FastifyReply): TokenPair {
    if (!isWebClient(request) || !pair.refreshToken) return pair;
    setRefreshCookie(request, reply, pair.refreshToken, this.config.auth.refreshTokenTtlDays * 86400);
    const { refreshToken: _kept, ...rest } = pair;
    return rest;
  }
}

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly signedIn: SignedInSessions,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in user and their roles with organisations' })
  @ApiOkResponse({ type: MeView })
  async me(@CurrentActor() actor: Actor): Promise<MeView> {
    const view = await this.signedIn.view(actor);
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
