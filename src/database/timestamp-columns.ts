import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

// Millisecond UTC timestamps set by the database. The explicit defaults keep migration:generate quiet
// (see docs/stack-notes.md).

export function CreatedAtColumn(): PropertyDecorator {
  return CreateDateColumn({ type: 'datetime', precision: 3, default: () => 'CURRENT_TIMESTAMP(3)' });
}

export function UpdatedAtColumn(): PropertyDecorator {
  return UpdateDateColumn({
    type: 'datetime',
    precision: 3,
    default: () => 'CURRENT_TIMESTAMP(3)',
    onUpdate: 'CURRENT_TIMESTAMP(3)',
  });
}
