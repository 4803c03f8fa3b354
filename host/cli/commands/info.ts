/** `hac info`: the handshake result. */
import type { Command } from 'commander';
import { capabilityNames, REGISTER_MAP_HASH, SCHEMA_HASH } from '../../../protocol/index.js';
import { emit, escapeDeviceText, hex, withDevice } from '../context.js';
import type { CliContext } from '../registry.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('info')
    .description('handshake result: versions, chip id, capabilities, limits, boot epoch')
    .addHelpText('after', '\nExample:\n  $ hac --target serial:/dev/ttyUSB0@3000000 info --json\n')
    .action(async (_o: unknown, cmd: Command) => {
      const g = ctx.globals(cmd);
      const info = await withDevice(g, ctx.io, async (d) => d.info);
      const obj = { ...info, capabilities: info.capabilityNames, capabilityBits: info.capabilities, hostRegisterMapHash: REGISTER_MAP_HASH, hostSchemaHash: SCHEMA_HASH };
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
          `geometry        ${info.maxTokens} tokens x ${info.headDim} dims, tile ${info.tileTokens}, ${info.heads} heads`,
          `register map    ${hex(info.registerMapHash)}`,
          `schema          ${hex(info.schemaHash)}`,
          '',
        ].join('\n'),
      );
    });
}
