import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

// Entry point the extension host loads through `extensionTestsPath`: runs every compiled suite in
// ./suite with mocha and appends one line per test to the results file the harness named (the
// extension host's console output reaches the browser only in a mangled form).

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000 });
  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(suiteDir, file));
  }
  const results = process.env.HSG_TEST_RESULTS;
  const record = (line: string): void => {
    if (results) fs.appendFileSync(results, `${line}\n`);
    console.log(line);
  };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      record(`vscode integration: ${runner.stats?.passes ?? 0} passing, ${failures} failing`);
      if (failures) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => { record(`  ok   ${test.fullTitle()} (${test.duration ?? 0} ms)`); });
    runner.on('fail', (test, error: Error) => { record(`  FAIL ${test.fullTitle()}: ${error.message}`); });
  });
}
