export * from './codec.js';
export { crc32, CRC32_CHECK_VALUE } from './crc32.js';
export { cobsEncode, cobsDecode, cobsMaxEncodedLength } from './cobs.js';
export { base64Encode, base64Decode } from './base64.js';
