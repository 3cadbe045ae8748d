// Command ids the extension contributes, and command links for Markdown that is trusted to run
// exactly these commands (never blanket trust).

export const COMMANDS = {
  openGuide: 'httpStatusGuide.openGuide',
  replaceStatus: 'httpStatusGuide.replaceStatus',
  lookUpCode: 'httpStatusGuide.lookUpCode',
  whichCode: 'httpStatusGuide.whichCode',
  auditWorkspace: 'httpStatusGuide.auditWorkspace',
  openExample: 'httpStatusGuide.openExample',
  openRules: 'httpStatusGuide.openRules',
} as const;

/** Commands our hovers may link to. */
export const HOVER_COMMANDS: readonly string[] = [COMMANDS.openGuide, COMMANDS.replaceStatus];

export function commandUri(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
