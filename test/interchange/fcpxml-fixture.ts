/** FCPXML 1.10 shaped like Final Cut Pro's exports (29.97 DF, tcStart 1 h), for tests. */
interface FcpxmlFixtureOptions {
  readonly version?: string;
  /** Extra elements inside the video clip (connected items). */
  readonly extraConnected?: string;
  /** Children of the score clip before its adjust-volume (e.g. an adjust-transform). */
  readonly scoreChildren?: string;
}

export function fcpxmlTimeline(options: FcpxmlFixtureOptions = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE fcpxml>
<fcpxml version="${options.version ?? '1.10'}">
  <resources>
    <format id="r1" name="FFVideoFormat1080p2997" frameDuration="1001/30000s" width="1920" height="1080" colorSpace="1-1-1 (Rec. 709)"/>
    <asset id="r2" name="shot" uid="A1" start="0s" duration="20s" hasVideo="1" format="r1"><media-rep kind="original-media" src="file:///Volumes/Media/shot.mov"/></asset>
    <asset id="r3" name="vo" uid="A2" start="0s" duration="30s" hasAudio="1" audioSources="1" audioChannels="1" audioRate="48000"><media-rep kind="original-media" src="file:///Volumes/Media/vo%20take.wav"/></asset>
    <asset id="r4" name="score" uid="A3" start="0s" duration="60s" hasAudio="1" audioSources="1" audioChannels="2" audioRate="48000"><media-rep kind="original-media" src="file:///Volumes/Media/score.wav"/></asset>
    <asset id="r5" name="whoosh" uid="A4" start="0s" duration="9s" hasAudio="1" audioSources="1" audioChannels="2" audioRate="48000"><media-rep kind="original-media" src="file:///Volumes/Media/whoosh.wav"/></asset>
  </resources>
  <library location="file:///Users/editor/Movies/Promo.fcpbundle/">
    <event name="Day 1" uid="E1">
      <project name="Promo" uid="P1" modDate="2026-11-30 10:00:00 +0000">
        <sequence format="r1" duration="20s" tcStart="3600s" tcFormat="DF" audioLayout="stereo" audioRate="48k">
          <spine>
            <asset-clip ref="r2" offset="3600s" name="shot" start="0s" duration="20s" tcFormat="DF">
              <asset-clip ref="r3" lane="-1" offset="2s" name="vo 1" start="0s" duration="3s" audioRole="dialogue"/>
              <asset-clip ref="r3" lane="-1" offset="10s" name="vo 2" start="1s" duration="4s" audioRole="dialogue"/>
              <asset-clip ref="r4" lane="-2" offset="0s" name="score" start="10s" duration="20s" audioRole="music.Score">${options.scoreChildren ?? ''}
                <adjust-volume amount="-6dB"><param name="amount"><keyframeAnimation><keyframe time="10s" value="-20dB"/><keyframe time="21/2s" value="-6dB"/></keyframeAnimation></param></adjust-volume>
                <adjust-panner amount="0"/>
              </asset-clip>
              <asset-clip ref="r5" lane="-3" offset="8s" name="whoosh" start="0s" duration="4s" audioRole="effects"><marker start="1s" duration="1001/30000s" value="hit"/></asset-clip>${options.extraConnected ?? ''}
              <marker start="5s" duration="1001/30000s" value="Keep"/>
            </asset-clip>
          </spine>
        </sequence>
      </project>
    </event>
  </library>
</fcpxml>
`;
}
