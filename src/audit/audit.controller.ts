import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page, pageOf } from '../common/pagination';
import { AuditRepository } from './audit.repository';
import { AuditEntryView, AuditPage, AuditQuery } from './dto/audit.dto';

/** Reading the audit log (admins). No route changes it. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly entries: AuditRepository,
    private readonly access: AccessService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The audit log, newest first (admin); filters: actor, entity, entityId, action, from, to',
  })
  @ApiOkResponse({ type: AuditPage })
  async list(@CurrentActor() actor: Actor, @Query() query: AuditQuery): Promise<Page<AuditEntryView>> {
    this.access.requireEverywhere(actor, 'audit.read');
    const [items, total] = await this.entries.list(query);
    return pageOf(items, total, query);
  }
}
