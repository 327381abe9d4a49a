// js-yaml comes with @nestjs/swagger and has no types of its own; the tests need only `load`.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
