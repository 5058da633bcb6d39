/**
 * Output resolutions each Seedance model renders, by id prefix so a newer dated snapshot of a
 * family works before the catalog lists it. From BytePlus's own ComfyUI nodes
 * (byteplus-sa/ComfyUI-BytePlus-ModelArk `nodes/models_config.py` VIDEO_2_MODEL_RESOLUTIONS; T):
 * 2.0 and 2.5 render 480p–1080p (2.0 also 4k, which we do not offer), Fast and Mini 480p–720p.
 */
export function byteplusResolutions(modelId: string): readonly string[] {
  if (/^dreamina-seedance-2-0-(fast|mini)(?:-|$)/.test(modelId)) return ['480p', '720p'];
  return ['480p', '720p', '1080p'];
}

/** The resolution used when a request names none: the sharpest the model renders, up to 1080p, for HD timelines. */
export function byteplusDefaultResolution(modelId: string): string {
  return byteplusResolutions(modelId).at(-1)!;
}
