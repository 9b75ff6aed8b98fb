/** Source labels in the fact sheet that mark a page as one the site must never link. */
const FLAG_PATTERN = /⚠|【镜像\/垃圾站】|【转载\/疑为镜像】|【低可靠】/;

/** The hosts of every URL on a fact-sheet line whose source label is flagged, normalised, sorted and unique. */
export function extractFlaggedHosts(factSheet: string): string[] {
  const hosts = new Set<string>();
  for (const line of factSheet.split('\n')) {
    if (!FLAG_PATTERN.test(line)) continue;
    for (const m of line.matchAll(/https?:\/\/([^/\s）)｜]+)/g)) hosts.add(normaliseHost(m[1]));
  }
  return [...hosts].sort();
}

/** Lowercases a host and drops `www.` / `m.` prefixes, so variants compare equal. */
function normaliseHost(host: string): string {
  return host.toLowerCase().replace(/^(www\.|m\.)+/, '');
}

/** Whether a URL points at one of the flagged hosts (or a subdomain of one). */
export function isFlaggedUrl(url: string, flagged: readonly string[]): boolean {
  const host = normaliseHost(URL.parse(url)?.hostname ?? '');
  return flagged.some((f) => host === f || host.endsWith(`.${f}`));
}
