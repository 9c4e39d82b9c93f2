// Where the importer looks by default, from its compiled place in
// language-server/dist/scripts/import-cmdlets/.

import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const DEFAULT_REFERENCE_FOLDER = fileURLToPath(new URL('../shared/reference/exchange-cmdlets', new URL('../../../../', import.meta.url)));
export const DEFAULT_MODEL_FILE = fileURLToPath(new URL('../../../model/exchange-cmdlets.json', import.meta.url));
