/**
 * Every rule the Resolve fake enforces, listed once with its source. Each id has a proof in
 * test/hosts/resolve/fake-resolve-rules.test.ts (a `Record<FakeResolveRuleId, …>`, so a rule added here
 * without a proof does not compile). Grades: DOC Blackmagic's README says it · MEAS measured on a named
 * Resolve build by a public project · UNK a hypothesis the Resolve Diagnostics settles (the fake models
 * the cautious side so the host code for it runs). Sources: research/resolve-interchange.md keys.
 */
interface FakeResolveRule {
  readonly rule: string;
  readonly grade: 'DOC' | 'MEAS' | 'UNK';
  readonly source: string;
}

export const FAKE_RESOLVE_RULES = {
  'one-based-tracks': {
    rule: 'track indices start at 1: GetItemListInTrack(type, 0) and indices above GetTrackCount answer nothing; AppendToTimeline to such an index places nothing',
    grade: 'DOC',
    source: 'S1 scripting README: "1 <= trackIndex <= GetTrackCount(trackType)"',
  },
  'end-frame-exclusive': {
    rule: 'AppendToTimeline places endFrame − startFrame source frames (endFrame exclusive)',
    grade: 'MEAS',
    source: 'S9 prajwal-395/firstmate tests/resolve_double.py, docs/RULE_EVIDENCE.md (Studio 21.x)',
  },
  'record-frame-absolute': {
    rule: 'recordFrame is an absolute timeline frame including the start timecode; a frame before the timeline start places nothing',
    grade: 'MEAS',
    source: 'S9 tests/resolve_double.py (recordFrame = GetStartFrame() + offset); research §2.2',
  },
  'occupied-places-nothing': {
    rule: 'appending over an occupied range of the destination track answers a non-empty list but places nothing',
    grade: 'MEAS',
    source: 'S9 docs/RULE_EVIDENCE.md (Studio 21.x)',
  },
  'current-timeline-only': {
    rule: 'AppendToTimeline appends to the current timeline only; with none current it answers false',
    grade: 'MEAS',
    source: 'S9 tests/resolve_double.py',
  },
  'add-subfolder-duplicates': {
    rule: 'AddSubFolder makes a second folder when one of that name exists, and makes it current',
    grade: 'MEAS',
    source: 'S9 tests/resolve_double.py; S8 phase0-audit (folders cannot be renamed)',
  },
  'import-into-current-folder': {
    rule: 'ImportMedia imports into the media pool current folder and answers the new items; a missing file answers an empty list',
    grade: 'DOC',
    source: 'S1 MediaPool.ImportMedia',
  },
  'import-dict-before-21-1': {
    rule: 'before 21.1 an ImportMedia {FilePath} dict without StartIndex/EndIndex imports nothing (the path-string form works)',
    grade: 'UNK',
    source:
      'research §1.7: dict forms exist since 17.4.5 but a FilePath-only dict before 21.1 is open; S5 deprecated.md (21.1 prefers dicts)',
  },
  'set-metadata-fixed-keys': {
    rule: 'MediaPoolItem.SetMetadata answers false and stores nothing for a key outside Resolve fixed metadata fields',
    grade: 'MEAS',
    source: 'S9 docs/RULE_EVIDENCE.md',
  },
  'third-party-metadata-round-trips': {
    rule: 'SetThirdPartyMetadata stores any string key; GetThirdPartyMetadata answers it back (19.0.2+)',
    grade: 'MEAS',
    source: 'S8 wargunnerguy/sfxdock-resolve docs/phase0-audit.md (Studio 21.0.0.48)',
  },
  'calls-absent-before-version': {
    rule: 'a call newer than the profile is absent from the object (typeof … !== "function")',
    grade: 'DOC',
    source: 'S3 per-version READMEs, S5 21.1 api/*.md "New in" sections (fake-resolve-profiles.ts CALL_SINCE)',
  },
  'fresh-proxies': {
    rule: 'each call answers new proxy objects for the same item: compare by GetUniqueId(), never by identity; objects not made by Resolve are refused',
    grade: 'MEAS',
    source: 'S8 phase0-audit (bridge objects are native proxies; Object.keys() shows nothing)',
  },
  'audio-volume-range': {
    rule: 'SetProperties refuses AudioVolume outside −100…30 dB and keys the item does not have (video keys on audio items)',
    grade: 'DOC',
    source: 'S5 settings/TimelineItemProperties.md (21.1)',
  },
  'fades-within-item': {
    rule: 'SetFades refuses negative fades and fades that together exceed the item',
    grade: 'UNK',
    source: 'S5 settings/FadeInfo.md gives frames only; the limit is the UI behaviour, settled by Diagnostics',
  },
  'marker-inside-item': {
    rule: 'TimelineItem.AddMarker refuses a frame outside the item (frameId is relative to the item start) or a frame that already holds a marker',
    grade: 'DOC',
    source: 'S1 TimelineItem.AddMarker / GetMarkers ("clip offset")',
  },
  'audio-source-rate-24': {
    rule: 'an audio-only pool item reports FPS 24 whatever the timeline rate; its startFrame/endFrame count in that rate',
    grade: 'MEAS',
    source: 'S9 docs/RULE_EVIDENCE.md#audio-pool-items-report-24fps',
  },
  'media-type-needs-stream': {
    rule: 'mediaType 1 on media with no picture, or 2 on media with no sound, places nothing',
    grade: 'UNK',
    source: 'infer from S1 clipInfo mediaType; settled by Diagnostics',
  },
  'subframe-positions': {
    rule: 'GetStart/GetEnd/GetDuration answer whole frames; with subframe_precision true (19.0.2+) an item between frames answers its fractional frame',
    grade: 'DOC',
    source: 'S5 api/TimelineItem.md GetStart(subframe_precision) "Change at 19.0.2"',
  },
  'otio-round-trip': {
    rule: 'ImportTimelineFromFile of an OTIO file (18.6+) makes a new timeline keeping placement and clip volume keyframes; it answers nothing for a relative path, a taken name, a missing media file, or OTIO before 18.6',
    grade: 'MEAS',
    source: 'S9 docs/RULE_EVIDENCE.md#the-mix-goes-through-otio (Studio 21.x); S3 18.6 README lists OTIO import',
  },
  'drop-frame-timecode': {
    rule: 'GetCurrentTimecode labels drop-frame timelines with ";" before the frames and skips the dropped frame numbers',
    grade: 'UNK',
    source: 'SMPTE 12M drop-frame labelling as Resolve shows it in the viewer; the separator is settled by Diagnostics',
  },
} as const satisfies Record<string, FakeResolveRule>;

export type FakeResolveRuleId = keyof typeof FAKE_RESOLVE_RULES;
