// The per-response style nonce from <meta name="csp-nonce">, shared with every library that injects <style>.
declare global {
  interface Window {
    /** Read by get-nonce (used by react-remove-scroll inside Mantine's Modal, Menu and Drawer). */
    __webpack_nonce__?: string;
  }
}

export const styleNonce: string = document.querySelector('meta[name="csp-nonce"]')?.getAttribute("content") ?? "";

if (styleNonce) window.__webpack_nonce__ = styleNonce;
