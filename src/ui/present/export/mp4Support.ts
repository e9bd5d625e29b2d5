// Whether this browser can write the MP4 (issue 15): asked when the video dialog opens, without loading the muxer.

/** H.264 High profile, level 4.0: 1920×1080 (and 1440×1080) at the film's rate. */
export const AVC_CODEC = 'avc1.640028';

/** True where WebCodecs can encode H.264 at this size (Chromium, Safari, recent Firefox). */
export async function canEncodeMp4(width = 1920, height = 1080): Promise<boolean> {
  if (typeof VideoEncoder === 'undefined' || typeof VideoFrame === 'undefined') return false;
  try {
    const { supported } = await VideoEncoder.isConfigSupported({ codec: AVC_CODEC, width, height, bitrate: 8_000_000, framerate: 12 });
    return supported === true;
  } catch {
    return false;
  }
}
