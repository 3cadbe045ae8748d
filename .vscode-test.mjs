// @vscode/test-cli configuration: runs the same integration suites (out/test/vscode/suite) in a
// downloaded desktop VS Code, for machines that can reach update.code.visualstudio.com:
//   npm run build && npm run compile-tests && npx vscode-test
// On machines without that access, `npm run test:vscode` runs them in code-server instead.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  files: 'out/test/vscode/suite/**/*.test.js',
  workspaceFolder: 'test/fixtures/workspace',
  version: '1.100.0',
  mocha: { ui: 'bdd', timeout: 20000 },
});
