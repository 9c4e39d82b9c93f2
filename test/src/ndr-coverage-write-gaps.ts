// Regenerates test/ndr-coverage-gaps.json from the built bundle and ../shared/reference:
//   npm run build && node test/dist/src/ndr-coverage-write-gaps.js
// Run it after adding entries for NDR codes, and commit the smaller list with them.
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { GAPS_FILE, measureNdrCoverage, ndrTablesPresent, NDR_TABLE_FILES, writeCoverageGaps } from './ndr-coverage.js';

if (!ndrTablesPresent()) {
  console.error(`ndr-coverage: the NDR tables are not there (${Object.values(NDR_TABLE_FILES).join(', ')}); nothing written`);
  process.exit(2);
}
const coverage = measureNdrCoverage(loadBundledKnowledge());
writeCoverageGaps(coverage.gaps);
console.log(coverage.summary);
console.log(`wrote ${GAPS_FILE}: ${coverage.gaps.onPremises.length} on-premises and ${coverage.gaps.online.length} Online codes not covered`);
