/**
 * A text bearing its own number is another issue of its title than a dated version bearing none. The lawfaq copy of
 * 国务院工作规则 (国发〔2018〕21号, test/data/reuse/state-council-rules-2018-lawfaq.txt) tells no day the version reader
 * takes; imported beside the 2013 rules (a version, …@2013-03-20) it was refused as an undated copy of them
 * (UNDATED_VERSION), so the graph lacked the rules in force in 2018–2023.
 */
import { describe, expect, test } from 'vitest';
import { buildTitleKey } from '../../import/write/build-title-key.ts';
import { resolvePolicyIdentity } from '../../import/write/resolve-policy-identity.ts';

const V2013 = 't:中华人民共和国|国务院工作规则@2013-03-20';
const N2018 = '国发〔2018〕21号';

describe('a numbered issue beside a dated version of its title', () => {
  test('国发〔2018〕21号 is its own Policy, not an undated copy of the 2013 version', () => {
    const key = buildTitleKey('国务院工作规则');
    const v2013 = {
      id: V2013,
      status: 'full' as const,
      titleKey: key.key,
      file: 'state-council-rules-2013-trad.txt',
      textHash: 'h2013',
    };
    const doc = {
      file: 'state-council-rules-2018-lawfaq.txt',
      title: '国务院工作规则',
      titleKey: key,
      docNumber: N2018,
      textHash: 'h2018',
    };
    expect(resolvePolicyIdentity(doc, [v2013])).toEqual({
      outcome: 'new',
      id: N2018,
      docNumber: N2018,
      numberSource: 'text',
    });
    // The same text under a number is still that version.
    expect(resolvePolicyIdentity({ ...doc, textHash: 'h2013' }, [v2013])).toMatchObject({
      outcome: 'existing',
      id: V2013,
    });
  });
});
