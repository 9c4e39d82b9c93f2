// Visits the direct children of a syntax-tree node in source order.
import type { Attribute, Node, Parameter, TypeConstraint } from './ast.js';

type Visit = (node: Node) => void;

function each(nodes: readonly Node[] | undefined, visit: Visit): void {
  if (nodes) for (const node of nodes) visit(node);
}

function maybe(node: Node | undefined, visit: Visit): void {
  if (node) visit(node);
}

function attributes(list: readonly (Attribute | TypeConstraint)[], visit: Visit): void {
  for (const attribute of list) visit(attribute);
}

function parameters(list: readonly Parameter[], visit: Visit): void {
  for (const parameter of list) visit(parameter);
}

export function forEachChild(node: Node, visit: Visit): void {
  switch (node.type) {
    case 'ScriptBlock':
      maybe(node.paramBlock, visit);
      // `using` statements come before the param block, named blocks and statements after it.
      for (const statement of node.statements) if (!node.paramBlock || statement.start < node.paramBlock.start) visit(statement);
      each(node.namedBlocks, visit);
      for (const statement of node.statements) if (node.paramBlock && statement.start >= node.paramBlock.start) visit(statement);
      return;
    case 'NamedBlock':
    case 'StatementBlock':
      each(node.statements, visit);
      return;
    case 'ParamBlock':
      each(node.attributes, visit);
      parameters(node.parameters, visit);
      return;
    case 'Parameter':
      attributes(node.attributes, visit);
      visit(node.variable);
      maybe(node.defaultValue, visit);
      return;
    case 'Attribute':
      each(node.positional, visit);
      for (const argument of node.named) maybe(argument.value, visit);
      return;
    case 'FunctionDefinition':
      parameters(node.parameters, visit);
      visit(node.body);
      return;
    case 'If':
      for (const clause of node.clauses) {
        maybe(clause.condition, visit);
        visit(clause.body);
      }
      maybe(node.elseBody, visit);
      return;
    case 'Switch':
      maybe(node.file, visit);
      maybe(node.condition, visit);
      {
        const clauses: Node[] = [];
        for (const clause of node.clauses) clauses.push(clause.pattern, clause.body);
        if (node.defaultBody) clauses.push(node.defaultBody);
        clauses.sort((a, b) => a.start - b.start);
        each(clauses, visit);
      }
      return;
    case 'Foreach':
      maybe(node.variable, visit);
      maybe(node.iterable, visit);
      maybe(node.body, visit);
      return;
    case 'For':
      maybe(node.initializer, visit);
      maybe(node.condition, visit);
      maybe(node.iterator, visit);
      maybe(node.body, visit);
      return;
    case 'While':
      maybe(node.condition, visit);
      maybe(node.body, visit);
      return;
    case 'DoWhile':
    case 'DoUntil':
      maybe(node.body, visit);
      maybe(node.condition, visit);
      return;
    case 'Try':
      visit(node.body);
      for (const clause of node.catches) visit(clause.body);
      maybe(node.finallyBody, visit);
      return;
    case 'Trap':
      visit(node.body);
      return;
    case 'Data':
      each(node.commands, visit);
      visit(node.body);
      return;
    case 'Block':
      visit(node.body);
      return;
    case 'Flow':
      maybe(node.value, visit);
      return;
    case 'Using':
      each(node.names, visit);
      return;
    case 'Class':
    case 'Enum':
      for (const member of node.members) {
        attributes(member.attributes, visit);
        if (member.type === 'Property') maybe(member.defaultValue, visit);
        else {
          parameters(member.parameters, visit);
          each(member.baseArguments, visit);
          visit(member.body);
        }
      }
      for (const label of node.labels) maybe(label.value, visit);
      return;
    case 'Assignment':
      visit(node.target);
      maybe(node.value, visit);
      return;
    case 'Pipeline':
      each(node.elements, visit);
      return;
    case 'PipelineChain':
      visit(node.left);
      maybe(node.right, visit);
      return;
    case 'ErrorStatement':
      each(node.children, visit);
      return;
    case 'Command':
      each(node.elements, visit);
      for (const redirection of node.redirections) visit(redirection);
      return;
    case 'CommandExpression':
      visit(node.expression);
      for (const redirection of node.redirections) visit(redirection);
      return;
    case 'CommandParameter':
      maybe(node.argument, visit);
      return;
    case 'Redirection':
      maybe(node.target, visit);
      return;
    case 'String':
      each(node.nested, visit);
      return;
    case 'ArrayLiteral':
      each(node.items, visit);
      return;
    case 'ArrayExpression':
    case 'SubExpression':
      each(node.statements, visit);
      return;
    case 'Paren':
      maybe(node.statement, visit);
      return;
    case 'Hashtable':
      for (const entry of node.entries) {
        visit(entry.key);
        maybe(entry.value, visit);
      }
      return;
    case 'ScriptBlockExpression':
      visit(node.block);
      return;
    case 'Unary':
      visit(node.operand);
      return;
    case 'Binary':
      visit(node.left);
      visit(node.right);
      return;
    case 'Ternary':
      visit(node.condition);
      visit(node.ifTrue);
      visit(node.ifFalse);
      return;
    case 'Convert':
      visit(node.operand);
      return;
    case 'Attributed':
      visit(node.attribute);
      visit(node.operand);
      return;
    case 'Member':
      visit(node.target);
      visit(node.member);
      each(node.arguments, visit);
      return;
    case 'Index':
      visit(node.target);
      maybe(node.index, visit);
      return;
    case 'Number':
    case 'Variable':
    case 'TypeLiteral':
    case 'TypeConstraint':
    case 'ErrorExpression':
      return;
  }
}

/** Every node under `root` (root included), depth first, in source order. */
export function walk(root: Node, visit: (node: Node) => void): void {
  const step = (node: Node): void => {
    visit(node);
    forEachChild(node, step);
  };
  step(root);
}
