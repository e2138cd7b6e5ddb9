/** The native menu. Its actions are main.ts's; this file only lays them out. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { ThemeSource } from '../api/app-state-file';

export interface MenuActions {
  newNotebook(): void;
  openNotebook(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  importFiles(): void;
  exportFiles(): void;
  shortcuts(): void;
  reload(): void;
  setTheme(theme: ThemeSource): void;
  about(): void;
}

export interface MenuState {
  recentNotebooks: string[];
  currentNotebook?: string;
  theme: ThemeSource;
  showDevTools: boolean;
  isMac: boolean;
}

export function buildMenu(actions: MenuActions, state: MenuState): Menu {
  const recent: MenuItemConstructorOptions[] = state.recentNotebooks.length
    ? [
        ...state.recentNotebooks.map((path) => ({
          label: basename(path),
          sublabel: path,
          toolTip: path,
          enabled: path !== state.currentNotebook,
          click: () => actions.openRecent(path),
        })),
        { type: 'separator' },
        { label: 'Clear Recent', click: actions.clearRecent },
      ]
    : [{ label: 'No recent notebooks', enabled: false }];

  const theme = (label: string, value: ThemeSource): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: state.theme === value,
    click: () => actions.setTheme(value),
  });

  const template: MenuItemConstructorOptions[] = [
    ...(state.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Notebook…', accelerator: 'CmdOrCtrl+Shift+N', click: actions.newNotebook },
        { label: 'Open Notebook…', accelerator: 'CmdOrCtrl+O', click: actions.openNotebook },
        { label: 'Open Recent', submenu: recent },
        { type: 'separator' },
        { label: 'Import…', accelerator: 'CmdOrCtrl+Shift+I', click: actions.importFiles }, // Ctrl+I stays italic in the brief
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: actions.exportFiles },
        { type: 'separator' },
        state.isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Reload', accelerator: 'CmdOrCtrl+R', click: actions.reload },
        ...(state.showDevTools ? [{ role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Theme', submenu: [theme('Follow System', 'system'), theme('Light', 'light'), theme('Dark', 'dark')] },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'Keyboard Shortcuts', click: actions.shortcuts }, { label: 'About Casebook', click: actions.about }] },
  ];
  return Menu.buildFromTemplate(template);
}
