/**
 * Quick start: open the virtual chip, load a context, run a query, a batch, stream tokens.
 *   npx tsx examples/quickstart.ts [selector]      (default: sim:inproc, the chip in this process)
 */
import { connect, HacError, scoreScaleFor, toReal, type Token } from '../index.js';

const selector = process.argv[2] ?? 'sim:inproc';
const dev = await connect(selector);
try {
  console.log(`connected to ${dev.info.firmware} (chip 0x${dev.info.chipId.toString(16)}), epoch ${dev.info.bootEpoch}, ${dev.info.framing} framing`);

  // Registers, by name, with field access.
  await dev.regs.writeField('MODE', 'SELECT', 'TOPK');
  await dev.regs.write('TOPK', 16);
  console.log('MODE =', dev.regs.decode('MODE', await dev.regs.read('MODE')));

  // A 128-token context from real-valued keys and values, quantised with a scale.
  const tokens = 128;
  const keys = Float32Array.from({ length: tokens * 64 }, (_, i) => Math.sin(i / 10));
  const values = Float32Array.from({ length: tokens * 64 }, (_, i) => Math.cos(i / 7));
  const rep = await dev.loadContext(
    { keys: { float: keys, scale: 1 / 100 }, values: { float: values, scale: 1 / 100 } },
    { onProgress: (p) => process.stderr.write(`\r${p.phase} ${p.bytesDone}/${p.totalBytes}`) },
  );
  process.stderr.write('\n');
  console.log(`loaded ${rep.tokens} tokens (${rep.bytes} bytes, verified, ${rep.bytesPerSec.toFixed(0)} B/s)`);

  await dev.setScoreScale(1 / 50, 1 / 100); // queries below are real values x 50, keys x 100
  const query = Int8Array.from({ length: 64 }, (_, i) => Math.round(50 * Math.sin(i / 10)));
  const r = await dev.query(query);
  console.log(`kept ${r.kept.length}/${r.contextLength} tokens; output[0..4] =`, Array.from(r.output.subarray(0, 4)), 'real:', Array.from(toReal(r, 1 / 100).subarray(0, 2)));

  // Calls take effect in call order without awaiting (SPEC section 4): this write is seen by the
  // query after it. And a batch (one request per up to 32 queries) with per-query settings.
  void dev.regs.write('TOPK', 4);
  const four = await dev.query(query);
  const batch = await dev.queryBatch([query, query, query], { settings: [{ margin: 0 }, { margin: 31, scoreScale: scoreScaleFor(1 / 50, 1 / 100) }, {}] });
  console.log(`TOPK 4 -> kept ${four.kept.length}; a batch of ${batch.length}: kept`, batch.map((b) => b.kept.length));

  // Token streaming: append + query per token, pipelined, results in order.
  await dev.resetContext();
  async function* source(): AsyncGenerator<Token> {
    for (let t = 0; t < 32; t++) yield { key: query.map((x) => (x + t) % 100), value: query, query };
  }
  let n = 0;
  for await (const res of dev.stream(source(), { maxInFlight: 4 })) n += res.kept.length;
  console.log(`streamed 32 tokens, ${n} kept in total`);
  console.log('link:', dev.stats());
} catch (err) {
  if (err instanceof HacError) console.error(`hac error (${err.kind}): ${err.message}`);
  else throw err;
  process.exitCode = 1;
} finally {
  await dev.close();
}
