// The project config's file name on its own: the editor watches for it at activation, before
// anything else of the lint engine is loaded.

export const CONFIG_FILE = '.http-status-guide.json';
