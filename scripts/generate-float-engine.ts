/**
 * npm run gen:engine: writes the fast path's copy of the yearly accounts, compiled from the one
 * generic definition. core.ts (and plan.ts, which it calls every year) are written against
 * `Arithmetic<N>`; here each operation on `k` becomes the plain-number operator it stands for
 * (`k.plus(a, b)` → `a + b`, `k.zero` → `0`) and `N` becomes `number`. Nothing else changes: the
 * same steps, in the same order, over the same declarations. V8 then sees only numbers and keeps
 * them unboxed, with no call per operation and no object per intermediate result.
 * The copies are not committed: float-engine.ts writes them through this whenever they are missing
 * or stale. tests/unit/fast-engine.test.ts fails if a copy differs from what this writes.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import ts from 'typescript';
import {
	engineDir as engine,
	floatCopies,
	readSource,
	sourcesDigest,
	type ReadSource
} from './float-engine.js';

/** Operations that become operators; the rest become calls of the same name (arithmetic.ts). */
const binary: Record<string, ts.BinaryOperator> = {
	plus: ts.SyntaxKind.PlusToken,
	minus: ts.SyntaxKind.MinusToken,
	times: ts.SyntaxKind.AsteriskToken,
	dividedBy: ts.SyntaxKind.SlashToken,
	equals: ts.SyntaxKind.EqualsEqualsEqualsToken,
	greaterThan: ts.SyntaxKind.GreaterThanToken,
	lessThan: ts.SyntaxKind.LessThanToken
};
/**
 * Operations that become a built-in: TurboFan compiles `Math.max` to one instruction, where a
 * call of a helper would need inlining, which a function this large soon runs out of budget for
 * (a call that is not inlined returns its number boxed, an object per call).
 */
const builtins: Record<string, string> = {
	max: 'Math.max',
	min: 'Math.min',
	abs: 'Math.abs'
};

