import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { MyRoundList } from './dto/my-rounds.dto';
import { JUDGING_ROLES } from '../competition/entities/panel-member.entity';
import { MyRoundsRepository } from './my-rounds.repository';

@Injectable()
export class MyRoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: MyRoundsRepository,
  ) {}

  /**
   * The caller's own places on panels (nothing else, so no further access check). A judge owes every
   * criterion of every active entry they are not recused from (as sheetProgress counts); a secretary or an
   * absent judge owes nothing.
   */
  async list(actor: Actor): Promise<MyRoundList> {
    const rows = await this.rounds.forUser(this.dataSource.manager, actor.userId);
    return {
      items: rows.map(({ entriesOwed, criteria, ...row }) => ({
        ...row,
        owed: row.absent || !JUDGING_ROLES.includes(row.panelRole) ? 0 : entriesOwed * criteria,
      })),
    };
  }
}
