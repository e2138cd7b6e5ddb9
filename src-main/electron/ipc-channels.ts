/** The IPC channel names shared by main and the preload (the preload bundles this file). */
export const IPC = {
  call: 'casebook:call',
  change: 'casebook:change',
  menu: 'casebook:menu',
  importProgress: 'casebook:import-progress',
  openExternal: 'casebook:open-external',
  saveFile: 'casebook:save-file',
  showInFolder: 'casebook:show-in-folder',
  beforeClose: 'casebook:before-close',
  flushed: 'casebook:flushed',
} as const;
