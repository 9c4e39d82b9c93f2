// The hand-curated facts of `exchange/legacy/` as model sources: cmdlets outside the reference
// and what the reference can't tell about the ones inside it.
import type { CmdletHistory } from './cmdlet.js';
import type { ExtraCmdlet } from './cmdlet-model.js';

export const HISTORY_SOURCES: { readonly extra: readonly ExtraCmdlet[]; readonly histories: ReadonlyMap<string, CmdletHistory> } = {
  extra: [],
  histories: new Map(),
};
