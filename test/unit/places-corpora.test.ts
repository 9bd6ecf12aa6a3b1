// Every document of ../shared/corpora/lawrefbook/ and of the bundled corpus gets the right tier and jurisdiction
// (issue 13). The truth is read from the place at the head of each title and from the folder: a title opening with
// a city (洛阳市…) is that city's; other local regulations are their province's; every other folder is national.
// The exceptions below were read by hand; each says why the text itself disagrees with that rule of thumb.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import { parsePolicyText } from '../../import/index.ts';

const ROOT = `${join(findSharedCorpora(), 'lawrefbook')}/`;
const PROVINCE: Record<string, string> = { 河南: '河南省', 山东: '山东省', 北京: '北京市', 上海: '上海市' };

// file → [tier, jurisdiction] the text gives, where it differs from the rule of thumb; or null where nothing tells.
const EXCEPTIONS: Record<string, [string, string] | null> = {
  // Made by the city's congress, approved by the province (the head lines say so); the title names no city.
  'DLC/山东地方法规/地方性法规/山东/山东黄河三角洲国家级自然保护区条例(2017-12-01).md': ['municipal', '东营市'],
  'DLC/山东地方法规/地方性法规/山东/泰山风景名胜区生态保护条例(2018-01-23).md': ['municipal', '泰安市'],
  'DLC/山东地方法规/地方性法规/山东/烟台葡萄酒产区保护条例(2020-11-27).md': ['municipal', '烟台市'],
  'DLC/河南地方法规/地方性法规/河南/商丘古城保护条例(2019-01-08).md': ['municipal', '商丘市'],
  'DLC/河南地方法规/地方性法规/河南/开封古城保护条例(2020-10-22).md': ['municipal', '开封市'],
  'DLC/河南地方法规/地方性法规/河南/河南小秦岭国家级自然保护区条例(2018-10-26).md': ['municipal', '三门峡市'],
  // Nothing in the text names a body or a place: no head lines, no issuer, no 第X条 statute form.
  '其他/人体损伤程度鉴定标准(2014-01-01).md': null,
  '其他/劳动仲裁和劳动诉讼的攻略.md': null,
  '行政法规/保护海底电缆规定(1973-05-30).md': null,
  '行政法规/关于国家机关工作人员福利费掌管使用的暂行规定(1957-05-22).md': null,
  '行政法规/地方口岸管理机构职责范围暂行规定(1987-04-14).md': null,
  '行政法规/重新组建仲裁机构方案(1995-07-28).md': null,
  '行政法规/高等教育管理职责暂行规定(1986-03-12).md': null,
  '部门规章/公安部/交通警察道路执勤执法工作规范(2018-01-25).md': null,
};

function listMarkdown(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listMarkdown(path, out);
    else if (name.endsWith('.md') && name !== '_index.md' && name !== 'README.md') out.push(path);
  }
  return out;
}

function truthOf(file: string, title: string): [string, string] | null {
  if (file in EXCEPTIONS) return EXCEPTIONS[file]!;
  const local = /^DLC\/.*\/(河南|山东|北京|上海)\//.exec(file);
  if (!local) return ['national', '中华人民共和国'];
  const city = /^((?!关于|河南|山东|北京|上海)[\u4e00-\u9fa5]{2,4}?市)/.exec(title)?.[1];
  return city ? ['municipal', city] : ['provincial', PROVINCE[local[1]!]!];
}

describe.skipIf(!existsSync(ROOT))('lawrefbook: tier and jurisdiction of every statute', () => {
  test('all 2,822 documents: the truth of the title head and folder, or the exception read by hand', () => {
    const files = listMarkdown(ROOT);
    const wrong: string[] = [];
    for (const path of files) {
      const file = relative(ROOT, path);
      // Until the Markdown reader lands, the title's `# ` is stripped here.
      const text = readFileSync(path, 'utf8').replace(/^# /, '');
      const truth = truthOf(file, text.split('\n')[0]!.trim());
      const d = parsePolicyText(text, { file });
      const got = d.tier ? [d.tier, d.jurisdiction] : null;
      if (JSON.stringify(got) !== JSON.stringify(truth))
        wrong.push(`${file}: ${JSON.stringify(got)} ≠ ${JSON.stringify(truth)}`);
      if (truth === null && !d.issues.some((i) => i.code === 'TIER_UNKNOWN')) wrong.push(`${file}: no TIER_UNKNOWN`);
    }
    expect(files).toHaveLength(2822);
    expect(wrong).toEqual([]);
  }, 600_000);
});

describe('the bundled corpus', () => {
  const dir = fileURLToPath(new URL('../../corpus/', import.meta.url));
  const KNOWN: Record<string, [string, string]> = {
    'state-council-hitech-opinions.txt': ['national', '中华人民共和国'],
    'most-hitech-zone-plan-14th.txt': ['national', '中华人民共和国'],
    'guangxi-hitech-measures.txt': ['provincial', '广西壮族自治区'],
    'liuzhou-hitech-measures.txt': ['municipal', '柳州市'],
    'liuzhou-hitech-measures-interpretation.txt': ['municipal', '柳州市'],
  };
  // Statutes copied into the corpus (.md): the place at the title's head, else national (a law of the NPC).
  const byTitle = (title: string): [string, string] => {
    const province = /^(河南省|山东省|北京市|上海市|浙江省|广东省|江苏省)/.exec(title)?.[1];
    if (province) return ['provincial', province];
    const city = /^((?!关于)[\u4e00-\u9fa5]{2,4}?市)/.exec(title)?.[1];
    return city ? ['municipal', city] : ['national', '中华人民共和国'];
  };
  const files = readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f) && f !== 'README.md');

  test.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8').replace(/^# /, '');
    const d = parsePolicyText(text, { file });
    expect([d.tier, d.jurisdiction]).toEqual(KNOWN[file] ?? byTitle(text.split('\n')[0]!.trim()));
  });

  test('the five documents of the first corpus are all there', () => {
    expect(Object.keys(KNOWN).filter((f) => !files.includes(f))).toEqual([]);
  });
});
