import { Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { integerFromQuery } from './validation/transforms';

/** The one list shape of the API. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** `?page=&pageSize=` with pages counted from 1 and a bound on the page size. */
export function PageQueryOf(maxPageSize: number, defaultPageSize: number) {
  class BoundedPageQuery {
    @ApiPropertyOptional({ minimum: 1, default: 1 })
    @IsOptional()
    @Transform(integerFromQuery)
    @IsInt()
    @Min(1)
    page: number = 1;

    @ApiPropertyOptional({ minimum: 1, maximum: maxPageSize, default: defaultPageSize })
    @IsOptional()
    @Transform(integerFromQuery)
    @IsInt()
    @Min(1)
    @Max(maxPageSize)
    pageSize: number = defaultPageSize;

    get offset(): number {
      return (this.page - 1) * this.pageSize;
    }
  }
  return BoundedPageQuery;
}

/** Most lists: 20 items a page, 100 at most. */
export class PageQuery extends PageQueryOf(100, 20) {}

export function pageOf<T>(items: T[], total: number, query: { page: number; pageSize: number }): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The OpenAPI description of a page of `item`s: `class UserPage extends PageOf(UserView) {}`. */
export function PageOf<T>(item: ClassType<T>) {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty() total!: number;
    @ApiProperty() page!: number;
    @ApiProperty() pageSize!: number;
  }
  return PageOfItems;
}
