/**
 * Loaded with `node --import` before a server sample: a sample listens on the
 * fixed port its article names (3000), which another test or another program
 * on the machine may hold. Here every listen() takes a free port instead, and
 * tells the parent process (over the fork IPC channel) the port the sample
 * asked for and the one it got, so the test can both check the article's claim
 * and reach the server.
 */
import { Server } from 'node:net';

const listen = Server.prototype.listen;
type ListenArgs = Parameters<typeof listen>;

Server.prototype.listen = function (this: Server, ...args: unknown[]) {
  let requested: unknown;
  if (typeof args[0] === 'number' || typeof args[0] === 'string') {
    requested = args[0];
    args[0] = 0;
  } else if (args[0] && typeof args[0] === 'object' && 'port' in args[0]) {
    requested = (args[0] as { port: unknown }).port;
    args[0] = { ...args[0], port: 0 };
  }
  this.once('listening', () => {
    const address = this.address();
    process.send?.({
      requested: requested === undefined ? undefined : Number(requested),
      port: typeof address === 'object' && address ? address.port : undefined,
    });
  });
  return listen.apply(this, args as ListenArgs);
} as typeof listen;
