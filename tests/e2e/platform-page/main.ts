// A bare page exposing the renderer's platform layer, so the e2e test can drive it in Chromium.
import { getClient, isDesktopApp, openExternal, readFileAsBase64 } from '../../../src-renderer/platform/index';

declare global {
  interface Window {
    platform: { getClient: typeof getClient; isDesktopApp: typeof isDesktopApp; openExternal: typeof openExternal; readFileAsBase64: typeof readFileAsBase64 };
  }
}

window.platform = { getClient, isDesktopApp, openExternal, readFileAsBase64 };
document.body.dataset.ready = 'yes';
