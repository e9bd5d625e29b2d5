import { useEffect, useState } from 'react';

/**
 * A promise's value once it settles, `pending` until then, `failed` if it
 * rejects; a new promise starts over. Only the latest promise's answer is
 * kept, so a slow old one cannot overwrite a newer one.
 */
export function useSettled<T, P, F>(promise: Promise<T> | undefined, pending: P, failed: F): T | P | F {
  const [state, setState] = useState<{ promise: Promise<T> | undefined; value: T | P | F }>({ promise, value: pending });
  // A new promise: back to pending, in the same render (no effect round trip).
  if (state.promise !== promise) setState({ promise, value: pending });
  useEffect(() => {
    let live = true;
    promise?.then((value) => { if (live) setState({ promise, value }); }, () => { if (live) setState({ promise, value: failed }); });
    return () => { live = false; };
  }, [promise, failed]);
  return state.promise === promise ? state.value : pending;
}
