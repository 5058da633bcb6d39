import type { EN_PACKS } from '../en/packs';
import type { AreaCatalog } from '../area-catalog';

export const ZH_HANS_PACKS: AreaCatalog<typeof EN_PACKS> = {
  'packs.cannotUse': '无法使用 {source}。',
  'packs.cannotUsePasted': '无法使用粘贴的预设包。',
  'packs.jsonEmpty': '内容为空。',
  'packs.jsonCutShort': '不是有效的 JSON（可能被截断）。',
  'packs.jsonMistakeAt': '不是有效的 JSON（错误在第 {line} 行第 {column} 列附近）。',
  'packs.notAnObject': '必须是包含 schemaVersion、name 和 presets 的 JSON 对象。',
  'packs.versionNewer': '架构版本 {version} 比此版 ClipRelay 能读取的版本（{current}）更新；请更新 ClipRelay。',
  'packs.versionRequired': '必须提供架构版本（1、2 或 {current}）。',
  'packs.versionUnknown': '架构版本必须是 1、2 或 {current}。',
  'packs.versionThreeField': '“{field}”是架构版本 3 的字段；要使用它，请将 schemaVersion 设为 3。',
  'packs.hostNotAllowed':
    '此版 ClipRelay 只能从 {hosts} 获取预设包，不能从 {host} 获取。构建插件的人需将该主机加入 cliprelay.build.json 的“packHosts”（或使用 --env pack-host={host} 构建）并重新安装；之后清单才允许面板访问它。',
  'packs.noHostAllowed':
    '此版 ClipRelay 不能从任何主机获取预设包，因此也不能从 {host} 获取。构建插件的人需将该主机加入 cliprelay.build.json 的“packHosts”（或使用 --env pack-host={host} 构建）并重新安装；之后清单才允许面板访问它。',
  'packs.alreadySubscribed': '您已订阅 {location}；请改用“立即检查”。',
  'packs.subscriptionGone': '预设包订阅 {id} 已不存在（在另一个窗口中被移除？）；请重新打开“预设”选项卡。',
};
