// The command view: every command of the script as rules see it (name, alias resolved, native or
// not, parameters bound by name, positional arguments, splatted hashtables, pipeline neighbours),
// and the attributes of every param() block.
import { BUILT_IN_ALIASES } from './aliases.js';
import { AssignmentCollector, splatHashtable, type Assignments } from './assignments.js';
import type { Command, CommandParameter, Expression, Pipeline, VariableExpression } from './ast.js';
import { argumentValue, variableKey, type ValueContext } from './constant-values.js';
import { classifyName } from './native-commands.js';
import { stringValue } from './string-values.js';
import { SWITCH_PARAMETERS } from './switch-parameters.js';
import type { ArgumentValue, CommandView, HashtableEntry, ParamBlockAttribute, ParameterArgument, Span, Splat } from './types.js';
import type { Recorder } from './parser-state.js';

export interface ScriptViews {
  readonly commands: CommandView[];
  readonly paramAttributes: ParamBlockAttribute[];
}

class View implements CommandView {
  previous?: CommandView;
  next?: CommandView;

  constructor(
    readonly span: Span,
    readonly name: string,
    readonly nameSpan: Span,
    readonly canonical: string,
    readonly key: string,
    readonly native: boolean,
    readonly invocation: '&' | '.' | null,
    readonly parameters: readonly ParameterArgument[],
    readonly positional: readonly ArgumentValue[],
    readonly splats: readonly Splat[],
    readonly pipelineIndex: number,
    readonly pipelineLength: number,
  ) {}

  parameter(name: string): ParameterArgument | undefined {
    const wanted = name.toLowerCase();
    let found: ParameterArgument | undefined;
    for (const parameter of this.parameters) {
      const written = parameter.name.toLowerCase();
      if (written.length > 0 && wanted.startsWith(written)) found = parameter;
    }
    return found;
  }
}

/** The views of a parsed script, from the nodes the parser recorded (see Recorder). */
export function buildViews(recorded: Recorder, text: string): ScriptViews {
  const assignments = new AssignmentCollector(text);
  for (const node of recorded.writes) assignments.visit(node);
  const context = valueContext(text, assignments);
  const commands: CommandView[] = [];
  for (const pipeline of recorded.pipelines) addPipeline(pipeline, text, context, assignments, commands);
  commands.sort((a, b) => a.span.start - b.span.start);
  const paramAttributes: ParamBlockAttribute[] = [];
  const blocks = [...recorded.parameterised].sort((a, b) => a.start - b.start);
  for (const block of blocks) {
    const scope = { start: block.start, end: block.end };
    for (const attribute of block.paramBlock?.attributes ?? []) {
      paramAttributes.push({
        name: attribute.name,
        span: { start: attribute.start, end: attribute.end },
        arguments: attribute.positional.map((argument) => argumentValue(argument, context)),
        named: attribute.named.map((argument): HashtableEntry => {
          const keySpan = { start: argument.nameStart, end: argument.nameEnd };
          const value: ArgumentValue = argument.value
            ? argumentValue(argument.value, context)
            : { span: keySpan, text: argument.name, kind: 'bool', constant: true, bool: true };
          return { key: argument.name, keySpan, value };
        }),
        scope,
      });
    }
  }
  return { commands, paramAttributes };
}

function valueContext(text: string, assignments: Assignments): ValueContext {
  const plain: ValueContext = { text, assigned: () => undefined };
  const cache = new Map<string, ArgumentValue | undefined>();
  return {
    text,
    assigned(variable) {
      if (cache.has(variable)) return cache.get(variable);
      const writes = assignments.writes(variable);
      let value: ArgumentValue | undefined;
      if (writes.length === 1 && writes[0]!.value) {
        const candidate = argumentValue(writes[0]!.value, plain);
        if (candidate.constant) value = candidate;
      }
      cache.set(variable, value);
      return value;
    },
  };
}

function addPipeline(pipeline: Pipeline, text: string, context: ValueContext, assignments: Assignments, commands: CommandView[]): void {
  const length = pipeline.elements.length;
  let previous: View | undefined;
  pipeline.elements.forEach((element, index) => {
    if (element.type !== 'Command') {
      previous = undefined;
      return;
    }
    const view = commandView(element, index, length, text, context, assignments);
    if (!view) {
      previous = undefined;
      return;
    }
    if (previous && previous.pipelineIndex === index - 1) {
      view.previous = previous;
      previous.next = view;
    }
    previous = view;
    commands.push(view);
  });
}

