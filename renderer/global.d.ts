/// <reference types="vite/client" />
import type { FacilitatorApi } from '../core/contract/bridge';

declare global {
  interface Window {
    /** Exposed by the preload script; the renderer's only way to reach the app. */
    facilitator: FacilitatorApi;
  }
}

export {};
