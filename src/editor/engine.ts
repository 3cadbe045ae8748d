import type * as Core from '../core/engine';

// The editor layer reaches the pure core only through `engine()`. The entry point says how it is
// loaded: the desktop build requires dist/engine.js on first use (activation then compiles only
// this layer, a sixth of the code), the web build links it in.

export type Engine = typeof Core;

let loader: (() => Engine) | undefined;
let loaded: Engine | undefined;

/** Called once by the entry point, before activation registers anything. */
export function useEngine(load: () => Engine): void {
  loader = load;
  loaded = undefined;
}

export function engine(): Engine {
  if (loaded) return loaded;
  if (!loader) throw new Error('HTTP Status Guide: the entry point did not say how to load the engine');
  loaded = loader();
  return loaded;
}
