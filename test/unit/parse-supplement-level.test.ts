// A 补充规定 is a local regulation only when an autonomous place's congress adapts a law by it; governments,
// departments and courts issue 补充规定 too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';

const BODY = '第一条 为进一步规范政府采购管理，制定本补充规定。\n\n第二条 采购人应当依法采购。\n';

describe('补充规定 without issuer or number', () => {
  test('a statute page’s 补充规定 speaking as no autonomous place is no local regulation', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pg-supplement-')), 'supplement.md');
    writeFileSync(file, `# 关于进一步规范政府采购管理的补充规定\n\n${BODY}`);
    const d = await readPolicyFile(file, { file });
    expect(d.authorityLevel).not.toBe('local_regulation');
  });
  test('an untitled text naming itself 本补充规定 is no local regulation', () => {
    expect(parsePolicyText(BODY, { file: 'supplement.txt' }).authorityLevel).not.toBe('local_regulation');
  });
  test('an untitled 补充规定 speaking as 我州 is a local regulation', () => {
    const text =
      '第一条 根据《中华人民共和国婚姻法》的规定，结合我州实际，制定本补充规定。\n\n第二条 结婚年龄，男不得早于二十周岁。\n';
    expect(parsePolicyText(text, { file: 'supplement.txt' }).authorityLevel).toBe('local_regulation');
  });
  test('an untitled 变通规定 is a local regulation', () => {
    const text =
      '第一条 根据《中华人民共和国婚姻法》的规定，制定本变通规定。\n\n第二条 结婚年龄，男不得早于二十周岁。\n';
    expect(parsePolicyText(text, { file: 'adaptation.txt' }).authorityLevel).toBe('local_regulation');
  });
});