function commandView(command: Command, index: number, length: number, text: string, context: ValueContext, assignments: Assignments): View | undefined {
  const [nameElement, ...rest] = command.elements;
  if (!nameElement) return undefined;
  const nameSpan = { start: nameElement.start, end: nameElement.end };
  const name = nameElement.type === 'String' && nameElement.quote !== 'bare' ? stringValue(text, nameElement.start, nameElement.end, nameElement.quote) : text.slice(nameElement.start, nameElement.end);
  const isWord = nameElement.type === 'String';
  const firstArgument = rest[0]?.type === 'String' && rest[0].quote === 'bare' ? text.slice(rest[0].start, rest[0].end) : undefined;
  const classified = isWord ? classifyName(name, firstArgument) : { native: false };
  let canonical: string;
  if (classified.native) canonical = classified.program ?? name.toLowerCase();
  else {
    const unqualified = isWord ? name.slice(name.lastIndexOf('\\') + 1) : name;
    canonical = (isWord ? BUILT_IN_ALIASES.get(unqualified.toLowerCase()) : undefined) ?? unqualified;
  }
  const parameters: ParameterArgument[] = [];
  const positional: ArgumentValue[] = [];
  const splats: Splat[] = [];
  for (let position = 0; position < rest.length; position++) {
    const element = rest[position]!;
    if (element.type === 'CommandParameter') {
      const following = rest[position + 1];
      if (!element.colon && following && takesValue(element, following)) {
        parameters.push(namedArgument(element, argumentValue(following, context), following.end));
        position++;
      } else {
        parameters.push(namedArgument(element, element.argument ? argumentValue(element.argument, context) : undefined, element.end));
      }
    } else if (element.type === 'Variable' && element.splatted) {
      splats.push(splat(element, assignments, context, parameters));
    } else {
      positional.push(argumentValue(element, context));
    }
  }
  return new View(
    { start: command.start, end: command.end },
    name,
    nameSpan,
    canonical,
    canonical.toLowerCase(),
    classified.native,
    command.invocation,
    parameters,
    positional,
    splats,
    index,
    length,
  );
}

function takesValue(parameter: CommandParameter, following: Expression | CommandParameter): following is Expression {
  if (following.type === 'CommandParameter') return false;
  if (following.type === 'Variable' && following.splatted) return false;
  return !SWITCH_PARAMETERS.has(parameter.name.toLowerCase());
}

function namedArgument(parameter: CommandParameter, value: ArgumentValue | undefined, end: number): ParameterArgument {
  const base = { name: parameter.name, nameSpan: { start: parameter.start, end: parameter.nameEnd }, span: { start: parameter.start, end }, colon: parameter.colon };
  return value ? { ...base, value } : base;
}

/** `@params`: the keys of the hashtable assigned to `$params` become parameters. */
function splat(variable: VariableExpression, assignments: Assignments, context: ValueContext, parameters: ParameterArgument[]): Splat {
  const key = variableKey(variable.name);
  const span = { start: variable.start, end: variable.end };
  const found = splatHashtable(assignments, key, variable.start);
  if (!found) return { variable: key, span, resolved: false };
  const origin = { variable: key, span };
  const byKey = new Map<string, ParameterArgument>();
  const table = argumentValue(found.table, context);
  for (const entry of table.entries ?? []) {
    byKey.set(entry.key.toLowerCase(), { name: entry.key, nameSpan: entry.keySpan, span: { start: entry.keySpan.start, end: entry.value.span.end }, value: entry.value, colon: false, splat: origin });
  }
  for (const addition of found.additions) {
    const value = argumentValue(addition.value, context);
    const nameSpan = { start: addition.keyNode.start, end: addition.keyNode.end };
    byKey.set(addition.key.toLowerCase(), { name: addition.key, nameSpan, span: { start: nameSpan.start, end: value.span.end }, value, colon: false, splat: origin });
  }
  parameters.push(...byKey.values());
  return { variable: key, span, resolved: true };
}
