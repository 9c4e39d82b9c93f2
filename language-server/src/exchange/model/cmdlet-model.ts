// The Exchange cmdlet model: every cmdlet exkb knows, from the generated reference model plus the
// hand-curated history tables, looked up case-insensitively. Pure: the caller supplies the data.
import { closestNames } from '../../rules/support/closest-name.js';
import { Cmdlet, type CmdletHistory, type CmdletSource } from './cmdlet.js';
import type { CmdletModelFile, CmdletRecord, ProductCode } from './format.js';
import type { ExchangeTarget } from './targets.js';

/** A cmdlet the reference doesn't list (Exchange 2007, removed ones). */
export interface ExtraCmdlet {
  readonly name: string;
  readonly targets: readonly ExchangeTarget[];
  readonly parameterNames?: readonly string[];
  readonly history?: CmdletHistory;
}

export interface CmdletModelSources {
  readonly reference: CmdletModelFile;
  /** Cmdlets outside the reference. */
  readonly extra?: readonly ExtraCmdlet[];
  /** Facts that refine reference cmdlets, by name. */
  readonly histories?: ReadonlyMap<string, CmdletHistory>;
}

const PRODUCT_OF_TARGET: Readonly<Record<ExchangeTarget, ProductCode | undefined>> = {
  '2007': undefined,
  '2010': '2010',
  '2013': '2013',
  '2016': '2016',
  '2019': '2019',
  se: 'se',
  online: 'online',
};

export class CmdletModel {
  readonly source: CmdletModelFile['source'];
  /** Sorted by name, case-insensitively. */
  readonly cmdlets: readonly Cmdlet[];
  readonly #byKey: ReadonlyMap<string, Cmdlet>;
  readonly #records: readonly CmdletRecord[];
  #names: readonly string[] | undefined;
  #valuesByType: Map<string, Set<string>> | undefined;

  constructor(sources: CmdletModelSources) {
    this.source = sources.reference.source;
    this.#records = sources.reference.cmdlets;
    const histories = new Map([...(sources.histories ?? [])].map(([name, history]) => [name.toLowerCase(), history]));
    const byKey = new Map<string, Cmdlet>();
    for (const record of sources.reference.cmdlets) {
      const source: { -readonly [K in keyof CmdletSource]: CmdletSource[K] } = { name: record.name, products: record.products, help: record.help, record };
      if (record.module) source.module = record.module;
      const history = histories.get(record.name.toLowerCase());
      if (history) source.history = history;
      byKey.set(record.name.toLowerCase(), new Cmdlet(source));
    }
    for (const extra of sources.extra ?? []) {
      const key = extra.name.toLowerCase();
      if (byKey.has(key)) continue;
      const products = extra.targets.flatMap((target) => PRODUCT_OF_TARGET[target] ?? []);
      const alsoIn = extra.targets.filter((target) => PRODUCT_OF_TARGET[target] === undefined);
      const history: CmdletHistory = { ...extra.history, alsoIn: [...(extra.history?.alsoIn ?? []), ...alsoIn] };
      const source: { -readonly [K in keyof CmdletSource]: CmdletSource[K] } = { name: extra.name, products, history };
      if (extra.parameterNames) source.parameterNames = extra.parameterNames;
      byKey.set(key, new Cmdlet(source));
    }
    this.#byKey = byKey;
    this.cmdlets = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** Case-insensitive; a module-qualified name (`ExchangeOnlineManagement\Get-EXOMailbox`) is found too. */
  cmdlet(name: string): Cmdlet | undefined {
    const key = name.toLowerCase();
    const found = this.#byKey.get(key);
    if (found) return found;
    const slash = key.lastIndexOf('\\');
    return slash >= 0 ? this.#byKey.get(key.slice(slash + 1)) : undefined;
  }

  /**
   * Lower-case: every value any parameter of `type` lists, over the whole reference (pages list
   * different subsets of one enumeration). Read from the records, so no cmdlet is decoded for it.
   */
  valuesOfType(type: string): ReadonlySet<string> | undefined {
    if (!this.#valuesByType) {
      const table = new Map<string, Set<string>>();
      for (const record of this.#records) {
        for (const parameter of record.parameters) {
          if (!parameter.values) continue;
          const key = parameter.type.toLowerCase();
          let values = table.get(key);
          if (!values) table.set(key, (values = new Set()));
          for (const value of parameter.values) values.add(value.toLowerCase());
        }
      }
      this.#valuesByType = table;
    }
    return this.#valuesByType.get(type.toLowerCase());
  }

  /** The cmdlets nearest to a misspelt name; several when they tie. */
  closest(name: string): string[] {
    this.#names ??= this.cmdlets.map((cmdlet) => cmdlet.name);
    const limit = Math.max(1, Math.min(3, Math.floor(name.length / 6)));
    return closestNames(name, this.#names, limit);
  }
}
