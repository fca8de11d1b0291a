export * from './org.js';
export * from './auth.js';
export * from './audit.js';
export * from './work-items.js';
