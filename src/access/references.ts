import 'reflect-metadata';
import { ApiParam } from '@nestjs/swagger';

/**
 * Kinds of record a request may name in a body or a query, each resolved and checked by ReferencesService.
 * Localities, disciplines and rubrics are shared reference data: every signed-in user reads them, so only
 * their existence is checked; so is an organisation invited to co-organise an event (`invitable_organisation`:
 * naming it only asks its organisers, who decide).
 */
export const REFERENCE_KINDS = [
  'organisation',
  'invitable_organisation',
  'user',
  'participant',
  'club',
  'category',
  'locality',
  'discipline',
  'rubric',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** The OpenAPI extension that declares what a field or parameter names (read by the reach test). */
export const REFERENCES_EXTENSION = 'x-references';

const REFERENCES_METADATA = 'access:references';
// @nestjs/swagger's metadata key for a DTO property (DECORATORS.API_MODEL_PROPERTIES).
const SWAGGER_PROPERTY_METADATA = 'swagger/apiModelProperties';

/** The reference fields a DTO class declares: property → kind. */
export function referencesOf(type: object): ReadonlyMap<string, ReferenceKind> {
  return (
    (Reflect.getMetadata(REFERENCES_METADATA, type) as Map<string, ReferenceKind> | undefined) ?? new Map()
  );
}

/**
 * Declares that a DTO property (a number or an array of numbers) names records of `kind`: the request is
 * answered 404 unless every one is in the caller's reach. Put it above @ApiProperty, whose schema it extends.
 */
export function References(kind: ReferenceKind): PropertyDecorator {
  return (target, propertyKey) => {
    const type = target.constructor;
    const own = new Map(referencesOf(type));
    own.set(String(propertyKey), kind);
    Reflect.defineMetadata(REFERENCES_METADATA, own, type);
    const schema = Reflect.getMetadata(SWAGGER_PROPERTY_METADATA, target, propertyKey) as
      Record<string, unknown> | undefined;
    if (!schema)
      throw new Error(`@References on ${type.name}.${String(propertyKey)} must sit above @ApiProperty`);
    Reflect.defineMetadata(
      SWAGGER_PROPERTY_METADATA,
      { ...schema, [REFERENCES_EXTENSION]: kind },
      target,
      propertyKey,
    );
  };
}

/**
 * Records named by a path parameter. They are checked by the feature's own access check (which knows the
 * action: a judge reads a round, an organiser manages it), always 404 out of reach; this declares the kind
 * in the OpenAPI document so the reach test probes it.
 */
export function PathReferences(kind: string, name = 'id'): MethodDecorator {
  return ApiParam({ name, type: Number, [REFERENCES_EXTENSION]: kind } as Parameters<typeof ApiParam>[0]);
}
