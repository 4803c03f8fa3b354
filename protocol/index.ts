export * from './constants.js';
export * from './messages.js';
export * from './framing/index.js';
export * from './registers/map.js';
export { SCHEMA_HASH, REGISTER_MAP_HASH } from './generated/hashes.js';
export * from './bounds.js';
export * from './request-frame.js';
