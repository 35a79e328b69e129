export * from './api-model.js';
export * from './diagnostics.js';
export * from './page-facts.js';
export * from './source.js';
export * from './type-ref.js';
export * from './json-path.js';
export * from './service-url.js';
