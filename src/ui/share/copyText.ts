/**
 * Copies text with the asynchronous Clipboard API. Where that is missing or
 * refused (an insecure page, a frame without `clipboard-write`, a denied
 * permission), selects the field's text instead so the reader can copy it by
 * hand, and says so by returning false.
 */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}
