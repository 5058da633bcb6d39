import type { EN_SETTINGS } from '../en/settings';
import type { AreaCatalog } from '../area-catalog';

export const ZH_HANS_SETTINGS: AreaCatalog<typeof EN_SETTINGS> = {
  'settings.providerKeys': '服务商密钥',
  'settings.saveKeys': '保存密钥',
  'settings.savedSecurely': '已保存到安全存储。',
  'settings.sandboxNoKeys': '沙盒：模拟的服务商不需要密钥。',
  'settings.clipFolder': '剪辑文件夹',
  'settings.chooseClipFolder': '选择剪辑文件夹',
  'settings.namingBudget': '命名与预算',
  'settings.dailyCap': '每日上限 ({currency})',
  'settings.projectCap': '每个项目上限 ({currency})',
  'settings.spentToday': '今日 {spent} / {cap}',
  'settings.save': '保存设置',
  'settings.saved': '已保存。',
  'settings.nothingToSave': '没有需要保存的内容。',
  'settings.modelCatalog': '模型目录',
  'settings.language': '语言',
  'settings.languageAuto': '与 Premiere 相同',
  'settings.diagnostics': '诊断',
  'settings.runDiagnostics': '运行诊断',
  'settings.running': '正在运行…',
  'settings.readOnly': '只读（跳过临时序列）',
  'settings.keepScratch': '保留临时序列以便检查',
  'settings.diagnosticsReport': '诊断报告',
  'settings.diagnosticsIntro':
    '检查此 Premiere 安装是否满足 ClipRelay 的所有依赖。除非选择只读，否则只会编辑它自己创建并随后删除的临时序列。',
  'settings.none': '无',
  'settings.chooseFolder': '选择文件夹…',
  'settings.catalogCounts': '来自 {providers, plural, other {# 个服务商}}的 {models, plural, other {# 个模型}}。',
};
