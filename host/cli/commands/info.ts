/** `hac info`: the handshake result. */
import type { Command } from 'commander';
import { capabilityNames, REGISTER_MAP_HASH, SCHEMA_HASH } from '../../../protocol/index.js';
import { emit, escapeDeviceText, hex, withDevice } from '../context.js';
import type { CliContext } from '../registry.js';
import type { LinkTuning } from '../../link/adapt.js';

/** The link adaptation's state (stats().tuning): chunk size, window, measured error rate, round trip. */
export function linkLine(t: LinkTuning): string {
  return `chunk ${t.chunkSize} B, window ${t.window}, measured BER ${t.bitErrorRate === 0 ? '0' : t.bitErrorRate.toExponential(1)} (${t.lost} lost / ${t.answered} answered), srtt ${t.srttMs.toFixed(1)} ms`;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('info')
    .description('handshake result: versions, chip id, capabilities, limits, boot epoch')
    .addHelpText('after', '\nExample:\n  $ hac --target serial:/dev/ttyUSB0@3000000 info --json\n')
    .action(async (_o: unknown, cmd: Command) => {
      const g = ctx.globals(cmd);
      const { info, tuning } = await withDevice(g, ctx.io, async (d) => ({ info: d.info, tuning: d.stats().tuning }));
      const obj = { ...info, capabilities: info.capabilityNames, capabilityBits: info.capabilities, hostRegisterMapHash: REGISTER_MAP_HASH, hostSchemaHash: SCHEMA_HASH, link: tuning };
      emit(ctx.io, g, obj, () =>
        [
          `target          ${info.target}`,
          `firmware        ${escapeDeviceText(info.firmware)}`,
          `protocol        ${info.protocolVersion} (accepts ${info.minProtocolVersion}..${info.protocolVersion})`,
          `chip id         ${hex(info.chipId)}  revision ${(info.revision >> 8) & 0xff}.${info.revision & 0xff}`,
          `capabilities    ${capabilityNames(info.capabilities).join(' ') || '(none)'}`,
          `max frame       ${info.maxFrame} bytes (device ${info.deviceMaxFrame})`,
          `window          ${info.window}`,
          `framing         ${info.framing}`,
          `boot epoch      ${info.bootEpoch}`,
          `link            ${linkLine(tuning)}`,
          `geometry        ${info.maxTokens} tokens x ${info.headDim} dims, tile ${info.tileTokens}, ${info.heads} heads`,
          `register map    ${hex(info.registerMapHash)}`,
          `schema          ${hex(info.schemaHash)}`,
          '',
        ].join('\n'),
      );
    });
}
