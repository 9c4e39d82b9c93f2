// The words of a result's range chip: which code of the query an entry answers through a range it
// lists ("5.7.950 in 5.7.900-999"). Pure and dependency-free, as it runs in the webview.

/** `5.7.950 in 5.7.900-999` when the query holds a code of the range; `in 5.7.900-999` otherwise. */
export function rangeChipText(query: string, range: string): string {
  const parts = /^(\d\.\d{1,3})\.(\d{1,3})-(\d{1,3})$/.exec(range);
  if (!parts) return `in ${range}`;
  const [, prefix = '', low = '', high = ''] = parts;
  const codes = new RegExp(`(?<![\\d.])${prefix.replace('.', '\\.')}\\.(\\d{1,3})(?![\\d.])`, 'g');
  for (const [, detail = ''] of query.matchAll(codes)) {
    if (Number(detail) >= Number(low) && Number(detail) <= Number(high)) return `${prefix}.${detail} in ${range}`;
  }
  return `in ${range}`;
}
