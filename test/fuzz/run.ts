import fc from 'fast-check';
import { checkText, codeLikeText, corpusSamples, languageId, mutatedSample } from '../properties/engine';

// `npm run fuzz [-- --minutes N] [--seed S]`: the engine's properties (test/properties/engine.ts)
// over mutated corpus files and random code-like text for N minutes (default 2). Prints the seed
// first; a failure prints the shrunk text and the seed and path that replay it, and exits 1.

interface Options { minutes: number; seed: number }

function parse(argv: readonly string[]): Options | string {
  let minutes = 2;
  let seed = Date.now() % 2_147_483_647;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split('=', 2);
    const value = inline ?? argv[++i];
    if (flag !== '--minutes' && flag !== '--seed') return `unknown option ${argv[i] ?? ''} (use --minutes N, --seed S)`;
    const number = Number(value);
    if (value === undefined || value === '' || !Number.isFinite(number)) return `${flag} takes a number`;
    if (flag === '--minutes') {
      if (number <= 0 || number > 24 * 60) return '--minutes takes a number from 0 to 1440';
      minutes = number;
    } else {
      if (!Number.isInteger(number)) return '--seed takes an integer';
      seed = number;
    }
  }
  return { minutes, seed };
}

function main(): number {
  const options = parse(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`fuzz: ${options}\n`);
    return 2;
  }
  const samples = corpusSamples();
  const half = (options.minutes * 60_000) / 2;
  let cases = 0;
  const arbitraries = [
    { name: 'mutated corpus files', arbitrary: mutatedSample(samples) },
    { name: 'code-like text', arbitrary: fc.record({ text: codeLikeText, languageId, file: fc.constant('(generated)') }) },
  ];
  process.stdout.write(`fuzz: seed ${options.seed}, ${options.minutes} min, ${samples.length} corpus files\n`);
  for (const { name, arbitrary } of arbitraries) {
    const started = Date.now();
    const result = fc.check(fc.property(arbitrary, (sample) => {
      cases++;
      checkText(sample.text, sample.languageId, { fixesFor: 6 });
    }), { seed: options.seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: half, markInterruptAsFailure: false });
    if (result.failed) {
      process.stdout.write(`${fc.defaultReportMessage(result) ?? 'failed'}\n`);
      const error = result.errorInstance;
      process.stdout.write(`cause: ${error instanceof Error ? error.message : String(error)}\n`);
      process.stdout.write(`fuzz: ${name} FAILED; replay with: npm run fuzz -- --seed ${options.seed}\n`);
      return 1;
    }
    process.stdout.write(`fuzz: ${name}: ${result.numRuns} cases in ${((Date.now() - started) / 1000).toFixed(0)} s, no property broken\n`);
  }
  process.stdout.write(`fuzz: ${cases} cases, seed ${options.seed}: all properties held\n`);
  return 0;
}

process.exitCode = main();
