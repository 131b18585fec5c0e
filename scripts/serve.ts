import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize, resolve, sep} from "node:path";
import {pathToFileURL} from "node:url";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".csv": "text/csv",
  ".json": "application/json", ".wasm": "application/wasm", ".parquet": "application/octet-stream",
  ".arrow": "application/octet-stream", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2"
};

/**
 * Serves a built dist/ folder on localhost under `base` (e.g. "/report/"), the way a
 * static host does: clean URLs map to .html files, and nothing outside the folder is served.
 */
export async function serveStatic(dir: string, base = "/", port = 0): Promise<{server: Server; url: string}> {
  const root = normalize(resolve(dir));
  const isFile = (p: string) => statSync(p, {throwIfNoEntry: false})?.isFile() ?? false;
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return void res.writeHead(400).end("bad URL");
    }
    if (!path.startsWith(base)) return void res.writeHead(404).end();
    let file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    if (statSync(file, {throwIfNoEntry: false})?.isDirectory()) file = join(file, "index.html");
    else if (!isFile(file) && isFile(`${file}.html`)) file = `${file}.html`;
    if (!isFile(file)) return void res.writeHead(404).end("not found");
    res.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done, fail) => server.once("error", fail).listen(port, "127.0.0.1", done));
  const address = server.address() as {port: number};
  return {server, url: `http://127.0.0.1:${address.port}${base}`};
}

/** `npm run serve [-- --port N] [folder]`: serves the built report (dist/ by default) until stopped. */
async function main(args: string[]): Promise<void> {
  const at = args.indexOf("--port");
  const port = at >= 0 ? Number(args[at + 1]) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${args[at + 1]}`);
  const dir = resolve(args.filter((_, i) => at < 0 || (i !== at && i !== at + 1))[0] ?? "dist");
  if (!existsSync(join(dir, "index.html"))) throw new Error(`no built report in ${dir}: run npm run build first`);
  const {url} = await serveStatic(dir, "/", port);
  console.log(`Serving ${dir} at ${url} (Ctrl-C stops)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  });
}
