// One cmdlet of the model, decoded from its compact record on first use: parameters with the sets
// they belong to, PowerShell's parameter-name resolution, and availability per target version.
import { COMMON_PARAMETERS } from './common-parameters.js';
import type { CmdletRecord, ParameterRecord, ProductCode } from './format.js';
import { TARGET_ORDER, targetsOfProducts, type ExchangeTarget } from './targets.js';

export type Availability = 'yes' | 'no' | 'unknown';

export interface CmdletParameter {
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  readonly switch: boolean;
  readonly pipeline?: 'value' | 'property' | 'both';
  /** The targets the reference says have it (the cmdlet's when the page says nothing else). */
  readonly targets: readonly ExchangeTarget[];
  /** For a parameter only older versions had: why it is gone and what replaced it. */
  readonly absence?: Absence;
  /** Accepted values as the reference spells them. */
  readonly values?: readonly string[];
  /** Names of the parameter sets that contain it; empty for common parameters (in every set). */
  readonly sets: readonly string[];
  readonly common: boolean;
}

export interface SetParameter {
  readonly parameter: CmdletParameter;
  readonly mandatory: boolean;
  /** 0-based binding order of positional arguments; absent when named only. */
  readonly position?: number;
}

export interface ParameterSet {
  readonly name: string;
  /** In the order of the reference's SYNTAX block. */
  readonly parameters: readonly SetParameter[];
}

export type ParameterResolution =
  | { readonly kind: 'exact' | 'alias' | 'prefix'; readonly parameter: CmdletParameter }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly CmdletParameter[] }
  | { readonly kind: 'unknown' };

/** Why a cmdlet (or parameter) is missing from some targets, and what to use there. */
export interface Absence {
  /** The targets it is missing from. */
  readonly targets: readonly ExchangeTarget[];
  /** "Exchange 2010 SP1", "Exchange Online (October 2020)": the release that dropped it. */
  readonly removedIn?: string;
  /** "Exchange 2010": the release that brought it, for targets older than that. */
  readonly introducedIn?: string;
  /** Cmdlets (or, for a parameter, parameters) to use instead. */
  readonly replacements: readonly string[];
  /** One sentence when the replacement names alone don't tell the story. */
  readonly note?: string;
  /** Knowledge entries about the change. */
  readonly entries?: readonly string[];
}

/** A parameter the reference doesn't list because only older versions had it. */
export interface LegacyParameterFact {
  readonly name: string;
  readonly targets: readonly ExchangeTarget[];
  readonly absence: Absence;
}

/** Facts about a cmdlet that the reference doesn't hold (Exchange 2007, removed and retired cmdlets). */
export interface CmdletHistory {
  /** Targets known to have the cmdlet beyond the reference's (e.g. `2007`). */
  readonly alsoIn?: readonly ExchangeTarget[];
  /** Targets known not to have it, whatever the reference's front matter says. */
  readonly absences?: readonly Absence[];
  readonly legacyParameters?: readonly LegacyParameterFact[];
}

export interface CmdletSource {
  readonly name: string;
  readonly products: readonly ProductCode[];
  readonly module?: string;
  readonly help?: string;
  /** Absent when nothing is known of the parameters (a removed cmdlet): parameter checks stay quiet. */
  readonly record?: CmdletRecord;
  /** Parameter names known for a cmdlet without a record. */
  readonly parameterNames?: readonly string[];
  readonly history?: CmdletHistory;
}

const COMMON: readonly CmdletParameter[] = COMMON_PARAMETERS.map((common) => ({
  name: common.name,
  type: common.type,
  aliases: common.aliases,
  switch: common.type === 'SwitchParameter',
  targets: [],
  sets: [],
  common: true,
}));

export class Cmdlet {
  readonly name: string;
  readonly key: string;
  readonly module: string | undefined;
  readonly help: string | undefined;
  readonly history: CmdletHistory | undefined;
  /** The targets the cmdlet is known to exist in. */
  readonly targets: readonly ExchangeTarget[];
  /** False for cmdlets known only by name (removed ones): their parameters can't be checked. */
  readonly parametersKnown: boolean;
  readonly #source: CmdletSource;
  #parameters: readonly CmdletParameter[] | undefined;
  #sets: readonly ParameterSet[] | undefined;
  #lookup: Map<string, CmdletParameter> | undefined;
  /** Prefix resolutions already worked out; bounded, because the model lives as long as the process. */
  readonly #prefixes = new Map<string, ParameterResolution>();

  constructor(source: CmdletSource) {
    this.#source = source;
    this.name = source.name;
    this.key = source.name.toLowerCase();
    this.module = source.module;
    this.help = source.help;
    this.history = source.history;
    const own = targetsOfProducts(source.products);
    const also = source.history?.alsoIn ?? [];
    const absent = new Set((source.history?.absences ?? []).flatMap((absence) => absence.targets));
    this.targets = orderTargets([...own, ...also]).filter((target) => !absent.has(target));
    this.parametersKnown = source.record !== undefined;
  }

