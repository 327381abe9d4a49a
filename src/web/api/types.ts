import type { components } from './schema';

/** The API's response and request shapes by name, as the OpenAPI document declares them. */
export type Schemas = components['schemas'];
