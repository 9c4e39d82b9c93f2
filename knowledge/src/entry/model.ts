/** The products an entry can apply to, oldest first. The schema's enum must list the same. */
export const PRODUCTS = [
  'exchange-2003',
  'exchange-2007',
  'exchange-2010',
  'exchange-2013',
  'exchange-2016',
  'exchange-2019',
  'exchange-se',
  'exchange-online',
] as const;
export type Product = (typeof PRODUCTS)[number];

/** Entry folders under `entries/`. */
export const AREAS = [
  'autodiscover',
  'certificates',
  'client-access',
  'high-availability',
  'mail-flow',
  'migration',
  'performance',
  'public-folders',
  'recipients',
  'scripting',
  'setup',
] as const;
export type Area = (typeof AREAS)[number];

/** The body outline, in order. The first three are required. */
export const SECTIONS = ['Symptom', 'Cause', 'Fix', 'Wrong', 'Correct', 'More information'] as const;
export type SectionName = (typeof SECTIONS)[number];
export const REQUIRED_SECTIONS: readonly SectionName[] = ['Symptom', 'Cause', 'Fix'];

/** Fence languages that hold PowerShell. */
export const POWERSHELL_FENCES: ReadonlySet<string> = new Set(['powershell', 'ps1', 'pwsh', 'posh']);

/** A fenced code block of an entry. */
export interface Snippet {
  section: SectionName;
  language: string;
  code: string;
  /** 1-based line in the entry file of the snippet's first code line. */
  line: number;
}

/** A validated knowledge entry, as the bundle carries it. */
export interface Entry {
  id: string;
  area: Area;
  /** Path relative to the entries folder, with `/`. */
  file: string;
  title: string;
  codes: string[];
  symptoms: string[];
  products: Product[];
  cmdlets: string[];
  tags: string[];
  references: string[];
  /** The body after the front matter, as written. */
  markdown: string;
  /** Plain-text summaries of the main sections, for popovers and result lists. */
  summary: { symptom: string; cause: string; fix: string };
  snippets: Snippet[];
  /** Ids of the entries this one links to with `exkb:<id>`. */
  links: string[];
}
