import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../../../common/arabic/house-style/apply-fix.ts';
import { checkArticle } from '../../../../../common/arabic/house-style/check.ts';
import { fixedBy, flagged, house } from './house-options.ts';

describe('mixed digit systems', () => {
  it('flags the Arabic-Indic digits of an article that mixes them with the house Western ones', () => {
    expect(flagged('mixed-digits', 'قتل 12 شخصا في عام ٢٠٢٤')).toEqual(['٢٠٢٤']);
    expect(fixedBy('mixed-digits', 'قتل 12 شخصا في عام ٢٠٢٤')).toBe('قتل 12 شخصا في عام 2024');
  });

  it('flags the Western digits when the house writes Arabic-Indic', () => {
    expect(
      fixedBy('mixed-digits', 'قتل 12 شخصا في عام ٢٠٢٤', house({ digits: 'arabic-indic' })),
    ).toBe('قتل ١٢ شخصا في عام ٢٠٢٤');
  });

  it('looks at the whole article: digits of another paragraph count', () => {
    const blocks = ['وقع الحادث عام ٢٠٢٤', 'وأصيب 30 شخصا'];
    const findings = checkArticle(blocks, house()).map((block) =>
      block.filter((finding) => finding.ruleId === 'mixed-digits'),
    );
    expect(applyFixes(blocks[0]!, findings[0]!)).toBe('وقع الحادث عام 2024');
    expect(findings[1]).toEqual([]);
  });

  it('leaves an article written in one system alone', () => {
    expect(flagged('mixed-digits', 'قتل ١٢ شخصا في عام ٢٠٢٤')).toEqual([]);
    expect(flagged('mixed-digits', 'قتل 12 شخصا في عام 2024')).toEqual([]);
  });
});

describe('Persian digit forms', () => {
  it('turns ۴ ۵ ۶ and the other Persian forms in Arabic text into the house digits', () => {
    expect(fixedBy('persian-digits', 'وصل ۴۵ زائرا في ۱۴۶۰')).toBe('وصل 45 زائرا في 1460');
    expect(fixedBy('persian-digits', 'وصل ۴۵ زائرا', house({ digits: 'arabic-indic' }))).toBe(
      'وصل ٤٥ زائرا',
    );
  });

  it('leaves Arabic-Indic digits and a block with no Arabic letters alone', () => {
    expect(flagged('persian-digits', 'وصل ٤٥ زائرا')).toEqual([]);
    expect(flagged('persian-digits', '۴۵')).toEqual([]);
  });
});
