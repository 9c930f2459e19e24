/**
 * Indicator formulas as data: a tokenizer, a recursive-descent parser and an evaluator that walks
 * the tree — never `eval` or `Function`. Grammar:
 *
 *   expr   := term (('+' | '-') term)*
 *   term   := unary (('*' | '/') unary)*
 *   unary  := '-' unary | atom
 *   atom   := number | CODE | FUNC '(' CODE ')' | '(' expr ')'
 *
 * CODE names an indicator of the library (`NET_PROFIT`); FUNC is one of FUNCTIONS: AVG_OC(X) is
 * the average of X's opening balance (the end of the previous year) and its closing balance.
 * A division whose denominator is zero at evaluation gives null ("no value"), not Infinity.
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';

export type Node =
  | { kind: 'number'; value: number }
  | { kind: 'ref'; code: string }
  | { kind: 'call'; fn: FormulaFunction; code: string }
  | { kind: 'neg'; operand: Node }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Node; right: Node };

export const FUNCTIONS = ['AVG_OC'] as const;
export type FormulaFunction = (typeof FUNCTIONS)[number];

type Token =
  { type: 'number'; value: number; at: number } | { type: 'name'; value: string; at: number } | { type: 'op'; value: string; at: number };

/** Why a formula is refused, in both languages. */
export class FormulaError extends Error {
  constructor(
    readonly en: string,
    readonly zh: string
  ) {
    super(en);
  }
}

export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i += 1;
    } else if (/[0-9.]/.test(ch)) {
      const match = /^(\d+(\.\d+)?|\.\d+)/.exec(text.slice(i));
      if (!match) throw new FormulaError(`bad number at position ${i + 1}`, `第 ${i + 1} 个字符处的数字格式不正确`);
      tokens.push({ type: 'number', value: Number(match[0]), at: i });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))!;
      tokens.push({ type: 'name', value: match[0].toUpperCase(), at: i });
      i += match[0].length;
    } else if ('+-*/(),'.includes(ch)) {
      tokens.push({ type: 'op', value: ch, at: i });
      i += 1;
    } else {
      throw new FormulaError(`unexpected character "${ch}" at position ${i + 1}`, `第 ${i + 1} 个字符「${ch}」不能出现在公式中`);
    }
  }
  return tokens;
};

/** The tree of a formula; a FormulaError says why it does not parse. */
export const parseFormula = (text: string): Node => {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const where = () => (peek() ? `position ${peek()!.at + 1}` : 'the end');
  const whereZh = () => (peek() ? `第 ${peek()!.at + 1} 个字符处` : '公式末尾');
  const expectOp = (op: string) => {
    const token = peek();
    if (!token || token.type !== 'op' || token.value !== op) {
      throw new FormulaError(`"${op}" expected at ${where()}`, `${whereZh()}应为「${op}」`);
    }
    pos += 1;
  };

  const atom = (): Node => {
    const token = peek();
    if (!token) throw new FormulaError('the formula ends too early', '公式不完整');
    if (token.type === 'number') {
      pos += 1;
      return { kind: 'number', value: token.value };
    }
    if (token.type === 'name') {
      pos += 1;
      const next = peek();
      if (next?.type === 'op' && next.value === '(') {
        if (!(FUNCTIONS as readonly string[]).includes(token.value)) {
          throw new FormulaError(`unknown function ${token.value}`, `未知函数 ${token.value}`);
        }
        pos += 1;
        const arg = peek();
        if (!arg || arg.type !== 'name')
          throw new FormulaError(`${token.value} takes an indicator code`, `${token.value} 的参数应为指标编码`);
        pos += 1;
        expectOp(')');
        return { kind: 'call', fn: token.value as FormulaFunction, code: arg.value };
      }
      return { kind: 'ref', code: token.value };
    }
    if (token.value === '(') {
      pos += 1;
      const inner = expr();
      expectOp(')');
      return inner;
    }
    throw new FormulaError(`unexpected "${token.value}" at ${where()}`, `${whereZh()}不应出现「${token.value}」`);
  };
  const unary = (): Node => {
    const token = peek();
    if (token?.type === 'op' && token.value === '-') {
      pos += 1;
      return { kind: 'neg', operand: unary() };
    }
    return atom();
  };
  const binary = (operand: () => Node, ops: string[]) => (): Node => {
    let left = operand();
    for (let token = peek(); token?.type === 'op' && ops.includes(token.value); token = peek()) {
      pos += 1;
      left = { kind: 'binary', op: token.value as any, left, right: operand() };
    }
    return left;
  };
  const term = binary(unary, ['*', '/']);
  const expr = binary(term, ['+', '-']);

  if (tokens.length === 0) throw new FormulaError('the formula is empty', '公式为空');
  const tree = expr();
  if (pos < tokens.length)
    throw new FormulaError(`unexpected "${peek()!.value}" at ${where()}`, `${whereZh()}不应出现「${peek()!.value}」`);
  return tree;
};

