/**
 * Preloaded with `node --require` in a process and in its worker threads: any
 * network use throws and is reported on stderr, so a test can show that code
 * run under it needs no network at all.
 */
const dns = require('node:dns');
const net = require('node:net');
const tls = require('node:tls');

function refuse(what) {
  process.stderr.write(`TENTATIVE RÉSEAU : ${what}\n`);
  throw new Error(`réseau interdit (${what})`);
}

// Local IPC (a Unix socket path, as tsx uses between its processes) is no network: it goes through.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const target = Array.isArray(args[0]) ? args[0][0] : args[0];
  const ipcPath = typeof target === 'string' && Number.isNaN(Number(target)) ? target : target?.path;
  if (typeof ipcPath === 'string') return connect.apply(this, args);
  return refuse(`connexion TCP vers ${target?.host ?? args[1] ?? 'localhost'}:${target?.port ?? target}`);
};
tls.connect = () => refuse('connexion TLS');
dns.lookup = (host) => refuse(`résolution DNS de ${host}`);
dns.promises.lookup = async (host) => refuse(`résolution DNS de ${host}`);
globalThis.fetch = async (url) => refuse(`fetch ${url}`);
