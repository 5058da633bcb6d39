import type { EN_CLI } from '../en/cli';
import type { AreaCatalog } from '../area-catalog';

export const ZH_HANS_CLI: AreaCatalog<typeof EN_CLI> = {
  'cli.error': 'cliprelay：{message}',
  'cli.unknownCommand': 'cliprelay：未知命令“{command}”。可用命令：{commands}。请参阅 cliprelay --help。',
  'cli.cancelled': 'cliprelay：已取消。',
  'cli.warning': '警告：{message}',
  'cli.help.tagline': 'cliprelay — 无需剪辑软件，生成带原生音频的 AI 视频片段。',
  'cli.help.usage': '用法：',
  'cli.help.commands': '命令：',
  'cli.help.flags': '选项：',
  'cli.help.examples': '示例：',
  'cli.help.oneCommand': '单个命令：带单位和默认值的选项、示例',
  'cli.help.credentials': '凭据来自各服务商常用的环境变量：',
  'cli.help.exitCodes': '退出码：',
  'cli.exit.ok': '完成（`emulate` 被 Ctrl-C 停止也算：它就是这样结束的）',
  'cli.exit.failed':
    '命令已运行但失败：服务商或任务出错、下载失败、音频文件不是 WAV/AIFF，或 `models --check` 发现服务商已不再提供某个模型',
  'cli.exit.usage':
    '命令无法启动：选项或取值错误；未知的命令、服务商、模型或预设；服务商或模型已停用；模型无法接受该请求；缺少输入文件；缺少凭据；CLI 尚未构建',
  'cli.exit.interrupted': '已中断 (Ctrl-C)：未完成的任务保留在记录中，`cliprelay resume` 会完成它们',
  'cli.analyze.summary': 'WAV/AIFF 人声录音的语音区段和综合响度 (BS.1770)',
  'cli.analyze.progress': '正在分析 {file} {percent, number, percent}',
  'cli.duck.summary': '在人声下闪避任意剪辑软件的时间轴 (Premiere XML、FCPXML、OTIO)，或渲染闪避后的音频',
  'cli.duck.clipsDucked': '{count, plural, =0 {没有剪辑被闪避} other {已闪避 # 个剪辑}}，共 {regions, plural, other {# 段语音}}',
  'cli.lang.unknown': '--lang “{lang}” 不是 cliprelay 支持的语言：请使用 en、fr、ca、pl 或 zh-Hans。',
};
