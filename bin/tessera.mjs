#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npx tessera` always runs the current source.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
