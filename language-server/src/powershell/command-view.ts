// The command view: every command of the script as rules see it (name, alias resolved, native or
// not, parameters bound by name, positional arguments, splatted hashtables, pipeline neighbours),
// and the attributes of every param() block.
import { BUILT_IN_ALIASES } from './aliases.js';
import { AssignmentCollector, splatHashtable, type Assignments } from './assignments.js';
import type { Command, CommandParameter, Expression, Pipeline, VariableExpression } from './ast.js';
import { argumentValue, variableKey, type ValueContext } from './constant-values.js';
import { classifyName, type NativeName } from './native-commands.js';
import { stringValue } from './string-values.js';
import { SWITCH_PARAMETERS } from './switch-parameters.js';
import type { ArgumentValue, CommandView, HashtableEntry, ParamBlockAttribute, ParameterArgument, Span, Splat } from './types.js';
import type { Recorder } from './parser-state.js';

export interface ScriptViews {
  readonly commands: CommandView[];
  readonly paramAttributes: ParamBlockAttribute[];
}

/** What binding a command's elements produces: computed on first use, since rules look at few commands. */
interface Binding {
  readonly parameters: readonly ParameterArgument[];
  readonly positional: readonly ArgumentValue[];
  readonly splats: readonly Splat[];
}

class View implements CommandView {
  previous?: CommandView;
  next?: CommandView;
  private binding: Binding | undefined;

  constructor(
    private readonly command: Command,
    private readonly scope: BindingScope,
    readonly span: Span,
    readonly name: string,
    readonly nameSpan: Span,
    readonly canonical: string,
    readonly key: string,
    readonly native: boolean,
    readonly invocation: '&' | '.' | null,
    readonly pipelineIndex: number,
    readonly pipelineLength: number,
  ) {}

  get parameters(): readonly ParameterArgument[] {
    return (this.binding ??= bind(this.command, this.scope)).parameters;
  }

  get positional(): readonly ArgumentValue[] {
    return (this.binding ??= bind(this.command, this.scope)).positional;
  }

  get splats(): readonly Splat[] {
    return (this.binding ??= bind(this.command, this.scope)).splats;
  }

  parameter(name: string): ParameterArgument | undefined {
    const wanted = name.toLowerCase();
    let found: ParameterArgument | undefined;
    for (const parameter of this.parameters) {
      const written = parameter.name.toLowerCase();
      if (written.length > 0 && wanted.startsWith(written)) found = parameter;
    }
    return found;
  }

  /** The view as plain data (the bound properties are getters). */
  toJSON(): Omit<CommandView, 'parameter' | 'previous' | 'next'> & { previous?: string; next?: string } {
    const { span, name, nameSpan, canonical, key, native, invocation, parameters, positional, splats, pipelineIndex, pipelineLength } = this;
    return { span, name, nameSpan, canonical, key, native, invocation, parameters, positional, splats, pipelineIndex, pipelineLength, previous: this.previous?.name, next: this.next?.name };
  }
}

interface BindingScope {
  readonly context: ValueContext;
  readonly assignments: Assignments;
}

/** The views of a parsed script, from the nodes the parser recorded (see Recorder). */
export function buildViews(recorded: Recorder, text: string): ScriptViews {
  const assignments = new AssignmentCollector(text);
  for (const node of recorded.writes) assignments.visit(node);
  const context = valueContext(text, assignments);
  const scope: BindingScope = { context, assignments };
  const names = new Map<string, NativeName>();
  const commands: CommandView[] = [];
  for (const pipeline of recorded.pipelines) addPipeline(pipeline, text, scope, names, commands);
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

function addPipeline(pipeline: Pipeline, text: string, scope: BindingScope, names: Map<string, NativeName>, commands: CommandView[]): void {
  const length = pipeline.elements.length;
  let previous: View | undefined;
  for (let index = 0; index < length; index++) {
    const element = pipeline.elements[index]!;
    const view = element.type === 'Command' ? commandView(element, index, length, text, scope, names) : undefined;
    if (view && previous) {
      view.previous = previous;
      previous.next = view;
    }
    if (view) commands.push(view);
    previous = view;
  }
}

function commandView(command: Command, index: number, length: number, text: string, scope: BindingScope, names: Map<string, NativeName>): View | undefined {
  const nameElement = command.elements[0];
  if (!nameElement) return undefined;
  const nameSpan = { start: nameElement.start, end: nameElement.end };
  const isWord = nameElement.type === 'String';
  const name = isWord && nameElement.quote !== 'bare' ? stringValue(text, nameElement.start, nameElement.end, nameElement.quote) : text.slice(nameElement.start, nameElement.end);
  const second = command.elements[1];
  const firstArgument = second?.type === 'String' && second.quote === 'bare' ? text.slice(second.start, second.end) : undefined;
  let classified: NativeName = { native: false };
  if (isWord) {
    const cacheKey = name.length === 2 && firstArgument !== undefined ? `${name} ${firstArgument}` : name;
    classified = names.get(cacheKey) ?? classifyName(name, firstArgument);
    names.set(cacheKey, classified);
  }
  let canonical: string;
  if (classified.native) {
    canonical = classified.program ?? name.toLowerCase();
  } else {
    const unqualified = isWord ? name.slice(name.lastIndexOf('\\') + 1) : name;
    canonical = (isWord ? BUILT_IN_ALIASES.get(unqualified.toLowerCase()) : undefined) ?? unqualified;
  }
  return new View(command, scope, { start: command.start, end: command.end }, name, nameSpan, canonical, canonical.toLowerCase(), classified.native, command.invocation, index, length);
}

/** PowerShell binds arguments by the command's metadata; without it, see switch-parameters.ts. */
function bind(command: Command, scope: BindingScope): Binding {
  const { context, assignments } = scope;
  const parameters: ParameterArgument[] = [];
  const positional: ArgumentValue[] = [];
  const splats: Splat[] = [];
  const { elements } = command;
  for (let position = 1; position < elements.length; position++) {
    const element = elements[position]!;
    if (element.type === 'CommandParameter') {
      const following = elements[position + 1];
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
  return { parameters, positional, splats };
}

function takesValue(parameter: CommandParameter, following: Expression | CommandParameter): following is Expression {
  if (following.type === 'CommandParameter') return false;
  if (following.type === 'Variable' && following.splatted) return false;
  return !SWITCH_PARAMETERS.has(parameter.name.toLowerCase());
}

function namedArgument(parameter: CommandParameter, value: ArgumentValue | undefined, end: number): ParameterArgument {
  const nameSpan = { start: parameter.start, end: parameter.nameEnd };
  const span = { start: parameter.start, end };
  return value ? { name: parameter.name, nameSpan, span, value, colon: parameter.colon } : { name: parameter.name, nameSpan, span, colon: parameter.colon };
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
  for (const parameter of byKey.values()) parameters.push(parameter);
  return { variable: key, span, resolved: true };
}
