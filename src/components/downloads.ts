/** Anything with a URL and a name, like Framework's FileAttachment. */
export interface Downloadable {
  name: string;
  href: string;
}

/**
 * A row of download links ("Download: quotes.csv · quotes.parquet"), one per
 * file; built with DOM calls, so names are text.
 */
export function downloads(files: Downloadable[], {label = "Download", document: doc = document}: {label?: string; document?: Document} = {}): HTMLElement {
  const p = doc.createElement("p");
  p.className = "downloads";
  p.appendChild(doc.createTextNode(`${label}: `));
  files.forEach((f, i) => {
    if (i) p.appendChild(doc.createTextNode(" · "));
    const a = doc.createElement("a");
    const name = f.name.split("/").pop()!;
    a.href = f.href;
    a.download = name;
    a.appendChild(doc.createTextNode(name));
    p.appendChild(a);
  });
  return p;
}
