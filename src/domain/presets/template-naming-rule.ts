/** An agency's rule for template names: a pattern, and the same rule in words. */
interface NamingRule {
  readonly pattern: string;
  readonly description: string;
}

/**
 * Why `name` breaks the rule ("must start with the client code…", in the rule's own words), or null
 * when it follows it. A pattern that does not compile breaks nothing here: the pack's schema already
 * refused it.
 */
export function templateNamingProblem(name: string, rule: NamingRule): string | null {
  let pattern: RegExp;
  try {
    pattern = new RegExp(rule.pattern, 'u');
  } catch {
    return null;
  }
  return pattern.test(name) ? null : `"${name}" does not follow the naming rule: ${rule.description}`;
}
