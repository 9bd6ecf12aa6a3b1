/**
 * Makes the local engine runnable: resolves Neo4j + APOC from Maven Central into the user's Maven cache (first use
 * only, with visible progress), caches the classpath and the compiled launcher under .data/local-neo4j/, recompiles
 * when LocalNeo4j.java or pom.xml change, and fills the plugin directory with the APOC jars.
 *
 * Example: await resolveLocalNeo4j() → { classpath: '/work/main/.data/local-neo4j/classes:/root/.m2/…/neo4j-5.26.30.jar:…',
 *   pluginsDir: '/work/main/.data/local-neo4j/plugins', resolved: false }
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphError } from '../errors.ts';
import { checkJava, checkMaven } from './check-prerequisites.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Repository root (graph/local-neo4j/../..). */
export const PROJECT_ROOT = resolve(HERE, '../..');
const POM = join(HERE, 'pom.xml');
const LAUNCHER = join(HERE, 'LocalNeo4j.java');

/** What starting the engine needs. */
export interface ResolvedLocalNeo4j {
  /** Full JVM classpath: compiled launcher first, then the Maven artifacts. */
  classpath: string;
  pluginsDir: string;
  /** True when this call ran Maven or javac (a cold start). */
  resolved: boolean;
}

/** Ensures classpath, compiled launcher and plugins exist under cacheDir; cheap when all are up to date. */
export async function resolveLocalNeo4j(
  options: { cacheDir?: string; log?: (line: string) => void } = {},
): Promise<ResolvedLocalNeo4j> {
  const cacheDir = options.cacheDir ?? join(PROJECT_ROOT, '.data', 'local-neo4j');
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  checkJava();
  await mkdir(cacheDir, { recursive: true });

  const pom = await readFile(POM, 'utf8');
  const classpathFile = join(cacheDir, 'classpath.txt');
  const classpathKey = sha256(pom);
  let resolved = false;
  let mavenClasspath = await readCached(classpathFile, classpathKey);
  if (mavenClasspath === undefined) {
    checkMaven();
    log('local Neo4j: resolving Neo4j Community + APOC from Maven Central into ~/.m2 (first use only)…');
    const tmp = `${classpathFile}.${process.pid}.tmp`;
    await runLogged('mvn', ['-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`], log, 'Maven');
    mavenClasspath = (await readFile(tmp, 'utf8')).trim();
    await writeFile(tmp, `${classpathKey}\n${mavenClasspath}\n`);
    await rename(tmp, classpathFile);
    resolved = true;
  }

  const source = await readFile(LAUNCHER, 'utf8');
  const classesDir = join(cacheDir, 'classes');
  const classesKeyFile = join(cacheDir, 'classes.key');
  const classesKey = sha256(source + mavenClasspath);
  if ((await readCached(classesKeyFile, classesKey)) === undefined) {
    log('local Neo4j: compiling graph/local-neo4j/LocalNeo4j.java…');
    await rm(classesDir, { recursive: true, force: true });
    await mkdir(classesDir, { recursive: true });
    await runLogged(
      'javac',
      ['-nowarn', '-encoding', 'UTF-8', '-cp', mavenClasspath, '-d', classesDir, LAUNCHER],
      log,
      'javac',
    );
    await writeFile(classesKeyFile, `${classesKey}\nok\n`);
    resolved = true;
  }

  const pluginsDir = join(cacheDir, 'plugins');
  await syncPlugins(
    pluginsDir,
    mavenClasspath.split(delimiter).filter((jar) => /\/apoc-[a-z]+-[^/]+\.jar$/.test(jar)),
  );
  return { classpath: [classesDir, mavenClasspath].join(delimiter), pluginsDir, resolved };
}

/** Copies the APOC jars into the plugin directory and removes any other jar there. */
async function syncPlugins(pluginsDir: string, jars: string[]): Promise<void> {
  if (jars.length === 0) throw new GraphError('NEO4J_ENGINE', 'APOC jars are missing from the resolved classpath');
  await mkdir(pluginsDir, { recursive: true });
  const wanted = new Set(jars.map((jar) => basename(jar)));
  const present = new Set(await readdir(pluginsDir));
  for (const name of present) if (!wanted.has(name)) await rm(join(pluginsDir, name), { force: true });
  for (const jar of jars) {
    if (present.has(basename(jar))) continue;
    const tmp = join(pluginsDir, `.${basename(jar)}.${process.pid}.tmp`);
    await copyFile(jar, tmp);
    await rename(tmp, join(pluginsDir, basename(jar)));
  }
}

/** Returns the cached body when the file's first line equals key, else undefined. */
async function readCached(file: string, key: string): Promise<string | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const [first, ...rest] = text.split('\n');
  return first === key ? rest.join('\n').trim() : undefined;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Runs a tool, forwarding download progress and errors to log; throws NEO4J_ENGINE on failure. */
function runLogged(command: string, args: string[], log: (line: string) => void, label: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let downloaded = 0;
    const onLine = (line: string): void => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      const download = /^Downloaded from \S+: (\S+)/.exec(line);
      if (download) {
        downloaded += 1;
        if (downloaded % 10 === 1) log(`  ${label}: ${downloaded} files downloaded (${basename(download[1] ?? '')})`);
      } else if (/\[ERROR\]|error:/.test(line)) log(`  ${label}: ${line}`);
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        lines.forEach(onLine);
      });
    }
    child.once('error', (error) =>
      reject(new GraphError('NEO4J_ENGINE', `${label} could not start: ${error.message}`, { cause: error })),
    );
    child.once('close', (code) => {
      if (code === 0) {
        if (downloaded > 0) log(`  ${label}: done, ${downloaded} files downloaded`);
        resolvePromise();
      } else {
        reject(new GraphError('NEO4J_ENGINE', `${label} failed (exit ${code}):\n${tail.join('\n')}`));
      }
    });
  });
}
