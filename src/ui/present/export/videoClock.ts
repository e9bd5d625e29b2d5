/** The video's frame rate: one frame composed on each tick of a timer, whatever the map draws (issue 15 review). */
export const VIDEO_FPS = 12;
