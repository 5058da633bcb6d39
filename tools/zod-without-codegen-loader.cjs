// Webpack loader: removes zod's code generation from the bundles.
//
// UXP forbids `eval` and `new Function`. ClipRelay runs zod jitless (src/shared/zod-jitless.ts), so
// zod never *calls* its code generator, but the generator is still in the bundle as
// `const F = Function; new F(...)`. This loader points `F` at a function that throws, which zod
// already handles (it then reports "no eval" and parses without compiling). The build fails if zod
// changes shape, so an upgrade cannot silently bring `Function` back.
const PATTERN = /const F = Function;/g;
const REPLACEMENT =
  'const F = function codeGenerationDisabled() { throw new EvalError("ClipRelay bundles zod without code generation"); };';

module.exports = function zodWithoutCodegen(source) {
  const count = (source.match(PATTERN) ?? []).length;
  if (count === 0) {
    throw new Error(`zod-without-codegen-loader: no "const F = Function;" in ${this.resourcePath}; update the loader for this zod version`);
  }
  return source.replace(PATTERN, REPLACEMENT);
};
