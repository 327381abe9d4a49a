import { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AppError } from '../errors/app-error';
import { createValidationPipe } from './validation.pipe';

enum Gender {
  Female = 'female',
  Male = 'male',
}

class CriterionScore {
  @IsString()
  criterion!: string;

  @Min(0)
  @Max(10)
  value!: number;

  @IsOptional()
  @Min(0.25)
  step?: number;
}

class ScoreSheet {
  @IsInt()
  @Min(1)
  entryId!: number;

  @MaxLength(200)
  note!: string;

  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @IsOptional()
  @Length(2, 4)
  code?: string;

  @ValidateNested({ each: true })
  @Type(() => CriterionScore)
  scores!: CriterionScore[];
}

const metadata: ArgumentMetadata = { type: 'body', metatype: ScoreSheet };

async function errorsOf(body: unknown) {
  try {
    await createValidationPipe().transform(body, metadata);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const { code, options } = error as AppError;
    return { code, count: options.params?.count, errors: options.errors };
  }
  throw new Error('expected the body to be refused');
}

describe('the validation pipe', () => {
  it('passes a valid body through, converted to the DTO', async () => {
    const sheet = (await createValidationPipe().transform(
      { entryId: 3, note: 'ổn', scores: [{ criterion: 'technique', value: 9.25 }] },
      metadata,
    )) as ScoreSheet;
    expect(sheet).toBeInstanceOf(ScoreSheet);
    expect(sheet.scores[0]).toBeInstanceOf(CriterionScore);
  });

  it('names each failure by its dotted path, in both languages, with the DTO’s bounds', async () => {
    const result = await errorsOf({
      entryId: 0,
      note: 'x'.repeat(201),
      gender: 'other',
      code: 'A',
      scores: [
        { criterion: 'technique', value: 9 },
        { criterion: 'artistry', value: 10.5 },
      ],
      judge: 'Lê Văn Hùng',
    });
    expect(result.code).toBe('validation_failed');
    expect(result.count).toBe(result.errors?.length);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: 'entryId', message: { vi: 'phải lớn hơn hoặc bằng 1', en: 'must be at least 1' } },
        {
          path: 'note',
          message: { vi: 'không được dài quá 200 ký tự', en: 'must be at most 200 characters long' },
        },
        {
          path: 'gender',
          message: { vi: 'phải là một trong các giá trị: female, male', en: 'must be one of: female, male' },
        },
        { path: 'scores.1.value', message: { vi: 'phải nhỏ hơn hoặc bằng 10', en: 'must be at most 10' } },
        { path: 'judge', message: { vi: 'không phải là trường được phép', en: 'is not an allowed field' } },
      ]),
    );
  });

  it('writes a decimal bound with a comma in Vietnamese and a point in English', async () => {
    const { errors } = await errorsOf({
      entryId: 1,
      note: '',
      scores: [{ criterion: 'technique', value: 9, step: 0.1 }],
    });
    expect(errors).toEqual([
      { path: 'scores.0.step', message: { vi: 'phải lớn hơn hoặc bằng 0,25', en: 'must be at least 0.25' } },
    ]);
  });

  it('keeps class-validator’s English for a constraint it has no wording for', async () => {
    const { errors } = await errorsOf({ entryId: 1, note: '', scores: [], code: 'A' });
    expect(errors).toEqual([
      { path: 'code', message: { vi: 'không hợp lệ', en: 'must be longer than or equal to 2 characters' } },
    ]);
  });
});
