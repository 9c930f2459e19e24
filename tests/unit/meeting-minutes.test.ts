/** Minutes from a template: placeholders filled from the meeting, unknown ones left visible. */
import {
  localDateTime,
  minutesFacts,
  renderMinutes,
  unknownPlaceholders,
  type MeetingForMinutes,
} from '../../src/api/meeting/rules/minutes';
import { DEFAULT_MINUTES_TEMPLATES } from '../../src/api/minutes-template/queries/default-templates';

const meeting: MeetingForMinutes = {
  title: '二季度经营分析会',
  kind: 'operating',
  startsAt: '2026-04-10T01:00:00.000Z',
  location: '集团 1 号会议室',
  organiser: '集团运营管理部',
  participatingUnits: ['华瀚电力', '华瀚物流'],
  participants: ['郑海波'],
  agenda: '1. 通报一季度指标\n2. 分析差距',
  resolutions: [
    { title: '压降两金占用', ownerUnit: '华瀚电力', ownerPerson: '郑海波', dueDate: '2026-06-30' },
    { title: '复核运价', ownerUnit: null, ownerPerson: null, dueDate: null },
  ],
};

describe('rendering a template', () => {
  it('fills every placeholder, spaces inside the braces allowed', () => {
    const facts = minutesFacts(meeting);
    expect(renderMinutes('{{title}}｜{{ kind }}｜{{date}}｜{{location}}｜{{organiser}}', facts)).toBe(
      '二季度经营分析会｜经营会｜2026-04-10 09:00｜集团 1 号会议室｜集团运营管理部'
    );
    expect(renderMinutes('{{participants}}', facts)).toBe('华瀚电力、华瀚物流、郑海波');
    expect(renderMinutes('{{resolutions}}', facts)).toBe('1. 压降两金占用（责任：华瀚电力 郑海波；完成时限：2026-06-30）\n2. 复核运价');
    expect(renderMinutes('{{agenda}}', facts)).toBe('1. 通报一季度指标\n2. 分析差距');
  });

  it('leaves unknown placeholders and stray braces as written, and does not crash on odd input', () => {
    const facts = minutesFacts(meeting);
    expect(renderMinutes('主持：{{chair}}；{{title}}', facts)).toBe('主持：{{chair}}；二季度经营分析会');
    expect(renderMinutes('{{ }} {{title} {title}} {{{title}}}', facts)).toBe('{{ }} {{title} {title}} {二季度经营分析会}');
    expect(renderMinutes('{{constructor}} {{toString}}', facts)).toBe('{{constructor}} {{toString}}');
    expect(renderMinutes('', facts)).toBe('');
    expect(unknownPlaceholders('{{title}} {{chair}} {{ chair }} {{recorder}}')).toEqual(['chair', 'recorder']);
  });

  it('says "—" for what the meeting does not have yet, and names a meeting without resolutions', () => {
    const facts = minutesFacts({
      ...meeting,
      kind: null,
      startsAt: null,
      location: '  ',
      organiser: null,
      participatingUnits: [],
      participants: [],
      agenda: null,
      resolutions: [],
    });
    expect(renderMinutes('{{kind}} {{date}} {{location}} {{organiser}} {{participants}} {{agenda}}', facts)).toBe('— — — — — —');
    expect(facts.resolutions).toBe('（暂无决议）');
  });

  it("writes times in the group's time zone", () => {
    expect(localDateTime(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01 00:30');
    expect(localDateTime(new Date('2026-12-31T16:30:00Z'), 'UTC')).toBe('2026-12-31 16:30');
  });

  it('ships default templates that use only known placeholders', () => {
    expect(DEFAULT_MINUTES_TEMPLATES.map((t) => t.kind)).toEqual(['docking', 'operating', 'special']);
    for (const template of DEFAULT_MINUTES_TEMPLATES) {
      expect(unknownPlaceholders(template.body)).toEqual([]);
      expect(template.body).toContain('{{resolutions}}');
    }
  });
});
