/**
 * A deliberately broken device for the trace diff: it stands between a virtual chip and the host
 * and flips the least significant bit of the first output of every query result (off by one,
 * still in range, so only a comparison with a reference can tell), re-framing each response as it came
 * (same framing, fresh CRC). Everything else passes unchanged: its analog decisions are the chip's.
 */
import type { Transport } from '../../host/index.js';
import { StreamDecoder, decodeFrameMessage, encodeFrame, encodeFrameMessage, type IResponse } from '../../protocol/index.js';

function breakResult(r: { output?: Uint8Array | null } | null | undefined): void {
  if (!r?.output || r.output.length < 2) return;
  const out = r.output.slice();
  out[0] ^= 1;
  r.output = out;
}

export function brokenDigitalOutput(inner: Transport): Transport {
  const decoder = new StreamDecoder();
  return {
    ...inner,
    description: `${inner.description} (broken digital output)`,
    lineBytesPerSec: inner.lineBytesPerSec,
    write: (d) => inner.write(d),
    close: () => inner.close(),
    read() {
      const src = inner.read();
      return {
        async *[Symbol.asyncIterator]() {
          for await (const chunk of src) {
            const parts: Uint8Array[] = [];
            for (const d of decoder.push(chunk)) {
              if (d.kind !== 'frame') {
                parts.push(new TextEncoder().encode(d.text + '\n'));
                continue;
              }
              const f = decodeFrameMessage(d.payload);
              if (f instanceof Error || !f.response) {
                parts.push(encodeFrame(d.framing, d.payload));
                continue;
              }
              const resp = f.response as IResponse;
              breakResult(resp.runQuery?.result);
              breakResult(resp.readResult?.result);
              for (const r of resp.runQueries?.results ?? []) breakResult(r);
              parts.push(encodeFrame(d.framing, encodeFrameMessage({ response: resp })));
            }
            for (const p of parts) yield p;
          }
        },
      };
    },
  };
}
