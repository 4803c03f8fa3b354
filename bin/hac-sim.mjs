#!/usr/bin/env node
// The virtual chip as a device (`hac-sim --stdio | --tcp PORT | --serial PATH`).
import { register } from 'tsx/esm/api';

register();
await import('../firmware-sim/server/main.ts');
