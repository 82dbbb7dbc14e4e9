const failedScript = /(https?:\/\/[^\s'"]+\.js)\b/;
let attempts = 0;

/**
 * Loads a module, trying again after a failure. Some browsers never fetch a module again once
 * its import failed (Chromium 150), so a later try asks for the same file under a fresh address.
 */
export async function loadModule<M>(load: () => Promise<M>, again: boolean): Promise<M> {
  try {
    return await load();
  } catch (error) {
    const script = again && error instanceof Error ? failedScript.exec(error.message) : null;
    if (!script) throw error;
    attempts++;
    return (await import(/* @vite-ignore */ `${script[1]}?attempt=${attempts}`)) as M;
  }
}
