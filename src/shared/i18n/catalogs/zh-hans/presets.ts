import type { EN_PRESETS } from '../en/presets';
import type { AreaCatalog } from '../area-catalog';

export const ZH_HANS_PRESETS: AreaCatalog<typeof EN_PRESETS> = {
  'presets.mine': '我的预设',
  'presets.packs': '预设包',
  'presets.noPacks': '未安装预设包，正在使用内置预设。',
  'presets.pastePack': '粘贴预设包 (JSON) 以安装',
  'presets.installPack': '安装预设包',
  'presets.exportInUse': '导出正在使用的预设',
  'presets.copyJson': '复制 JSON',
  'presets.subscriptions': '预设包订阅',
  'presets.subscribed': '已订阅的预设包',
  'presets.subscribeByAddress': '通过网址订阅预设包',
  'presets.subscribe': '订阅预设包…',
  'presets.noSubscriptions': '尚未订阅预设包。您的代理机构会提供其预设包的网址。',
  'presets.export': '导出',
  'presets.exportedPack': '导出的预设包',
  'presets.releaseAvailable': '版本 {version} 已发布。变更内容：',
  'presets.checkNow': '立即检查',
  'presets.applyUpdate': '应用更新',
  'presets.later': '稍后',
  'presets.unsubscribe': '取消订阅',
};
