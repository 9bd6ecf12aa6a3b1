/**
 * The button that shows or hides the engine's weak candidates, in the compare table and in an article's lineage
 * list: 显示弱候选（N 对） while they are left out, 隐藏弱候选 while shown, and no button when there are none.
 * Example: weakToggleButton('zh', 'compare-weak', { hidden: 4, shown: false, onToggle }, 'compare.weak') →
 * <button id="compare-weak">显示弱候选（4 对）</button>.
 */
import { h } from './dom.ts';
import { t, type Lang } from './i18n.ts';

/** How many weak candidates are left out, whether they are shown, and what a click does. */
export interface WeakToggle {
  hidden: number;
  shown: boolean;
  onToggle: () => void;
}

/** The button, or null when nothing is left out and nothing is shown. `keys` names its two texts (`.show`, `.hide`). */
export function weakToggleButton(
  lang: Lang,
  id: string,
  weak: WeakToggle | undefined,
  keys: 'compare.weak' | 'details.lineageWeak',
): HTMLButtonElement | null {
  if (!weak || (!weak.shown && weak.hidden === 0)) return null;
  return h(
    'button',
    { type: 'button', id, onclick: weak.onToggle },
    weak.shown ? t(lang, `${keys}.hide`) : t(lang, `${keys}.show`, { n: weak.hidden }),
  );
}
