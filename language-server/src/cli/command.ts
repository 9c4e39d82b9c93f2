import type { KnowledgeBase } from '@exkb/knowledge';
import type { Io } from './io.js';

export interface CommandContext {
  io: Io;
  /** Loaded on first use: `--help` never pays for it. */
  knowledge(): KnowledgeBase;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code. */
  run(args: string[], context: CommandContext): Promise<number>;
}
