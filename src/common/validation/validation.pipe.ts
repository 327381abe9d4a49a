import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { FieldError, invalidFields } from '../errors/app-error';
import { constraintMessage } from './constraint-messages';

/**
 * The global pipe: unknown fields are refused, values are converted to the DTO's types, and every failure
 * becomes one 400 naming each field by its dotted path.
 */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => invalidFields(flattenValidationErrors(errors)),
  });
}

export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, defaultMessage]) => ({
      path,
      message: constraintMessage(error, constraint, defaultMessage),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/**
 * Leaves path parameters as the text they came as: Number() would read "0x1" or "1e0" as 1 before the
 * parameter's own pipe (IdPipe) could refuse it.
 */
class StrictValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}
