import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import {
  DEFAULT_MAX_FRAME,
  StreamDecoder,
  decodeLine,
  encodeBinaryFrame,
  encodeFrame,
  encodeLineFrame,
  maxBinaryLength,
  maxLineLength,
  type Decoded,
} from './codec.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
const concat = (...p: Uint8Array[]) => Uint8Array.from(p.flatMap((x) => [...x]));

function pushBytewise(d: StreamDecoder, b: Uint8Array): Decoded[] {
  const out: Decoded[] = [];
  for (let i = 0; i < b.length; i++) out.push(...d.push(b.subarray(i, i + 1)));
  return out;
}

describe('encoders', () => {
  it('line frame: marker, base64 of payload and little-endian CRC, newline', () => {
    const p = ascii('123456789');
    const f = encodeLineFrame(p);
    expect(latin1(f)).toBe('@HAC:' + Buffer.concat([Buffer.from(p), Buffer.from([0x26, 0x39, 0xf4, 0xcb])]).toString('base64') + '\n');
    expect(encodeFrame('line', p)).toEqual(f);
  });

  it('binary frame: COBS(0x00, payload, CRC LE) then 0x00; always starts with 0x01', () => {
    const p = Uint8Array.of(0x11, 0x00, 0x22);
    const c = crc32(p);
    const f = encodeBinaryFrame(p);
    expect(f[0]).toBe(0x01);
    expect(f[f.length - 1]).toBe(0x00);
    expect(f.subarray(0, -1).includes(0)).toBe(false);
    expect(Buffer.from(f).toString('hex')).toBe(Buffer.from([0x01, 0x02, 0x11, 0x06, 0x22, c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24, 0x00]).toString('hex'));
    expect(encodeFrame('binary', p)).toEqual(f);
    expect(encodeBinaryFrame(new Uint8Array(0))[0]).toBe(0x01);
  });

  it('the largest legal frames fit the advertised bounds', () => {
    const worst = Uint8Array.from({ length: DEFAULT_MAX_FRAME }, (_, i) => (i % 255) + 1);
    expect(encodeBinaryFrame(worst).length - 1).toBeLessThanOrEqual(maxBinaryLength(DEFAULT_MAX_FRAME));
    expect(encodeLineFrame(worst).length - 1).toBeLessThanOrEqual(maxLineLength(DEFAULT_MAX_FRAME));
  });
});

describe('decodeLine', () => {
  const payload = ascii('hello frame');
  const line = latin1(encodeLineFrame(payload)).slice(0, -1);

  it('accepts a frame with or without a trailing \\r, as string or bytes', () => {
    for (const l of [line, line + '\r']) {
      expect(decodeLine(l)).toEqual({ kind: 'frame', payload });
      expect(decodeLine(ascii(l))).toEqual({ kind: 'frame', payload });
    }
  });

  it('returns other lines as log text, keeping characters beyond Latin-1 when given a string', () => {
    expect(decodeLine('temp 27\u00b0C \u2713\r')).toEqual({ kind: 'log', text: 'temp 27\u00b0C \u2713' });
    expect(decodeLine(Uint8Array.of(0x41, 0xe9, 0x0d))).toEqual({ kind: 'log', text: 'A\u00e9' });
    expect(decodeLine('')).toEqual({ kind: 'log', text: '' });
    expect(decodeLine('@HA')).toEqual({ kind: 'log', text: '@HA' });
    expect(decodeLine('@hac:' + line.slice(5)).kind).toBe('log');
  });

  it('does not alias characters above U+00FF onto base64 letters', () => {
    const i = line.indexOf('A', 5) >= 0 ? line.indexOf('A', 5) : line.indexOf('Q', 5);
    const c = line.charCodeAt(i);
    const alias = line.slice(0, i) + String.fromCharCode(0x100 + c) + line.slice(i + 1); // low byte == original
    expect(decodeLine(alias)).toMatchObject({ kind: 'drop', reason: 'malformed' });
  });

  it('drops bad CRC, bad base64 and short bodies with the right reason', () => {
    const bad = line.slice(0, 8) + (line[8] === 'A' ? 'B' : 'A') + line.slice(9);
    expect(decodeLine(bad)).toEqual({ kind: 'drop', reason: 'crc', bytes: line.length });
    expect(decodeLine('@HAC:AA*A')).toEqual({ kind: 'drop', reason: 'malformed', bytes: 9 });
    expect(decodeLine('@HAC:AAA=')).toEqual({ kind: 'drop', reason: 'malformed', bytes: 9 });
    expect(decodeLine('@HAC:')).toEqual({ kind: 'drop', reason: 'malformed', bytes: 5 });
    expect(decodeLine('@HAC:AAAAAQ==')).toEqual({ kind: 'drop', reason: 'crc', bytes: 13 });
    // Four zero bytes are a correct frame: the CRC-32 of an empty payload is 0x00000000.
    expect(decodeLine('@HAC:AAAAAA==')).toEqual({ kind: 'frame', payload: new Uint8Array(0) });
  });

  it('enforces max_frame exactly', () => {
    const at = (n: number) => latin1(encodeLineFrame(new Uint8Array(n).fill(7))).slice(0, -1);
    expect(decodeLine(at(100), 100).kind).toBe('frame');
    expect(decodeLine(at(101), 100)).toMatchObject({ kind: 'drop', reason: 'oversized' });
    expect(decodeLine(at(400), 100)).toMatchObject({ kind: 'drop', reason: 'oversized' });
  });
});

