/**
 * Issue 22, round 32 (s22-acc35): child focus on fresh writing. The later writers (asked for
 * near-misses) label a name with one thin fact not child-focused where the earlier ones label it
 * child-focused, so the builder can weigh the later writers' sets more in the child-focus fit
 * (CONFIG.focusRecent, a fixed rule). Tried at three times from outside60: held out on
 * outside62-77 child focus gained, but the style corpus's test part fell under the issue's 95%
 * (docs/supervision-accuracy.md), so the committed configuration has no rule and the model is
 * byte for byte what it was; the rule stays for the next round to try.
 */
import { describe, expect, it } from 'vitest';
import { CONFIG, type Corpus, focusWeights } from '../bench/buildSupervisionModel.js';
import { defaultModelFile } from '../rules/lib/supervisionModel.js';

describe('round 32: a rule to weigh the later writers more in the child-focus fit', () => {
  it('weighs each record of the sets from the rule on as it says, every other record once', () => {
    const rule = { ...CONFIG, focusRecent: { from: 60, weight: 3 } };
    const corpus = (name: string, n: number): Corpus => ({
      name,
      records: Array.from({ length: n }, () => ({
        input: { evidence: 0, words: [], sentences: [0, 0] },
        expected: { childFocus: true, reflection: false, actions: false, reviewsPrevious: false },
      })),
    });
    const corpora = [corpus('style-dev', 2), corpus('corpus', 1), corpus('outside', 1), corpus('outside59', 2)];
    corpora.push(corpus('outside60', 1), corpus('outside77', 2));
    expect([...focusWeights(corpora, rule)!]).toEqual([1, 1, 1, 1, 1, 1, 3, 3, 3]);
    // The committed configuration has no rule: every record weighs once, and the model file names none.
    expect(CONFIG.focusRecent).toBeNull();
    expect(focusWeights(corpora, CONFIG)).toBeNull();
    expect(defaultModelFile()!.training).not.toHaveProperty('focusRecent');
  });
});
