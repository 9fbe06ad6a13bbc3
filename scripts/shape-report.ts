/**
 * How far the API is from its one shape (issue [5/7]): the number of violations of each rule, and
 * with --list every violation as `METHOD path: rule: property path`. test/api/shape.test.ts fails
 * on the same list.
 *
 *   npx tsx scripts/shape-report.ts [--list] [--rule "2 lists"]
 */
import { countByRule, formatViolation, shapeViolations } from '../test/api/shape-rules';

const args = process.argv.slice(2);
const ruleAt = args.indexOf('--rule');
const only = ruleAt >= 0 ? args[ruleAt + 1] : undefined;
const { violations } = shapeViolations();
const shown = only ? violations.filter((v) => v.rule === only || v.rule.startsWith(`${only} `)) : violations;
if (args.includes('--list') || only) for (const v of shown) console.log(formatViolation(v));
for (const [rule, n] of Object.entries(countByRule(violations))) console.log(`rule ${rule.padEnd(16)} ${String(n).padStart(4)}`);
console.log(`total${' '.repeat(17)}${String(violations.length).padStart(4)}`);
