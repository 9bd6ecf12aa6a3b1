/**
 * `policygraph token --user NAME [--role curator] [--expires-in 8h]`: prints an HS256 JWT signed with the
 * configured JWT_SECRET, for the API's curation mutations; it expires after 8 hours unless `--expires-in` says
 * otherwise (seconds, or a number with s, m, h or d). Example: `policygraph token --user li --role curator`
 * → `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.…`.
 */
import { ApiConfigError, describeConfigWarnings, readApiConfig, signToken } from '../../api/index.ts';

export const summary = 'print a JWT for the API (--user NAME [--role curator] [--expires-in 8h])';

const USAGE =
  'usage: policygraph token --user NAME [--role ROLE]… [--expires-in DURATION (default 8h; e.g. 3600, 30m, 2d)]\n';

/** Parsed options of the token command (pure; exported for tests). */
export function parseTokenArgs(args: string[]): { user: string; roles: string[]; expiresIn?: number } | string {
  let user: string | undefined;
  const roles: string[] = [];
  let expiresIn: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = inline ?? args[i + 1];
    if (inline === undefined && ['--user', '--role', '--expires-in'].includes(flag)) i++;
    if (flag === '--user') user = value;
    else if (flag === '--role') {
      if (value) roles.push(value);
    } else if (flag === '--expires-in') {
      const match = /^([1-9]\d*)([smhd]?)$/.exec(value ?? '');
      if (!match) return `--expires-in needs a duration such as 3600, 30m, 8h or 2d, got "${value ?? ''}"`;
      expiresIn = Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
    } else return `unknown option "${arg}"`;
  }
  if (!user || user.startsWith('--')) return '--user NAME is required';
  return expiresIn === undefined ? { user, roles } : { user, roles, expiresIn };
}

/** Prints the token; exit code 2 on bad arguments or configuration. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseTokenArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`policygraph token: ${parsed}\n${USAGE}`);
    return 2;
  }
  try {
    const config = readApiConfig(process.env);
    for (const warning of describeConfigWarnings(config)) process.stderr.write(`warning: ${warning}\n`);
    const options = parsed.expiresIn === undefined ? {} : { expiresInSeconds: parsed.expiresIn };
    process.stdout.write(`${signToken({ sub: parsed.user, roles: parsed.roles }, config.jwtSecret, options)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ApiConfigError) {
      process.stderr.write(`policygraph token: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
