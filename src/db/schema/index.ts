export * from './org.js';
export * from './auth.js';
export * from './audit.js';
export * from './work-items.js';
export * from './enterprises.js';
export * from './catalogue.js';
export * from './sampling.js';
