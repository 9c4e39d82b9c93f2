// Taking a URL written in the script apart without running it: where the scheme, host and path
// stand in the written text, so a rule can point at (and rewrite) just one of them.
import type { LiteralText } from './literal-text.js';

export interface UrlParts {
  /** `http`, `https`, another scheme, or undefined when none is written. */
  readonly scheme?: string;
  /** Offsets in `literal.raw`. */
  readonly hostStart: number;
  /** Where the path starts (the `/`), or the end of the host when there is no path. */
  readonly pathStart: number;
  /** The end of the path, before any `?` or `#`. */
  readonly pathEnd: number;
  /** The path, or `undefined` when it holds variables. */
  readonly path?: string;
  /** False when the host is (or contains) a variable. */
  readonly hostKnown: boolean;
}

/** Takes a written URL apart; `undefined` when its shape depends on an expression. */
export function urlParts(literal: LiteralText): UrlParts | undefined {
  const { raw } = literal;
  if (raw.includes('$(') || raw.includes('`')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw);
  const hostStart = scheme ? scheme[0].length : 0;
  const slash = raw.indexOf('/', hostStart);
  const pathStart = slash === -1 ? raw.length : slash;
  const query = raw.slice(pathStart).search(/[?#]/);
  const pathEnd = query === -1 ? raw.length : pathStart + query;
  const path = raw.slice(pathStart, pathEnd);
  const host = raw.slice(hostStart, pathStart);
  return {
    ...(scheme ? { scheme: scheme[1]!.toLowerCase() } : {}),
    hostStart,
    pathStart,
    pathEnd,
    ...(path.includes('$') ? {} : { path }),
    hostKnown: !host.includes('$'),
  };
}