/** Every indicator code a tree names, once each, in order of appearance. */
export const referencedCodes = (node: Node): string[] => {
  const codes: string[] = [];
  const walk = (n: Node) => {
    if (n.kind === 'ref' || n.kind === 'call') {
      if (!codes.includes(n.code)) codes.push(n.code);
    } else if (n.kind === 'neg') walk(n.operand);
    else if (n.kind === 'binary') {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(node);
  return codes;
};

/** Whether a subtree is a constant, and its value (for refusing a division by a literal zero such as `X / (2 - 2)`). */
const constantValue = (node: Node): number | null => {
  if (node.kind === 'number') return node.value;
  if (node.kind === 'neg') {
    const v = constantValue(node.operand);
    return v === null ? null : -v;
  }
  if (node.kind === 'binary') {
    const l = constantValue(node.left);
    const r = constantValue(node.right);
    if (l === null || r === null) return null;
    return applyOp(node.op, l, r);
  }
  return null;
};

const divisionsByLiteralZero = (node: Node): boolean => {
  if (node.kind === 'neg') return divisionsByLiteralZero(node.operand);
  if (node.kind !== 'binary') return false;
  if (node.op === '/' && constantValue(node.right) === 0) return true;
  return divisionsByLiteralZero(node.left) || divisionsByLiteralZero(node.right);
};

function applyOp(op: string, l: number, r: number): number | null {
  switch (op) {
    case '+':
      return l + r;
    case '-':
      return l - r;
    case '*':
      return l * r;
    default:
      return r === 0 ? null : l / r;
  }
}

/** What a value lookup answers for a code: its value, or its opening and closing balances for AVG_OC. */
export interface FormulaInputs {
  value: (code: string) => number | null;
  opening: (code: string) => number | null;
}

/** The formula's value; null when an input has no value or a denominator is zero. */
export const evaluate = (node: Node, inputs: FormulaInputs): number | null => {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'ref':
      return inputs.value(node.code);
    case 'call': {
      const open = inputs.opening(node.code);
      const close = inputs.value(node.code);
      return open === null || close === null ? null : (open + close) / 2;
    }
    case 'neg': {
      const v = evaluate(node.operand, inputs);
      return v === null ? null : -v;
    }
    case 'binary': {
      const l = evaluate(node.left, inputs);
      const r = evaluate(node.right, inputs);
      if (l === null || r === null) return null;
      const v = applyOp(node.op, l, r);
      return v === null || !Number.isFinite(v) ? null : v;
    }
  }
};

/** The library as formula checks see it: each code's kind and formula. */
export type LibraryEntry = { code: string; kind: string; formula?: string | null };

/**
 * The problems of saving `entry` into `library` (the other indicators): a formula indicator needs a
 * formula that parses, names only known codes, divides by no literal zero and forms no cycle.
 */
export const formulaProblems = (entry: LibraryEntry, library: LibraryEntry[]): Problem[] => {
  if (entry.kind !== 'formula') return [];
  const text = (entry.formula ?? '').trim();
  if (!text) return [problemAt('formula', 'A formula indicator needs a formula', '公式指标须填写计算公式')];
  let tree: Node;
  try {
    tree = parseFormula(text);
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    return [problemAt('formula', `The formula does not parse: ${error.en}`, `公式无法解析：${error.zh}`)];
  }
  const byCode = new Map(library.filter((i) => i.code !== entry.code).map((i) => [i.code, i]));
  byCode.set(entry.code, entry);
  const unknown = referencedCodes(tree).filter((code) => !byCode.has(code));
  if (unknown.length > 0) {
    return [
      problemAt('formula', `The formula names unknown indicators: ${unknown.join(', ')}`, `公式引用了不存在的指标：${unknown.join('、')}`),
    ];
  }
  if (divisionsByLiteralZero(tree)) return [problemAt('formula', 'The formula divides by zero', '公式中存在除以零')];
  const cycle = findCycle(entry.code, byCode);
  if (cycle) {
    return [problemAt('formula', `The formula refers back to itself: ${cycle.join(' → ')}`, `公式存在循环引用：${cycle.join(' → ')}`)];
  }
  return [];
};

const codesOf = (entry: LibraryEntry | undefined): string[] => {
  if (!entry || entry.kind !== 'formula' || !entry.formula) return [];
  try {
    return referencedCodes(parseFormula(entry.formula));
  } catch {
    return [];
  }
};

/** A path from `start` back to itself through formulas, or null. */
const findCycle = (start: string, byCode: Map<string, LibraryEntry>): string[] | null => {
  const visit = (code: string, path: string[], seen: Set<string>): string[] | null => {
    for (const next of codesOf(byCode.get(code))) {
      if (next === start) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = visit(next, [...path, next], seen);
      if (found) return found;
    }
    return null;
  };
  return visit(start, [start], new Set());
};

/** The base items a formula finally rests on (through nested formulas), for loading their values. */
export const baseItemsOf = (code: string, byCode: Map<string, LibraryEntry>, seen = new Set<string>()): string[] => {
  const entry = byCode.get(code);
  if (!entry || seen.has(code)) return [];
  seen.add(code);
  if (entry.kind !== 'formula') return [code];
  return [...new Set(codesOf(entry).flatMap((c) => baseItemsOf(c, byCode, seen)))];
};