function specialise(context: ts.TransformationContext) {
	const f = context.factory;
	const isK = (node: ts.Node): node is ts.PropertyAccessExpression =>
		ts.isPropertyAccessExpression(node) &&
		ts.isIdentifier(node.expression) &&
		node.expression.text === 'k';
	// Functions whose own body rounds to the penny: they get three local temporaries.
	const rounding: boolean[] = [];
	const pence = f.createIdentifier('$pence');
	const rounded = f.createIdentifier('$rounded');
	const even = f.createIdentifier('$even');
	/**
	 * `Math.round(value)` into `target` without a branch: the ceiling, less one where it is more
	 * than half above (`+(…)` is 0 or 1). This is how V8 itself works out Math.round, so the
	 * result is the same number, −0 included; but V8 compiles its version to a jump taken or not
	 * as the pennies fall, which the processor mispredicts about half the time (a loop of
	 * Math.round over varied amounts: 9.4 ns a value; this way 1.3 ns).
	 */
	const roundInto = (target: ts.Identifier, value: () => ts.Expression) => [
		f.createAssignment(
			target,
			f.createCallExpression(f.createIdentifier('Math.ceil'), undefined, [value()])
		),
		f.createAssignment(
			target,
			f.createBinaryExpression(
				target,
				ts.SyntaxKind.MinusToken,
				f.createPrefixUnaryExpression(
					ts.SyntaxKind.PlusToken,
					f.createParenthesizedExpression(
						f.createBinaryExpression(
							f.createBinaryExpression(
								target,
								ts.SyntaxKind.MinusToken,
								f.createNumericLiteral(0.5)
							),
							ts.SyntaxKind.GreaterThanToken,
							value()
						)
					)
				)
			)
		)
	];
	/**
	 * pennyHalfEven (arithmetic.ts) written out where it is used: too long for V8 to inline, and
	 * a call returns its number boxed, an object per line per year. Same steps, same result
	 * (each Math.round as `roundInto` writes it).
	 */
	const penny = (amount: ts.Expression) => {
		rounding[rounding.length - 1] = true;
		const abs = (e: ts.Expression) =>
			f.createCallExpression(f.createIdentifier('Math.abs'), undefined, [e]);
		const tie = f.createBinaryExpression(
			abs(
				f.createBinaryExpression(
					abs(f.createBinaryExpression(rounded, ts.SyntaxKind.MinusToken, pence)),
					ts.SyntaxKind.MinusToken,
					f.createNumericLiteral(0.5)
				)
			),
			ts.SyntaxKind.GreaterThanToken,
			f.createBinaryExpression(abs(pence), ts.SyntaxKind.AsteriskToken, f.createIdentifier('1e-12'))
		);
		return f.createParenthesizedExpression(
			f.createCommaListExpression([
				f.createAssignment(
					pence,
					f.createBinaryExpression(
						f.createParenthesizedExpression(amount),
						ts.SyntaxKind.AsteriskToken,
						f.createNumericLiteral(100)
					)
				),
				...roundInto(rounded, () => pence),
				...roundInto(even, () =>
					f.createBinaryExpression(pence, ts.SyntaxKind.AsteriskToken, f.createNumericLiteral(0.5))
				),
				f.createAssignment(
					even,
					f.createBinaryExpression(f.createNumericLiteral(2), ts.SyntaxKind.AsteriskToken, even)
				),
				f.createBinaryExpression(
					f.createParenthesizedExpression(
						f.createConditionalExpression(tie, undefined, rounded, undefined, even)
					),
					ts.SyntaxKind.SlashToken,
					f.createNumericLiteral(100)
				)
			])
		);
	};
	const temporaries = () =>
		f.createVariableStatement(
			undefined,
			f.createVariableDeclarationList(
				[
					f.createVariableDeclaration(pence, undefined, undefined, f.createNumericLiteral(0)),
					f.createVariableDeclaration(rounded, undefined, undefined, f.createNumericLiteral(0)),
					f.createVariableDeclaration(even, undefined, undefined, f.createNumericLiteral(0))
				],
				ts.NodeFlags.Let
			)
		);
	const withTemporaries = (node: ts.FunctionLikeDeclaration): ts.Node => {
		rounding.push(false);
		const visited = ts.visitEachChild(node, visit, context) as ts.FunctionLikeDeclaration;
		if (!rounding.pop() || !visited.body) return visited;
		const body = ts.isBlock(visited.body)
			? f.updateBlock(visited.body, [temporaries(), ...visited.body.statements])
			: f.createBlock([temporaries(), f.createReturnStatement(visited.body)], true);
		// The same function with this body: whatever kind of function it is.
		return ts.visitEachChild(visited, (child) => (child === visited.body ? body : child), context);
	};
	const visit = (node: ts.Node): ts.Node | undefined => {
		const inlined = inlineLocal(node);
		if (inlined) return ts.visitNode(inlined, visit);
		if (ts.isVariableStatement(node) && isInlinedEverywhere(node)) return undefined;
		if (
			ts.isFunctionDeclaration(node) ||
			ts.isArrowFunction(node) ||
			ts.isMethodDeclaration(node) ||
			ts.isFunctionExpression(node)
		)
			return withTemporaries(node);
		// A parameter read straight from its array: `p.num` is one call more, which a function
		// this large has no inlining budget left for (a profile showed it at 5 % of Monte Carlo).
		if (
			ts.isCallExpression(node) &&
			ts.isPropertyAccessExpression(node.expression) &&
			ts.isIdentifier(node.expression.expression) &&
			node.expression.expression.text === 'p' &&
			node.expression.name.text === 'num'
		)
			return f.createElementAccessExpression(
				f.createPropertyAccessExpression(f.createIdentifier('p'), 'values'),
				f.createElementAccessExpression(
					f.createIdentifier('numberIndex'),
					ts.visitNode(node.arguments[0], visit) as ts.Expression
				)
			);
		if (ts.isCallExpression(node) && isK(node.expression) && node.expression.name.text === 'penny')
			return penny(ts.visitNode(node.arguments[0], visit) as ts.Expression);
		if (ts.isCallExpression(node) && isK(node.expression)) {
			const op = node.expression.name.text;
			const args = node.arguments.map((a) => ts.visitNode(a, visit) as ts.Expression);
			const paren = (e: ts.Expression) => f.createParenthesizedExpression(e);
			if (op in binary) return paren(f.createBinaryExpression(args[0], binary[op], args[1]));
			// Skipping a zero is the decimal engine's saving; in floats `total + 0` is `total`.
			if (op === 'accumulate')
				return paren(f.createBinaryExpression(args[0], ts.SyntaxKind.PlusToken, args[1]));
			if (op === 'isZero') return paren(f.createStrictEquality(args[0], f.createNumericLiteral(0)));
			// `Number(x)` is x for any number, but tells TurboFan it is one: a figure read from the
			// model (`figures.population.value`) is of no known type, so a variable it started kept
			// every later value boxed, a new object a year (2 of a run's 4 kB of garbage). Not `+x`:
			// with it, 3 processes in 22 threw the compiled accounts away while priming ("lost
			// precision") and ran a drag 3 × slower after (docs/benchmarks.md).
			if (op === 'of') return f.createCallExpression(f.createIdentifier('Number'), undefined, args);
			if (op === 'toNumber') return paren(args[0]);
			if (op === 'array')
				return f.createNewExpression(f.createIdentifier('Float64Array'), undefined, args);
			if (op in builtins)
				return f.createCallExpression(f.createIdentifier(builtins[op]), undefined, args);
			throw new Error(`no float form for k.${op}`);
		}
		if (isK(node) && node.name.text === 'zero') return f.createNumericLiteral(0);
		if (isK(node) && node.name.text === 'one') return f.createNumericLiteral(1);
		// Declared types stay generic; in the functions N is number: no type parameter, and
		// `Arithmetic<N>` is `Arithmetic<number>`.
		if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return node;
		if (ts.isTypeParameterDeclaration(node) && node.name.text === 'N') return undefined;
		// A class declared here loses its N too: `Plan<N>` is `Plan`.
		if (
			ts.isTypeReferenceNode(node) &&
			ts.isIdentifier(node.typeName) &&
			classes.has(node.typeName.text)
		)
			return f.createTypeReferenceNode(node.typeName);
		if (
			ts.isTypeReferenceNode(node) &&
			ts.isIdentifier(node.typeName) &&
			node.typeName.text === 'N'
		)
			return f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword);
		return ts.visitEachChild(node, visit, context);
	};
	/**
	 * A local helper (`const f = (id) => k.of(figures[id].value)`) called with a literal is
	 * written out where it is called (`figures['population'].value`). The helper is a new
	 * closure each projection, and V8 inlines no function made anew each call ("many closures"):
	 * each call stayed a call, and its `figures[id]` a lookup by name in a hash table.
	 */
	const locals = new Map<ts.Identifier['text'], Local>();
	const inlineLocal = (node: ts.Node): ts.Expression | undefined => {
		if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return undefined;
		const local = locals.get(node.expression.text);
		if (!local || !isLiteralCall(node) || !within(node, local.scope)) return undefined;
		const substitute = (child: ts.Node): ts.Node => {
			if (ts.isIdentifier(child) && child.text === local.parameter) return node.arguments[0];
			// `.value` is a property's name, not a reference to anything.
			if (ts.isPropertyAccessExpression(child))
				return f.updatePropertyAccessExpression(
					child,
					ts.visitNode(child.expression, substitute) as ts.Expression,
					child.name
				);
			return ts.visitEachChild(child, substitute, context);
		};
		return f.createParenthesizedExpression(ts.visitNode(local.body, substitute) as ts.Expression);
	};
	const isInlinedEverywhere = (statement: ts.VariableStatement) =>
		statement.declarationList.declarations.every(
			(d) => ts.isIdentifier(d.name) && locals.get(d.name.text)?.declaration === d
		);
	const classes = new Set<string>();
	return (file: ts.SourceFile) => {
		findLocals(file, locals);
		for (const statement of file.statements)
			if (
				ts.isClassDeclaration(statement) &&
				statement.name &&
				statement.typeParameters?.some((t) => t.name.text === 'N')
			)
				classes.add(statement.name.text);
		return ts.visitNode(file, visit) as ts.SourceFile;
	};
}

