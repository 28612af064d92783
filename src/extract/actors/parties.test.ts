import { describe, expect, it } from 'vitest';
import { isMarsadError } from '../../errors.js';
import { loadActorKb } from './kb.js';
import { loadUserKbFile, runActors as run } from './testing.js';

describe('actors stage: «الطرف الآخر», the other party of a two-sided conflict', () => {
  it('is the force of the side opposite to the sentence\'s first actor (a spokesman through his office)', () => {
    const r = run('أعلن الناطق باسم الجيش الوطني الليبي أحمد المسماري وقف العمليات، شرط التزام الطرف الأخر بالهدنة.', { published: '2020-06-01' });
    const m = r.at('الطرف الأخر')!;
    expect(m.actorId).toBe('gna_forces');
    expect(m.mentionKind).toBe('nominal');
  });

  it('takes the subject\'s side, not the nearest actor\'s («اتهمت حكومة الوفاق قوات حفتر … وطالبت الطرف الآخر»)', () => {
    const r = run('اتهمت حكومة الوفاق قوات حفتر بخرق الهدنة، وطالبت الطرف الآخر بالالتزام بوقف إطلاق النار.', { published: '2020-06-01' });
    expect(r.at('الطرف الآخر')!.actorId).toBe('lna');
  });

  it('is no mention when no actor of the article takes a side', () => {
    const r = run('دعت فرنسا الطرف الآخر إلى الحوار.');
    expect(r.mentions.map((m) => r.slice(m))).toEqual(['فرنسا']);
  });
});

describe('actor KB: sides', () => {
  it('loads the sides of the Libyan conflict with their principal forces', () => {
    const kb = loadActorKb();
    expect(kb.sides.filter((s) => s.conflict === 'libya_civil_war' && s.principal).map((s) => s.actor).sort()).toEqual(['gna_forces', 'lna']);
  });

  it('rejects a side row naming an unknown actor with MARSAD_DATA_INVALID at file:line', () => {
    const { file, err } = loadUserKbFile('sides.tsv', ['# source: test', '# licence: CC0', 'conflict\tside\tactor\tprincipal\tfrom\tuntil\tsource',
      'some_war\ta\tno_such_actor\t1\t\t\thttps://example.org']);
    expect(isMarsadError(err) && err.code).toBe('MARSAD_DATA_INVALID');
    expect(String((err as Error).message)).toContain(`${file}:4`);
  });
});

describe('actors stage: a side\'s loaded collective for the other side\'s force', () => {
  it('takes «الميليشيات الإرهابية» said by the LNA spokesman as the GNA forces, with the loaded words as labels', () => {
    const r = run('وقال اللواء أحمد المسماري، المتحدث باسم القيادة العامة، إن الميليشيات الإرهابية خرقت الهدنة أكثر من مرة.', { published: '2020-06-01' });
    const m = r.at('الميليشيات الإرهابية')!;
    expect(m.actorId).toBe('gna_forces');
    expect(m.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['group', 'الميليشيات'], ['epithet', 'الإرهابية']]);
  });

  it('does not take mercenaries for the other side', () => {
    const r = run('وطالب الناطق باسم القيادة العامة المرتزقة الموجودين في ليبيا بالمغادرة.', { published: '2020-06-01' });
    expect(r.mentions.filter((m) => r.slice(m) === 'المرتزقة')).toEqual([]);
  });
});