  /** Its own parameters, page order, then the common parameters. */
  get parameters(): readonly CmdletParameter[] {
    if (!this.#parameters) this.#decode();
    return this.#parameters!;
  }

  get sets(): readonly ParameterSet[] {
    if (!this.#sets) this.#decode();
    return this.#sets!;
  }

  availability(target: ExchangeTarget): Availability {
    if (this.targets.includes(target)) return 'yes';
    if (this.absence(target)) return 'no';
    // The reference starts at Exchange 2010: what it lists for 2010 may or may not be in 2007.
    if (target === '2007' && this.targets.includes('2010')) return 'unknown';
    return 'no';
  }

  /** Why the cmdlet is missing from `target`, when the history tables know. */
  absence(target: ExchangeTarget): Absence | undefined {
    return this.history?.absences?.find((absence) => absence.targets.includes(target));
  }

  parameterAvailability(parameter: CmdletParameter, target: ExchangeTarget): Availability {
    if (parameter.common || parameter.targets.includes(target)) return 'yes';
    if (target === '2007' && parameter.targets.includes('2010')) return 'unknown';
    return 'no';
  }

  /** PowerShell's rules: an exact name or alias wins, else a prefix that names one parameter. */
  resolveParameter(written: string): ParameterResolution {
    const lower = written.toLowerCase();
    const exact = this.#lookupTable().get(lower);
    if (exact) return { kind: exact.name.toLowerCase() === lower ? 'exact' : 'alias', parameter: exact };
    const known = this.#prefixes.get(lower);
    if (known) return known;
    const candidates = new Set<CmdletParameter>();
    for (const [spelling, parameter] of this.#lookupTable()) if (spelling.startsWith(lower)) candidates.add(parameter);
    const resolution: ParameterResolution =
      candidates.size === 1
        ? { kind: 'prefix', parameter: [...candidates][0]! }
        : candidates.size > 1
          ? { kind: 'ambiguous', candidates: [...candidates].sort((a, b) => a.name.localeCompare(b.name)) }
          : { kind: 'unknown' };
    if (this.#prefixes.size >= 256) this.#prefixes.clear();
    this.#prefixes.set(lower, resolution);
    return resolution;
  }

  /** Own parameters by exact name, case-insensitive; no prefixes. */
  parameter(name: string): CmdletParameter | undefined {
    return this.#lookupTable().get(name.toLowerCase());
  }

  #lookupTable(): Map<string, CmdletParameter> {
    if (this.#lookup) return this.#lookup;
    const lookup = new Map<string, CmdletParameter>();
    for (const parameter of this.parameters) {
      lookup.set(parameter.name.toLowerCase(), parameter);
      for (const alias of parameter.aliases) if (!lookup.has(alias.toLowerCase())) lookup.set(alias.toLowerCase(), parameter);
    }
    return (this.#lookup = lookup);
  }

  #decode(): void {
    const record = this.#source.record;
    const cmdletTargets = targetsOfProducts(this.#source.products);
    if (!record) {
      this.#parameters = [
        ...(this.#source.parameterNames ?? []).map((name) => ({ name, type: 'Object', aliases: [], switch: false, targets: this.targets, sets: [], common: false })),
        ...COMMON,
      ];
      this.#sets = [];
      return;
    }
    const setsOf = new Map<string, string[]>();
    const byName = new Map<string, CmdletParameter>();
    const parameters = record.parameters.map((parameterRecord) => {
      const sets: string[] = [];
      setsOf.set(parameterRecord.name.toLowerCase(), sets);
      const parameter = toParameter(parameterRecord, cmdletTargets, sets);
      byName.set(parameter.name.toLowerCase(), parameter);
      return parameter;
    });
    const sets: ParameterSet[] = record.sets.map((set) => ({
      name: set.name,
      parameters: set.parameters.flatMap((token) => {
        const { name, position, mandatory } = parseSetToken(token);
        let parameter = byName.get(name.toLowerCase());
        if (!parameter) {
          // A syntax block naming a parameter the page doesn't describe: keep what the block says.
          const sets: string[] = [];
          setsOf.set(name.toLowerCase(), sets);
          parameter = { name, type: 'Object', aliases: [], switch: false, targets: cmdletTargets, sets, common: false };
          byName.set(name.toLowerCase(), parameter);
          parameters.push(parameter);
        }
        setsOf.get(name.toLowerCase())!.push(set.name);
        return position === undefined ? [{ parameter, mandatory }] : [{ parameter, mandatory, position }];
      }),
    }));
    for (const legacy of this.#source.history?.legacyParameters ?? []) {
      if (byName.has(legacy.name.toLowerCase())) continue;
      // In no syntax block: it can't narrow the sets, and parameter-version checks explain it.
      parameters.push({ name: legacy.name, type: 'Object', aliases: [], switch: false, targets: legacy.targets, absence: legacy.absence, sets: [], common: false });
    }
    const own = new Set(parameters.map((parameter) => parameter.name.toLowerCase()));
    this.#parameters = [...parameters, ...COMMON.filter((common) => !own.has(common.name.toLowerCase()))];
    this.#sets = sets;
  }
}

function toParameter(record: ParameterRecord, cmdletTargets: readonly ExchangeTarget[], sets: string[]): CmdletParameter {
  const parameter: { -readonly [K in keyof CmdletParameter]: CmdletParameter[K] } = {
    name: record.name,
    type: record.type,
    aliases: record.aliases ?? [],
    switch: /^(System\.Management\.Automation\.)?SwitchParameter$/i.test(record.type),
    targets: record.products ? targetsOfProducts(record.products) : cmdletTargets,
    sets,
    common: false,
  };
  if (record.pipeline) parameter.pipeline = record.pipeline;
  if (record.values) parameter.values = record.values;
  return parameter;
}

/** `Identity@0!` → Identity, position 0, mandatory. */
export function parseSetToken(token: string): { name: string; position?: number; mandatory: boolean } {
  const match = /^([^@!]+)(?:@(\d+))?(!)?$/.exec(token);
  if (!match) return { name: token, mandatory: false };
  const result: { name: string; position?: number; mandatory: boolean } = { name: match[1]!, mandatory: match[3] === '!' };
  if (match[2] !== undefined) result.position = Number(match[2]);
  return result;
}

function orderTargets(targets: readonly ExchangeTarget[]): ExchangeTarget[] {
  const set = new Set(targets);
  return TARGET_ORDER.filter((target) => set.has(target));
}
