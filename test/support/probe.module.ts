import { Body, Controller, Get, Module, Post, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import Redis from 'ioredis';
import mysql from 'mysql2/promise';
import { Public } from '../../src/auth/decorators';

/*
 * A controller that exists only in the tests, to drive the platform's request handling (validation, error
 * format, dependency failures) through the real HTTP stack before any feature route exists.
 */

class GuardianDto {
  @IsString()
  @MaxLength(100)
  name!: string;

  @Matches(/^0\d{9}$/)
  phone!: string;
}

class EchoDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  fullName!: string;

  @IsInt()
  @Min(4)
  @Max(30)
  age!: number;

  @IsIn(['club', 'team', 'group'])
  kind!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => GuardianDto)
  guardian?: GuardianDto;

  @IsOptional()
  @IsArray()
  @IsNumber({}, { each: true })
  scores?: number[];
}

class PageQuery {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page!: number;
}

@Public()
@Controller('probe')
class ProbeController {
  @Post('echo')
  echo(@Body() body: EchoDto): EchoDto {
    return body;
  }

  @Get('page')
  page(@Query() query: PageQuery): PageQuery {
    return query;
  }

  @Get('boom')
  boom(): never {
    throw new Error('boom: internal detail that must not reach the client');
  }

  /** A real connection attempt to a port where no MariaDB listens. */
  @Get('database-down')
  async databaseDown(): Promise<void> {
    await mysql.createConnection({ host: '127.0.0.1', port: 1, user: 'root', connectTimeout: 1000 });
  }

  /** A real command on a Redis client that is not connected, as a queue's is while Redis is down. */
  @Get('redis-down')
  async redisDown(): Promise<void> {
    const redis = new Redis({ host: '127.0.0.1', port: 1, lazyConnect: true, enableOfflineQueue: false });
    try {
      await redis.ping();
    } finally {
      redis.disconnect();
    }
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
