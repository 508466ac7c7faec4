/// <reference types="vite/client" />
import type { FacilitatorApi } from '../electron/api/bridge';

declare global {
  interface Window {
    /** Exposed by the preload script; the renderer's only way to reach the app. */
    facilitator: FacilitatorApi;
  }
}

export {};
