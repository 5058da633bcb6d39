import type { EN_ERRORS } from '../en/errors';
import type { AreaCatalog } from '../area-catalog';

export const ZH_HANS_ERRORS: AreaCatalog<typeof EN_ERRORS> = {
  'errors.providerTimedOut': '{provider} 未及时响应（{request}）。请稍后重试。',
  'errors.providerUnreachable': '无法连接 {provider}。请检查网络连接后重试。',
  'errors.providerUnreachableCode': '无法连接 {provider}（{code}）。请检查网络连接后重试。',
  'errors.providerAnswerUnusable': '{provider} 已响应，但内容无法使用（{reason}）。请稍后重试；如果反复出现，问题在于代理或服务商。',
  'errors.providerHttp':
    '{provider} {kind, select, auth {拒绝了凭据} rateLimit {正在限制请求频率} quota {报告账户配额已用完} moderation {拒绝了该内容} invalidRequest {拒绝了该请求} notFound {找不到该项} server {发生服务器错误} other {无法连接}}（{code, select, none {HTTP {status}} other {HTTP {status}，代码 {code}}}）。',
  'errors.providerHttpSaid':
    '{provider} {kind, select, auth {拒绝了凭据} rateLimit {正在限制请求频率} quota {报告账户配额已用完} moderation {拒绝了该内容} invalidRequest {拒绝了该请求} notFound {找不到该项} server {发生服务器错误} other {无法连接}}（{code, select, none {HTTP {status}} other {HTTP {status}，代码 {code}}}）。{providerSaid}',
  'errors.providerJobFailed': '{provider} 任务 {jobId} 失败。{providerSaid}',
  'errors.providerRefusedContent': '{provider} 拒绝了该内容。{providerSaid}',
  'errors.jobTimedOut': '{provider} 任务 {jobId} 未在 {seconds} s 内完成；稍后仍可能完成。',
  'errors.downloadDeadline':
    '{provider} 下载未在 {duration} 内完成，已停止；任务已保留，可继续下载（cliprelay resume，或在面板中点“重试”）。',
  'errors.downloadEmpty': '{provider} 发送了一个空文件。',
  'errors.downloadChanged': '{provider} 文件在下载过程中发生了变化；请重新下载。',
  'errors.downloadDifferentOnResume': '恢复下载时，{provider} 服务器发送了不同的文件；请重新下载。',
  'errors.downloadStoppedEarly': '{provider} 下载提前中断：已收到 {receivedBytes} / {totalBytes} 字节。',
  'errors.downloadNotMp4': '{provider} 下载的文件不是 MP4 视频（开头没有 ftyp box）。',
  'errors.downloadTooLarge': '{provider} 文件超过 {maxMib} MiB（{bytes} 字节或更多）；未保留。',
  'errors.missingCredentials': '{provider} 缺少{fields}：请在“服务商密钥”中填写，然后再次点击“生成”。',
  'errors.overDailyCap':
    '本次生成（{costUsd, number, ::currency/USD group-off}）将使今日支出达到 {totalUsd, number, ::currency/USD group-off}，超过每日上限 {capUsd, number, ::currency/USD group-off}。',
  'errors.overProjectCap':
    '本次生成（{costUsd, number, ::currency/USD group-off}）将使本项目支出达到 {totalUsd, number, ::currency/USD group-off}，超过其上限 {capUsd, number, ::currency/USD group-off}。',
  'errors.overClientCap':
    '本次生成（{costUsd, number, ::currency/USD group-off}）将使 {client} 本月支出达到 {totalUsd, number, ::currency/USD group-off}，超过每位客户的每月上限 {capUsd, number, ::currency/USD group-off}。',
  'errors.overClientCapUntagged':
    '本次生成（{costUsd, number, ::currency/USD group-off}）将使该客户本月支出达到 {totalUsd, number, ::currency/USD group-off}，超过每位客户的每月上限 {capUsd, number, ::currency/USD group-off}。',
  'errors.promptEmpty': '提示词为空。',
  'errors.promptTooLong': '提示词有 {length, number} 个字符；{model} 最多接受 {max, number} 个。请缩短；未发送任何内容。',
  'errors.durationRange': '{model} 接受 {first} 到 {last} 秒；所选为 {asked} s。',
  'errors.durationChoices': '{model} 接受 {durations} 秒；所选为 {asked} s。',
  'errors.aspectChoices': '{model} 接受的宽高比为 {ratios}；所选为 {asked}。',
  'errors.resolutionChoices': '{model} 提供 {resolutions}；所选为 {asked}。',
  'errors.textOnlyModel': '{model} 仅根据文本生成视频；请清除参考图像或选择其他模型。',
  'errors.imageOnlyModel': '{model} 仅根据图像生成视频；请选择参考图像。',
  'errors.noPremiereProject': 'Premiere Pro 中没有打开的项目。请打开或新建项目后重试。',
  'errors.noPremiereSequence': 'Premiere Pro 中没有活动序列。请在时间轴面板中打开一个序列后重试。',
  'errors.noResolveProject': '请先在 DaVinci Resolve 中打开一个项目。',
  'errors.noResolveTimeline': '请先在 DaVinci Resolve 中打开一条时间线（剪辑页面）。',
  'errors.fillInTemplateValues': '请先填写 {names}。',
  'errors.packKeyChanged':
    '无法使用 {source}：它的签名密钥（{newKey}）与首次安装该包时本面板信任的密钥（{pinnedKey}）不同。如果机构确实更换了密钥，请先与其确认新密钥，然后移除该包并重新安装。',
  'errors.createUnconfirmed': '{provider} 未确认创建（{answer}）；正在检查任务是否存在…',
  'errors.jobNotShownYet': '{provider} 尚未显示任务 {jobId}；将在发送后 {seconds} s 内继续询问。',
  'errors.createNeverArrived':
    '发送 {seconds} s 后 {provider} 仍没有任务 {jobId}：请求从未送达，因此没有计费。点“重试”会重新创建（使用同一 ID，绝不会重复）。',
  'errors.hostOperationFailed':
    '操作“{kind, select, placeClip {放置剪辑} duck {音频回避} recordProvenance {记录来源} readProvenance {读取来源} importMedia {导入} pictureSequence {截取序列画面} pictureClip {截取剪辑画面} useProjectStill {使用项目静帧} readSequence {读取序列} readPlayhead {读取播放指示器} revealInBin {在素材箱中显示} selectClips {选择剪辑} undo {撤销} diagnostics {诊断} other {{operation}}}”失败：{detail}',
  'errors.ledgerRecordsLeftOut':
    '任务记录已损坏（略过了 {unreadable, plural, other {# 条无法读取的任务记录}}）；已将其另存到 {path}，并恢复了 {count, plural, other {# 个任务}}。',
  'errors.ledgerDamaged': '任务记录已损坏（{detail}）；已将其另存到 {path}，并恢复了 {count, plural, other {# 个任务}}。',
  'errors.packStoredCopyUntrusted': '此包的已存副本不再可信：{reason}请移除该订阅后重新订阅。',
  'errors.sentAgain': '已按你的要求重新发送；第一次尝试（{sentAt}）可能也已被 {provider} 创建并计费。',
  'errors.endpointChanged': '创建于 {createdAt}；设置现在指向 {current}，因此任务会在创建它的地方完成。',
  'errors.clipWithoutAudio': '{provider} 返回的剪辑没有音频轨道。',
  'errors.clipLongerThanReported':
    '{provider} 报告的剪辑为 {reportedSeconds, number, ::.########## group-off} s；文件实际长 {fileSeconds, number, ::.0 group-off} s。',
  'errors.packReleaseOlder': '服务器提供的版本 {offered} 早于你现有的版本 {current}；已保留你的版本。',
  'errors.packChangedSameVersion': '服务器上的包已更改但版本号未变（仍为 {version}）；已保留你的版本。机构应提高“version”。',
};
