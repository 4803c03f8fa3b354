#!/usr/bin/env node
// The host CLI. Runs the TypeScript sources through tsx's loader, so `npx hac` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../host/cli/main.ts');
