/** Views above this many elements (nodes + edges) are drawn with WebGL and simpler styles. */
export const LARGE_VIEW_ELEMENTS = 1500;

export function isLargeView(counts: { nodes: number; edges: number }): boolean {
  return counts.nodes + counts.edges > LARGE_VIEW_ELEMENTS;
}

/** Renderer names of WebGL implementations that run on the CPU. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let available: boolean | undefined;

/**
 * Whether this browser gives a hardware WebGL 2 context, which Cytoscape's WebGL renderer
 * needs: without one it fails outright, and on a software rasteriser (SwiftShader when
 * the GPU is disabled) it draws a frame in seconds where the 2D canvas takes a fraction.
 * Asked once; the probe's context is released at once.
 */
export function hardwareWebgl2Available(): boolean {
  if (available !== undefined) return available;
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    if (!gl) {
      available = false;
    } else {
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      available = !SOFTWARE_RENDERER.test(renderer);
      gl.getExtension("WEBGL_lose_context")?.loseContext();
    }
  } catch {
    available = false;
  }
  return available;
}

/**
 * Whether to draw with WebGL: large views on hardware WebGL 2, unless `?renderer=webgl` or
 * `?renderer=canvas` says otherwise (the render benchmark compares the two that way).
 */
export function shouldUseWebgl(large: boolean, search = window.location.search): boolean {
  const forced = new URLSearchParams(search).get("renderer");
  if (forced === "canvas") return false;
  if (forced === "webgl") return webgl2Available();
  return large && hardwareWebgl2Available();
}

function webgl2Available(): boolean {
  try {
    return document.createElement("canvas").getContext("webgl2") !== null;
  } catch {
    return false;
  }
}
