import { callerLanguage, inCallerLanguage } from '../../src/utils/message-language';

describe('messages in the caller language first', () => {
  it('puts the Chinese half first for Chinese readers, the English half for English readers', () => {
    expect(inCallerLanguage('Owner unit cannot be empty (所属单位不能为空)', 'zh')).toBe('所属单位不能为空 (Owner unit cannot be empty)');
    expect(inCallerLanguage('Owner unit cannot be empty (所属单位不能为空)', 'en')).toBe('Owner unit cannot be empty (所属单位不能为空)');
    expect(inCallerLanguage('状态只能通过流转操作变更 (state cannot be set directly)', 'en')).toBe(
      'state cannot be set directly (状态只能通过流转操作变更)'
    );
    expect(inCallerLanguage('状态只能通过流转操作变更 (state cannot be set directly)', 'zh')).toBe(
      '状态只能通过流转操作变更 (state cannot be set directly)'
    );
  });

  it('tells English naming a Chinese label from Chinese naming a code', () => {
    expect(inCallerLanguage('名称 is required (名称必填)', 'zh')).toBe('名称必填 (名称 is required)');
    expect(inCallerLanguage('类型: "设备" is not one of 产品/工程/服务/资源 (类型取值无效)', 'zh')).toBe(
      '类型取值无效 (类型: "设备" is not one of 产品/工程/服务/资源)'
    );
    expect(inCallerLanguage('决议1「编制计划 mx9」：未指定责任人 (Resolution 1 "编制计划 mx9": no owner person)', 'en')).toBe(
      'Resolution 1 "编制计划 mx9": no owner person (决议1「编制计划 mx9」：未指定责任人)'
    );
  });

  it('leaves single-language messages and parentheses in one language alone', () => {
    expect(inCallerLanguage('Not Found', 'zh')).toBe('Not Found');
    expect(inCallerLanguage('limit must be 1-50 (inclusive)', 'zh')).toBe('limit must be 1-50 (inclusive)');
    expect(inCallerLanguage('记录不存在（或无权查看）', 'en')).toBe('记录不存在（或无权查看）');
  });

  it('takes the language from the header, then the admin choice, then the browser', () => {
    expect(callerLanguage({ 'x-synergy-language': 'en' }, { preferedLanguage: 'zh-Hans' })).toBe('en');
    expect(callerLanguage({ 'accept-language': 'en-US' }, { preferedLanguage: null })).toBe('zh');
    expect(callerLanguage({ 'accept-language': 'zh-CN' }, { preferedLanguage: 'en' })).toBe('en');
    expect(callerLanguage({ 'accept-language': 'en-US,en;q=0.9' })).toBe('en');
    expect(callerLanguage({})).toBe('zh');
  });
});
