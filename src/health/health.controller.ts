import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators';
import { AppError } from '../common/errors/app-error';
import { LiveView, ReadyView } from './health.dto';
import { HealthService, Readiness } from './health.service';

/** Probes for orchestrators and load balancers; outside /api/v1 and without authentication. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up and serving HTTP' })
  @ApiOkResponse({ type: LiveView })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'The database and Redis both answer' })
  @ApiOkResponse({ type: ReadyView })
  @ApiServiceUnavailableResponse({ description: 'application/problem+json with the same `checks`' })
  async ready(): Promise<{ status: 'ok'; checks: Readiness['checks'] }> {
    const { ready, checks } = await this.health.readiness();
    if (!ready) {
      const down = Object.entries(checks)
        .filter(([, check]) => check.status === 'down')
        .map(([name]) => name)
        .join(', ');
      throw new AppError('service_unavailable', {
        detail: { vi: `Không kết nối được: ${down}.`, en: `Not reachable: ${down}.` },
        extensions: { checks },
        retryAfterSeconds: 5,
      });
    }
    return { status: 'ok', checks };
  }
}
