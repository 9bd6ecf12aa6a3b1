/**
 * The organs that sign a document together, from one issuer line or a title's head. Examples:
 *   '广西壮族自治区农业农村厅 广西壮族自治区财政厅' → [广西壮族自治区农业农村厅, 广西壮族自治区财政厅]
 *   '中共岳阳市委办公室岳阳市人民政府办公室' → [中共岳阳市委办公室, 岳阳市人民政府办公室] (written together: both of
 *     one place, each name known)
 *   '国务院办公厅 中央军委办公厅' → both (parted by a space, a name the gazetteer lacks signs beside a known one)
 *   '科 技 部' → [科学技术部] (spaced letters of one name); '某某研究会' → [] (no organ the gazetteer knows)
 */
import type { AgencyRef } from '../../model/index.ts';
import { resolveAgency, type AgencyContext } from './resolve-agency.ts';

// What an organ's name ends with, where two names written together may be cut apart.
const ORGAN_END = /(?:政府|委员会|办公室|办公厅|委|厅|局|部|署|院|会|办)$/;

/** Names written together without a mark: each part a known organ, all of one place. */
function splitJoined(text: string, ctx: AgencyContext): AgencyRef[] | undefined {
  const whole = resolveAgency(text, ctx);
  if (whole.known) return [whole.ref];
  for (let cut = text.length - 2; cut >= 3; cut--) {
    const left = text.slice(0, cut);
    if (!ORGAN_END.test(left)) continue;
    const first = resolveAgency(left, ctx);
    if (!first.known || !first.ref.jurisdiction || first.ref.collective) continue;
    const rest = splitJoined(text.slice(cut), ctx);
    if (rest?.every((r) => r.jurisdiction === first.ref.jurisdiction)) return [first.ref, ...rest];
  }
  return undefined;
}

/** The known organs of one signature: the whole line, else its parts split at spaces or 、, else names written together. */
export function splitSigners(line: string, ctx: AgencyContext): AgencyRef[] {
  const compact = line.replace(/\s+/g, '');
  const whole = resolveAgency(compact, ctx);
  if (whole.known) return whole.ref.collective ? [] : [whole.ref];
  const parts = line
    .trim()
    .split(/[\s\u3000、,，]+/)
    .filter((p) => p !== '');
  if (parts.length > 1) {
    // Parted by spaces, a name the gazetteer lacks still signs beside a known one (国务院办公厅 中央军委办公厅).
    const joined = parts.map((p) => splitJoined(p, ctx));
    const each = parts.map(
      (p, i) => joined[i] ?? (p.length >= 3 && ORGAN_END.test(p) ? [resolveAgency(p, ctx).ref] : undefined),
    );
    const known = joined.some((r) => r !== undefined);
    if (known && each.every((r) => r !== undefined)) return each.flat().filter((r) => !r.collective);
  }
  return (splitJoined(compact, ctx) ?? []).filter((r) => !r.collective);
}

/**
 * The organs a line of a signature block signs for: those splitSigners reads, or, beside a signer the gazetteer knows,
 * the one organ the line names whole that it lacks (甘谷县森林草原防灭火指挥部办公室 over 甘谷县林业和草原局).
 */
export function blockSigners(line: string, ctx: AgencyContext): AgencyRef[] {
  const refs = splitSigners(line, ctx);
  const compact = line.replace(/\s+/g, '');
  const organ = refs.length === 0 && compact.length >= 4 && compact.length <= 30 && ORGAN_END.test(compact);
  return organ && !/[,，。;；:：、]/.test(compact) ? [resolveAgency(compact, ctx).ref] : refs;
}
