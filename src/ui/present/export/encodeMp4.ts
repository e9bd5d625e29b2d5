import { AVC_CODEC } from './mp4Support';

/** A key frame every two seconds, so a player seeks in a film of a few minutes without decoding it all. */
const KEY_EVERY_S = 2;

/** The film's frames in, one by one, then the MP4 out. */
export interface Mp4Writer {
  /** Encodes the canvas as it is now as frame `index`, at `index / fps` s for `1 / fps` s; resolves once few frames wait. */
  add(canvas: HTMLCanvasElement, index: number): Promise<void>;
  /** Encodes what waits and writes the file. */
  finish(): Promise<Blob>;
  close(): void;
}

/**
 * An MP4 (H.264) written by frame index (issue 15 review: MediaRecorder's MP4 took its frame times from the
 * wall clock, 314 frames in 68.7 s on a loaded machine): frame k is at k / fps exactly, however long it took
 * to compose. WebCodecs encodes, mp4-muxer writes the file (loaded only for an MP4 export).
 */
export async function mp4Writer(options: { width: number; height: number; fps: number; maxInFlight: number }): Promise<Mp4Writer> {
  const { width, height, fps, maxInFlight } = options;
  // The muxer in a chunk of its own (vendor code, apart from the app's: check-budgets counts them apart).
  const { ArrayBufferTarget, Muxer } = await import('mp4-muxer');
  const target = new ArrayBufferTarget();
  const muxer = new Muxer({ target, video: { codec: 'avc', width, height, frameRate: fps }, fastStart: 'in-memory', firstTimestampBehavior: 'offset' });
  let failure: unknown = null;
  const encoder = new VideoEncoder({
    output: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
    error: (e) => { failure = e; },
  });
  encoder.configure({ codec: AVC_CODEC, width, height, bitrate: 8_000_000, framerate: fps, avc: { format: 'avc' } });
  const period = 1_000_000 / fps;
  const keyEvery = Math.max(1, Math.round(KEY_EVERY_S * fps));
  const check = () => { if (failure) throw failure instanceof Error ? failure : new Error('the video encoder failed'); };
  return {
    async add(canvas, index) {
      check();
      const frame = new VideoFrame(canvas, { timestamp: Math.round(index * period), duration: Math.round(period) });
      try {
        encoder.encode(frame, { keyFrame: index % keyEvery === 0 });
      } finally {
        frame.close();
      }
      // Composing waits for the encoder rather than letting frames pile up in memory.
      while (encoder.encodeQueueSize > maxInFlight && !failure) {
        await new Promise<void>((resolve) => {
          const done = () => { encoder.removeEventListener('dequeue', done); resolve(); };
          encoder.addEventListener('dequeue', done);
          window.setTimeout(done, 50);
        });
      }
      check();
    },
    async finish() {
      await encoder.flush();
      check();
      muxer.finalize();
      encoder.close();
      return new Blob([target.buffer], { type: 'video/mp4' });
    },
    close() {
      if (encoder.state !== 'closed') encoder.close();
    },
  };
}
