import type { EN_JOBS } from '../en/jobs';
import type { AreaCatalog } from '../area-catalog';

export const ZH_HANS_JOBS: AreaCatalog<typeof EN_JOBS> = {
  'jobs.running': '进行中',
  'jobs.runningCount': '{count, plural, =0 {没有进行中的任务} other {# 个任务进行中}}',
  'jobs.cancel': '取消此次生成',
  'jobs.retry': '重试',
  'jobs.revealInBin': '在素材箱中显示',
  'jobs.reuse': '重复使用',
  'jobs.inBinNotPlaced': '已在素材箱中，未放到时间轴上。',
  'jobs.whatThisMeans': '这是什么意思？',
  'jobs.startedAt': '发送于 {time}',
  'jobs.reportFormat': '报告格式',
  'jobs.exportReport': '导出报告',
  'jobs.placedAt': '已放置于 {timecode}',
  'jobs.retryGeneration': '重试此次生成',
  'jobs.createAgain': '重新创建（{cost}）',
  'jobs.reuseSettings': '在“生成”中重用这些设置',
  'jobs.revealClip': '在素材箱中显示该剪辑',
  'jobs.none': '还没有生成任务。关闭面板后任务仍会保留：未完成的任务会在面板重新打开时继续。',
  'jobs.finished': '已完成的任务',
};