/** A local single-expression helper of one parameter, every use of which is a literal call. */
interface Local {
	declaration: ts.VariableDeclaration;
	parameter: string;
	body: ts.Expression;
	/** The block it is declared in: only calls within it refer to it. */
	scope: ts.Node;
}

const isLiteralCall = (call: ts.CallExpression) =>
	call.arguments.length === 1 && ts.isStringLiteral(call.arguments[0]);

function within(node: ts.Node, scope: ts.Node): boolean {
	for (let at: ts.Node | undefined = node; at; at = at.parent) if (at === scope) return true;
	return false;
}

/**
 * The helpers that can be written out where they are called: `const name = (one) => expression`
 * declared once in the file, whose name is used only as the callee of calls with a literal.
 */
function findLocals(file: ts.SourceFile, locals: Map<string, Local>): void {
	const declared = new Map<string, Local | null>();
	const declare = (node: ts.Node) => {
		if (
			ts.isVariableDeclaration(node) &&
			ts.isIdentifier(node.name) &&
			node.initializer &&
			ts.isArrowFunction(node.initializer) &&
			node.initializer.parameters.length === 1 &&
			ts.isIdentifier(node.initializer.parameters[0].name) &&
			!ts.isBlock(node.initializer.body) &&
			ts.isVariableDeclarationList(node.parent) &&
			node.parent.flags & ts.NodeFlags.Const &&
			node.parent.declarations.length === 1
		) {
			const name = node.name.text;
			declared.set(
				name,
				declared.has(name)
					? null
					: {
							declaration: node,
							parameter: node.initializer.parameters[0].name.text,
							body: node.initializer.body,
							scope: node.parent.parent.parent
						}
			);
		}
		ts.forEachChild(node, declare);
	};
	declare(file);
	// Any other use of the name (passed on, called with a variable) keeps it a function.
	const used = (node: ts.Node) => {
		if (ts.isIdentifier(node) && declared.get(node.text)) {
			const local = declared.get(node.text)!;
			const parent = node.parent;
			const fine =
				(ts.isVariableDeclaration(parent) && parent === local.declaration) ||
				(ts.isPropertyAccessExpression(parent) && parent.name === node) ||
				(ts.isCallExpression(parent) &&
					parent.expression === node &&
					isLiteralCall(parent) &&
					within(parent, local.scope));
			if (!fine) declared.set(node.text, null);
		}
		ts.forEachChild(node, used);
	};
	used(file);
	for (const [name, local] of declared) if (local) locals.set(name, local);
}

