import { headline, renderEmail, subjectLink, KIND_LABELS } from '../../src/plugins/synergy/server/src/services/notifier/message';
import { NOTIFICATION_KINDS } from '../../src/plugins/synergy/public';

const task = { uid: 'api::task.task', documentId: 'k3x9task0001' };
const source = (over: Partial<Parameters<typeof renderEmail>[0]> = {}) => ({
  kind: 'reminder' as const,
  title: '设备检修协同任务',
  body: '距截止日期还有 3 天。\n请及时上报进展。',
  subjectUid: task.uid,
  subjectDocumentId: task.documentId,
  ...over,
});

describe('the subject line', () => {
  it('says what happened and to what, tagged as supervision or platform', () => {
    expect(renderEmail(source(), '张三').subject).toBe('【协同督办】任务即将到期：设备检修协同任务');
    expect(renderEmail(source({ kind: 'escalation' }), '张三').subject).toBe('【协同督办】逾期升级：设备检修协同任务');
    expect(renderEmail(source({ kind: 'catalogue-renewal', title: '2026 年下半年目录' }), '张三').subject).toBe(
      '【协同平台】目录更新提醒：2026 年下半年目录'
    );
  });

  it('has a Chinese label for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) expect(KIND_LABELS[kind]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('does not repeat the kind when the title already starts with it, and stays on one line', () => {
    expect(headline('overdue', '任务已逾期：月度报表')).toBe('任务已逾期：月度报表');
    expect(headline('urge', '月度\r\n报表\tBcc: x@y')).toBe('催办：月度 报表 Bcc: x@y');
  });
});

describe('the body', () => {
  it('greets the recipient, repeats the headline and body, and links to the record when a public URL is set', () => {
    const mail = renderEmail(source(), '张三', 'https://synergy.group.local/');
    const link = 'https://synergy.group.local/admin/content-manager/collection-types/api::task.task/k3x9task0001';
    expect(mail.text).toBe(
      [
        '张三，您好：',
        '',
        '任务即将到期：设备检修协同任务',
        '距截止日期还有 3 天。\n请及时上报进展。',
        '',
        `查看详情：${link}`,
        '',
        '此邮件由协同督办平台自动发送，请勿直接回复。',
      ].join('\n')
    );
    expect(mail.html).toContain(`<a href="${link}">查看详情</a>`);
    expect(mail.html).toContain('距截止日期还有 3 天。<br>请及时上报进展。');
  });

  it('has no link without a public URL or a well-formed subject', () => {
    expect(renderEmail(source(), '张三').text).not.toContain('查看详情');
    expect(renderEmail(source(), '张三', '').html).not.toContain('<a ');
    expect(subjectLink('https://x.local', null, null)).toBeNull();
    expect(subjectLink('https://x.local', 'api::task.task', 'a"><script>')).toBeNull();
    expect(subjectLink('https://x.local', 'javascript:alert(1)', 'abc')).toBeNull();
  });

  it('escapes HTML in what people wrote', () => {
    const mail = renderEmail(source({ title: '<b>加急</b>', body: 'A & B <script>x</script>' }), '"李四"');
    expect(mail.html).toContain('&lt;b&gt;加急&lt;/b&gt;');
    expect(mail.html).toContain('A &amp; B &lt;script&gt;x&lt;/script&gt;');
    expect(mail.html).toContain('&quot;李四&quot;，您好：');
    expect(mail.html).not.toContain('<script>');
  });

  it('leaves out an empty body and greets a nameless recipient politely', () => {
    const mail = renderEmail(source({ body: '  ' }), '');
    expect(mail.text.split('\n').slice(0, 4)).toEqual(['您，您好：', '', '任务即将到期：设备检修协同任务', '']);
  });
});
