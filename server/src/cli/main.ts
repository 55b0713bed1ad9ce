// Operator CLI entry point: `npm run cli -- <command> [flags]`; one JSON object on stdout, errors on stderr.
import { parseConfig } from '../config.ts';
import { DomainError } from '../errors.ts';
import { createStore } from '../store/create-store.ts';
import { UsageError, helpText, parseCommand } from './commands.ts';

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`Error: ${error.message}\n`);
    console.error(helpText(parseCommand(argv.slice(0, 2).concat('--help')).command));
    return 2;
  }
  if (parsed.help || !parsed.command) {
    const known = parsed.command !== undefined || argv.length === 0 || argv[0] === '--help';
    (known ? console.log : console.error)(helpText(parsed.command));
    return known ? 0 : 2;
  }
  const store = await createStore(parseConfig(process.env));
  try {
    const result = await parsed.command.run(store, parsed.values);
    console.log(typeof result === 'string' ? result : JSON.stringify(result));
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`Error (${error.code}): ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