describe('StreamDecoder', () => {
  it('decodes mixed framings and log text whatever the chunking', () => {
    const a = ascii('A'), b = ascii('BB');
    const input = concat(ascii('boot\r\n'), encodeLineFrame(a), encodeBinaryFrame(b), ascii('bye\n'));
    const whole = new StreamDecoder();
    const d1 = whole.push(input);
    const byte = new StreamDecoder();
    expect(pushBytewise(byte, input)).toEqual(d1);
    expect(byte.stats).toEqual(whole.stats);
    expect(d1).toEqual([
      { kind: 'log', text: 'boot' },
      { kind: 'frame', framing: 'line', payload: a },
      { kind: 'frame', framing: 'binary', payload: b },
      { kind: 'log', text: 'bye' },
    ]);
  });

  // Regression: an oversized binary frame used to be discarded only up to the next '\n', so a
  // serial port delivering bytes in small chunks turned the rest of its payload into log lines
  // and could even "receive" a line frame embedded in that payload.
  it('discards an oversized binary frame up to its 0x00, not up to a \\n inside it', () => {
    const inner = encodeLineFrame(ascii('smuggled'));
    const big = concat(new Uint8Array(100).fill(0x41), ascii('\n'), inner, new Uint8Array(20).fill(0x42));
    const good = ascii('good');
    const input = concat(encodeBinaryFrame(big), encodeBinaryFrame(good));
    for (const feed of [(d: StreamDecoder) => d.push(input), (d: StreamDecoder) => pushBytewise(d, input)]) {
      const d = new StreamDecoder(64);
      expect(feed(d)).toEqual([{ kind: 'frame', framing: 'binary', payload: good }]);
      expect(d.stats).toMatchObject({ frames: 1, oversized: 1, logLines: 0, resyncs: 1 });
    }
  });

  it('an oversized line frame is discarded up to its newline', () => {
    const d = new StreamDecoder(64);
    const input = concat(encodeLineFrame(new Uint8Array(1000).fill(3)), encodeLineFrame(ascii('ok')));
    expect(pushBytewise(d, input)).toEqual([{ kind: 'frame', framing: 'line', payload: ascii('ok') }]);
    expect(d.stats).toMatchObject({ frames: 1, oversized: 1, droppedBytes: encodeLineFrame(new Uint8Array(1000)).length - 1 });
  });

  it('splits endless log text into bounded lines and loses nothing', () => {
    const d = new StreamDecoder();
    const out = d.push(concat(new Uint8Array(2500).fill(0x78), ascii('\n')));
    expect(out.map((o) => (o.kind === 'log' ? o.text.length : -1))).toEqual([1024, 1024, 452]);
  });

  it('reset() drops a partial frame and counts it', () => {
    const d = new StreamDecoder();
    const f = encodeBinaryFrame(ascii('partial'));
    expect(d.push(f.subarray(0, 5))).toEqual([]);
    d.reset();
    expect(d.stats.malformed).toBe(1);
    expect(d.push(encodeBinaryFrame(ascii('next')))).toEqual([{ kind: 'frame', framing: 'binary', payload: ascii('next') }]);
  });

  it('returns payloads that do not alias its internal buffer', () => {
    const d = new StreamDecoder();
    const [first] = d.push(encodeBinaryFrame(ascii('first')));
    d.push(encodeBinaryFrame(ascii('XXXXXXXX')));
    expect(first).toEqual({ kind: 'frame', framing: 'binary', payload: ascii('first') });
  });
});

describe('frame overhead on a 4096-byte payload (the figures in SPEC.md section 2)', () => {
  it('binary: 23 bytes (0.56%) at most, for a payload without zero bytes; line: 1378 bytes (33.6%)', () => {
    const noZeros = new Uint8Array(4096).map((_, i) => 1 + (i % 255));
    expect(encodeBinaryFrame(noZeros).length - 4096).toBe(23);
    expect(encodeLineFrame(noZeros).length - 4096).toBe(1378);
    // Zero bytes in the payload only shorten the COBS encoding.
    const withZeros = new Uint8Array(4096).map((_, i) => (i % 7 === 0 ? 0 : 5));
    expect(encodeBinaryFrame(withZeros).length - 4096).toBeLessThanOrEqual(23);
  });
});
