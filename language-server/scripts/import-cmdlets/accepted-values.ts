// The values a parameter accepts, where the page lists them: the yaml `Accepted values:` line,
// or else bullet lists in the description introduced as values ("Valid values are:") whose every
// item is one identifier, optionally explained (`- Reviewer: …`, `- Custom (…)`). A wrong list
// makes false diagnostics later, so anything that might be open-ended is left out: identity
// lists ("for example: Name, Alias, GUID"), examples, "include"/"typical" lists, lists of
// properties or parameters, and parameters whose type can't take such a word (switches,
// Booleans, numbers, identities, hashtables).

import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { uniqueIgnoringCase } from './unique.js';

/** A value as the lists write it: a word, no spaces or dots (`AnonymousUsers`, `V1_DetailedResults`). */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
/** `Value`, `Value: explanation`, `Value (explanation)`, `Value [sic]`. */
const ITEM = /^(\S+?)(?:\s*:(?:\s[\s\S]*)?|\s+\([\s\S]*|\s+\[sic\])?$/;
/** PowerShell's null among the values ("- $null (blank): not configured"): accepted, but not a word to list. */
const NULL_ITEM = '$null';

/** Types whose values are not words from a closed list. */
const NOT_A_VALUE_LIST_TYPE = [
  /IdParameter(\[\])?$/i,
  /^(System\.)?(Boolean|SwitchParameter)(\[\])?$/i,
  /^(System\.)?(U?Int(16|32|64)|Byte|SByte|Double|Single|Decimal)(\[\])?$/i,
  /^(System\.)?(DateTime|TimeSpan|EnhancedTimeSpan)(\[\])?$/i,
  /Hashtable/i,
  /^(PSCredential|SecureString|ScriptBlock|Byte\[\])$/i,
  /(^|\.)Unlimited\b/i,
  /ByteQuantifiedSize/i,
];

/** The last sentence before a list must say it lists values (or roles, or permissions) … */
const VALUES_INTRO = /\b(values?|roles|permissions)\b[^.]*:\s*$/i;
/** … and not that the list is partial, an example, of something else, or of a part of the value (`Domain:Capability`). */
const NOT_EXHAUSTIVE = /\b(example|examples|e\.g|typical|typically|include|includes|including|common|such as|identify|identifies|determined|format|syntax|propert(y|ies)|attributes?|parameters|units?|keys?)\b|`/i;
/** "the following AccessRights parameter values", "the valid Capability values": values of something else. */
const NAMED_VALUES = /(?<!^)\b([A-Z]\w*)\s+(?:parameter\s+)?values?\b/g;
/** "… filters the results based on the ListType parameter value.": the list is of another parameter's values. */
const DEPENDS_ON_OTHER = /\b(based on|depends? on|depending on|determined by)\b[^.]*\b[A-Z]\w*\s+(?:parameter\s+)?values?\b/;
/** The ways to identify an object; a list of them describes an identity, not values. */
const IDENTITY_WORDS = new Set(['name', 'alias', 'id', 'identity', 'guid', 'dn', 'distinguishedname', 'canonicaldn', 'legacyexchangedn', 'samaccountname', 'upn', 'userprincipalname', 'emailaddress', 'displayname', 'objectid', 'externaldirectoryobjectid', 'mailboxguid', 'legacydn']);

export interface AcceptedValuesInput {
  /** The parameter's name, without the dash. */
  readonly parameter: string;
  readonly type: string;
  /** From the yaml `Accepted values:` line(s). */
  readonly yamlValues?: readonly string[];
  /** The parameter's description: its nodes between the heading and the yaml block. */
  readonly description: readonly RootContent[];
}

export function acceptedValues(input: AcceptedValuesInput): string[] | undefined {
  if (input.yamlValues && input.yamlValues.length > 0) return uniqueIgnoringCase(input.yamlValues);
  if (NOT_A_VALUE_LIST_TYPE.some((pattern) => pattern.test(input.type))) return undefined;
  const values: string[] = [];
  input.description.forEach((node, index) => {
    if (node.type !== 'list' || node.ordered) return;
    const intro = input.description[index - 1];
    if (intro?.type !== 'paragraph') return;
    const text = paragraphText(intro);
    // After the values, more of them may follow under a label ("Australia", "Canada") or a note
    // ("If you don't use this parameter, … - DiscoveryHoldsItems (cloud-only)").
    if (!isValuesIntro(text, input.parameter) && !(values.length > 0 && continuesValues(text, input.parameter))) return;
    const items = listValues(node);
    if (items && !isIdentityList(items)) values.push(...items);
  });
  return values.length > 0 ? uniqueIgnoringCase(values) : undefined;
}

/** The list's values when every item is one identifier (or `$null`); undefined otherwise. */
export function listValues(list: List): string[] | undefined {
  const values: string[] = [];
  for (const item of list.children) {
    const value = itemValue(item);
    if (value === undefined) return undefined;
    if (value !== NULL_ITEM) values.push(value);
  }
  return values.length > 0 ? values : undefined;
}

/**
 * Whether the paragraph before a list introduces the values of `parameter`: its last sentence
 * says so and names no other thing's values, and no sentence ties the list to another
 * parameter's value ("based on the ListType parameter value").
 */
export function isValuesIntro(paragraph: string, parameter: string): boolean {
  const sentences = paragraph.trim().split(/(?<=[.!?])(?:\s+|(?=[A-Z]))/);
  const last = sentences[sentences.length - 1] ?? '';
  if (!VALUES_INTRO.test(last) || NOT_EXHAUSTIVE.test(last)) return false;
  if (!namesOnlyItsOwnValues(last, parameter)) return false;
  return !sentences.some((sentence) => DEPENDS_ON_OTHER.test(sentence));
}

/** Whether a list after the values, introduced by `paragraph`, holds more of them. */
function continuesValues(paragraph: string, parameter: string): boolean {
  const sentences = paragraph.trim().split(/(?<=[.!?])(?:\s+|(?=[A-Z]))/);
  return sentences.every((sentence) => !NOT_EXHAUSTIVE.test(sentence) && !DEPENDS_ON_OTHER.test(sentence) && namesOnlyItsOwnValues(sentence, parameter));
}

function namesOnlyItsOwnValues(sentence: string, parameter: string): boolean {
  return [...sentence.matchAll(NAMED_VALUES)].every((match) => match[1]?.toLowerCase() === parameter.toLowerCase());
}

function isIdentityList(values: readonly string[]): boolean {
  return values.filter((value) => IDENTITY_WORDS.has(value.toLowerCase())).length * 2 >= values.length;
}

function itemValue(item: ListItem): string | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = toString(first).trim();
  const value = ITEM.exec(text)?.[1];
  if (value === undefined) return undefined;
  // `- Blank (the value $null)`: a name for null, not a word to type.
  if (value.toLowerCase() === NULL_ITEM || /^\S+\s+\([^)]*\$null/i.test(text)) return NULL_ITEM;
  return IDENTIFIER.test(value) ? value : undefined;
}

/** The paragraph's text with its code spans still in backticks (they mark syntax, not prose). */
function paragraphText(paragraph: Paragraph): string {
  const text = (nodes: readonly PhrasingContent[]): string =>
    nodes.map((node) => (node.type === 'inlineCode' ? `\`${node.value}\`` : 'children' in node ? text(node.children) : 'value' in node ? node.value : '')).join('');
  return text(paragraph.children);
}

