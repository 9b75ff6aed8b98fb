/**
 * Stamps every file of a zip archive with one modification time. The zip
 * writer inside exceljs (JSZip) stamps files with the clock, so without this
 * two builds of the same content would differ in those bytes.
 */
export function setZipTimes<Z extends Uint8Array>(zip: Z, when: Date): Z {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // MS-DOS time and date fields, as the zip format (APPNOTE 4.4.6) stores them.
  const time =
    (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const day =
    ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive: no end-of-central-directory record');
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`no zip directory entry at ${at}`);
    const local = view.getUint32(at + 42, true);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    // Fixed header, then file name, extra field and comment.
    const lengths = [28, 30, 32].map((offset) => view.getUint16(at + offset, true));
    at += 46 + lengths[0] + lengths[1] + lengths[2];
  }
  return zip;
}
