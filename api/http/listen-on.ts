/**
 * Binding the API's port, with a message a user can act on when it fails. Example: with another PolicyGraph on
 * 4000, `await listenOn(server, '127.0.0.1', 4000)` throws ApiListenError('PORT_IN_USE', 'cannot listen on
 * 127.0.0.1:4000: the port is in use (another PolicyGraph already running?); stop it or set PORT to a free port').
 */
import type { Server } from 'node:net';

/** The API could not bind its port; `code` is PORT_IN_USE, PORT_NOT_ALLOWED or LISTEN_FAILED. */
export class ApiListenError extends Error {
  constructor(
    readonly code: 'PORT_IN_USE' | 'PORT_NOT_ALLOWED' | 'LISTEN_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'ApiListenError';
  }
}

function describe(error: NodeJS.ErrnoException, host: string, port: number): ApiListenError {
  const where = `cannot listen on ${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (error.code === 'EADDRINUSE') {
    return new ApiListenError(
      'PORT_IN_USE',
      `${where}: the port is in use (another PolicyGraph already running?); stop it or set PORT to a free port`,
    );
  }
  if (error.code === 'EACCES') {
    return new ApiListenError(
      'PORT_NOT_ALLOWED',
      `${where}: not allowed to bind this port (ports below 1024 need privileges); set PORT to 1024 or above`,
    );
  }
  if (error.code === 'EADDRNOTAVAIL') {
    return new ApiListenError('LISTEN_FAILED', `${where}: this machine has no such address; check HOST`);
  }
  return new ApiListenError('LISTEN_FAILED', `${where}: ${error.message}`);
}

/** Listens on host:port; rejects with an ApiListenError. */
export function listenOn(server: Server, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(describe(error, host, port));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
