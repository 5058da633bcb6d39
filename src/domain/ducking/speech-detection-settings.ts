import { z } from 'zod';

/**
 * How speech is found in a voice recording. Thresholds are relative to an adaptive noise floor, so
 * the same settings work for a whispered line at −40 dBFS in a quiet booth and a shouted one over
 * room tone. Every field has a default; `speechDetectionSchema.parse({})` gives the defaults.
 * Strict, because these travel inside agency preset packs.
 */
export const speechDetectionSchema = z
  .strictObject({
    /**
     * Analysis hop: every frame of this length is judged speech or not; a region's start and end are
     * then placed to half a frame from where the energy in its first and last frame lies, so they
     * fall on multiples of half of it. The speech/music model was fitted at 20 ms (its context is
     * fixed in time, so other hops work, a little less well); 10 ms costs about twice the time.
     * @default 0.02 (20 ms, a usual VAD frame; boundaries to 10 ms)
     */
    frameSeconds: z.number().min(0.005, 'must be between 5 and 50 ms').max(0.05, 'must be between 5 and 50 ms').default(0.02),
    /**
     * Lower edge of the band whose energy decides "speech". Above mains hum (50/60 Hz and its first
     * harmonics) and most rumble, below the first formant of most voices.
     * @default 200
     */
    bandLowHz: z.number().min(20, 'must be between 20 and 1000 Hz').max(1000, 'must be between 20 and 1000 Hz').default(200),
    /**
     * Upper edge of the speech band: formants and most consonant energy lie below it.
     * @default 4000
     */
    bandHighHz: z.number().min(1000, 'must be between 1 and 20 kHz').max(20000, 'must be between 1 and 20 kHz').default(4000),
    /**
     * A region opens when the speech-band level rises this far above the noise floor …
     * @default 12
     */
    openAboveFloorDb: z.number().min(3, 'must be between 3 and 40 dB').max(40, 'must be between 3 and 40 dB').default(12),
    /**
     * … and stays open while it stays this far above (hysteresis: less than the open threshold,
     * so a syllable's decay does not chop a word).
     * @default 6
     */
    closeAboveFloorDb: z.number().min(0, 'must be between 0 and 40 dB').max(40, 'must be between 0 and 40 dB').default(6),
    /**
     * Nothing quieter than this (speech-band level) opens a region, however clean the recording:
     * in digital silence the floor would otherwise sink without limit and dither or a fader click
     * would count as speech. Low, because a file's level is not what the editor hears: a voice
     * recorded with headroom (24-bit, peaks at −45 or −50 dBFS) is raised by clip gain in the NLE,
     * which leaves the file as it was. The gate that follows the voice is maxBelowLoudestDb.
     * @default -90
     */
    minSpeechLevelDbfs: z
      .number()
      .min(-100, 'must be between −100 and −20 dBFS')
      .max(-20, 'must be between −100 and −20 dBFS')
      .default(-90),
    /**
     * … and nothing more than this far under the loudest (lightly smoothed) speech-band level within
     * the noise-floor window around it: the gate follows the voice's own level, so in digital
     * silence (synthesised or gated voice-overs) a word's tail ends where it fades under the word,
     * whatever level the file was recorded at.
     * @default 50
     */
    maxBelowLoudestDb: z.number().min(20, 'must be between 20 and 90 dB').max(90, 'must be between 20 and 90 dB').default(45),
    /**
     * The noise floor is the lowest (lightly smoothed) speech-band level within this window centred
     * on each frame: long enough to always contain a pause between words, short enough to follow
     * room tone that changes between takes.
     * @default 3
     */
    noiseFloorWindowSeconds: z.number().min(0.5, 'must be between 0.5 and 30 s').max(30, 'must be between 0.5 and 30 s').default(3),
    /**
     * A frame can only open a region when its speech-band spectrum is less flat than this
     * (geometric over arithmetic mean of the power spectrum: 0 = a pure tone, ≈0.56 = white
     * noise; voiced speech has a median near 0.03). Voiced sound is harmonic and scores low;
     * breaths, hiss and noise bursts score high and do not open a region on their own. Onsets that
     * start unvoiced ("s…") are recovered by the look-back below. 1 disables the check.
     * @default 0.35
     */
    maxOpenFlatness: z.number().min(0.05, 'must be between 0.05 and 1').max(1, 'must be between 0.05 and 1').default(0.35),
    /**
     * How long the open conditions (level and flatness) must hold without a break before a region
     * opens: one lucky frame of noise or a click is not a word.
     * @default 0.03
     */
    openConfirmSeconds: z.number().min(0, 'must be between 0 and 0.2 s').max(0.2, 'must be between 0 and 0.2 s').default(0.03),
    /**
     * When a region opens, its start moves back over the preceding frames that are still above the
     * close threshold, up to this long: soft consonant onsets belong to the word.
     * @default 0.25
     */
    onsetLookbackSeconds: z.number().min(0, 'must be between 0 and 1 s').max(1, 'must be between 0 and 1 s').default(0.25),
    /**
     * Hold: a pause shorter than this inside speech is bridged, so one phrase is one region.
     * @default 0.3
     */
    maxPauseSeconds: z.number().min(0, 'must be between 0 and 5 s').max(5, 'must be between 0 and 5 s').default(0.3),
    /**
     * Regions shorter than this (after bridging) are dropped: clicks, lip smacks, a cough.
     * @default 0.1
     */
    minSpeechSeconds: z.number().min(0, 'must be between 0 and 2 s').max(2, 'must be between 0 and 2 s').default(0.1),
    /**
     * Added before each region. The ducking preset's attack already looks ahead; this only covers
     * what the detector cannot hear (a breath-soft first syllable).
     * @default 0.02
     */
    prePadSeconds: z.number().min(0, 'must be between 0 and 2 s').max(2, 'must be between 0 and 2 s').default(0.02),
    /**
     * Added after each region, for decaying tails under the close threshold. Small: the preset's
     * release ramp (0.6 s in the built-ins) already lets the bed come back gently.
     * @default 0.03
     */
    postPadSeconds: z.number().min(0, 'must be between 0 and 2 s').max(2, 'must be between 0 and 2 s').default(0.03),
  })
  .refine((settings) => settings.closeAboveFloorDb < settings.openAboveFloorDb, {
    path: ['closeAboveFloorDb'],
    message: 'must be below openAboveFloorDb (hysteresis)',
  })
  .refine((settings) => settings.bandLowHz < settings.bandHighHz, {
    path: ['bandHighHz'],
    message: 'must be above bandLowHz',
  });

export type SpeechDetectionSettings = z.output<typeof speechDetectionSchema>;

/** The documented defaults, parsed once. */
export const DEFAULT_SPEECH_DETECTION: SpeechDetectionSettings = speechDetectionSchema.parse({});
