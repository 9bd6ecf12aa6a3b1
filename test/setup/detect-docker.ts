/**
 * Answers quickly whether a Docker engine responds, so the test setup can choose testcontainers without hanging.
 *
 * Example: await dockerAnswers() → false on a machine without /var/run/docker.sock and without DOCKER_HOST.
 */
import { existsSync } from 'node:fs';
import { request } from 'node:http';

/** GET /_ping on DOCKER_HOST (unix:// or tcp://) or /var/run/docker.sock; false on any error or after timeoutMs. */
export function dockerAnswers(
  env: Record<string, string | undefined> = process.env,
  timeoutMs = 1_500,
): Promise<boolean> {
  const host = env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  let target: { socketPath: string } | { host: string; port: number };
  if (host.startsWith('unix://')) {
    const socketPath = host.slice('unix://'.length);
    if (!existsSync(socketPath)) return Promise.resolve(false);
    target = { socketPath };
  } else if (host.startsWith('tcp://')) {
    const url = new URL(host.replace(/^tcp:/, 'http:'));
    target = { host: url.hostname, port: Number(url.port || 2375) };
  } else {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const req = request({ ...target, path: '/_ping', method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(false));
    req.end();
  });
}
