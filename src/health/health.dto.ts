import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LiveView {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}

class DependencyCheckView {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ example: 1 }) latencyMs!: number;
  @ApiPropertyOptional({ description: 'Why it is down.' }) error?: string;
}

class ReadinessChecks {
  @ApiProperty({ type: DependencyCheckView }) database!: DependencyCheckView;
  @ApiProperty({ type: DependencyCheckView }) redis!: DependencyCheckView;
}

export class ReadyView {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: ReadinessChecks }) checks!: ReadinessChecks;
}
