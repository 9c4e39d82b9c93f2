#!/usr/bin/env node
import { runLanguageServer } from '../dist/src/lsp/main.js';

const code = runLanguageServer(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
