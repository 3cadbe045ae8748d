import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

// Runs first (suites load in file-name order), before anything has triggered activation.
describe('activation', () => {
  it('is lazy: nothing activates the extension before a served language or command is used', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    assert.equal(extension.isActive, false, 'not active on startup with no document open');
    const started = performance.now();
    await extension.activate();
    const line = `  activation (module load + activate()): ${(performance.now() - started).toFixed(1)} ms`;
    const results = process.env.HSG_TEST_RESULTS;
    if (results) fs.appendFileSync(results, `${line}\n`);
    assert.equal(extension.isActive, true);
  });
});