async function compile(
	name: string,
	source: string,
	imports: string,
	digest: string
): Promise<string> {
	const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
	const [out] = ts.transform(file, [specialise]).transformed;
	const printed = ts.createPrinter().printFile(out);
	const text =
		`// Generated by scripts/generate-float-engine.ts from ${name} (sources ${digest}): do not edit; git ignores it.\n` +
		imports +
		printed.replace("from './plan';", "from './plan.float.generated';");
	const options = await prettier.resolveConfig(engine + name);
	return prettier.format(text, { ...options, filepath: engine + name });
}

// The generated code calls nothing from arithmetic.ts (it keeps the sources' type imports):
// every operation is an operator or a built-in of Math, which TurboFan compiles inline without
// spending its inlining budget. Parameters are read by position (numberIndex).
const floatImports = `import { numberIndex } from './parameters';
`;

/** The generated files and their text, from the engine's sources. */
export async function floatEngineFiles(
	read: ReadSource = readSource
): Promise<Record<string, string>> {
	const digest = sourcesDigest(read);
	const files: Record<string, string> = {};
	for (const [source, copy] of Object.entries(floatCopies))
		files[copy] = await compile(
			source,
			read(source as keyof typeof floatCopies),
			floatImports,
			digest
		);
	return files;
}

/** Writes both copies; each through a temporary file, so no process reads half of one. */
export async function writeFloatEngine(): Promise<void> {
	for (const [name, text] of Object.entries(await floatEngineFiles())) {
		const temporary = `${engine}${name}.${process.pid}.tmp`;
		writeFileSync(temporary, text);
		renameSync(temporary, engine + name);
		// On stderr: a script preloading this may print JSON on stdout.
		console.error(`wrote src/lib/engine/${name}`);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeFloatEngine();
