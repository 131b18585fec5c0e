import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize} from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".csv": "text/csv",
  ".json": "application/json", ".wasm": "application/wasm", ".parquet": "application/octet-stream",
  ".arrow": "application/octet-stream", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2"
};

/**
 * Serves a built dist/ folder on localhost under `base` (e.g. "/report/"), the way a
 * static host does: clean URLs map to .html files, and nothing outside the folder is served.
 */
export async function serveStatic(dir: string, base = "/"): Promise<{server: Server; url: string}> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!path.startsWith(base)) return void res.writeHead(404).end();
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) return void res.writeHead(404).end("not found");
    res.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as {port: number};
  return {server, url: `http://127.0.0.1:${port}${base}`};
}
