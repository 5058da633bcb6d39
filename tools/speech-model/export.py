import sys,pickle,numpy as np
mu,sd,(W1,b1,W2,b2)=pickle.load(open(sys.argv[1],'rb'))
H=W1.shape[1]; d=W1.shape[0]
Wf=(W1/sd[:,None])            # d x H
bf=b1-(mu/sd)@W1
def arr(a): return ', '.join('%.6g'%v for v in a)
rows=Wf.T.reshape(-1)
out=f'''/**
 * The speech/music model's weights: {d} inputs → {H} tanh units → 1 logistic output, the inputs'
 * normalisation folded in. Fitted offline (tools/speech-model/, seeded, numpy) on 20 ms frames of synthesised
 * speech (espeak-ng, flite, eight languages and whispers) over silence, room noise, hum, HVAC noise
 * and synthesised music beds (chords, pads, drums; plucked arpeggios, synth bass, electronic drums; 4–16 dB
 * under the voice, several tempi) and wind, plus voice-like harmonic bursts — built with other seeds than
 * the accuracy suite's files, which it never saw.
 *
 * Why a learned model: the cues that tell a voice from a bed (level over the floor per band, flux,
 * spectral stability, their rise and fall over ±250 ms) each separate part of the cases; how to
 * weigh them per case is what a tiny network learns from labelled frames better than hand-set
 * thresholds. {H * (d + 2) + 1} numbers, pure arithmetic: no WASM, nothing downloaded.
 */
export interface SpeechModelWeights {{
  /** Row per hidden unit, {d} inputs each (SpeechLikelihood's input order). */
  readonly hiddenWeights: Float64Array;
  readonly hiddenBias: Float64Array;
  readonly outputWeights: Float64Array;
  readonly outputBias: number;
}}

export const SPEECH_MODEL: SpeechModelWeights = {{
  hiddenWeights: Float64Array.from([{arr(rows)}]),
  hiddenBias: Float64Array.from([{arr(bf)}]),
  outputWeights: Float64Array.from([{arr(W2)}]),
  outputBias: {b2[0]:.6g},
}};
'''
open(sys.argv[2],'w').write(out)
print('written',d,H)
