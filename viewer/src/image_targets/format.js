// Reads an image-target file of the bundle ("MAIT", written by museum_ar/markers/image_compile.py;
// the format is described there). Only the tablet block ("mab1" features) and the small grey
// check picture are kept: the ORB block is for desktop tools.
export function parseTarget(buffer) {
  const bytes = new Uint8Array(buffer);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== "MAIT") throw new Error("not an image-target file");
  const view = new DataView(buffer instanceof ArrayBuffer ? buffer : bytes.buffer, bytes.byteOffset);
  const hl = view.getUint32(4, true);
  const head = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + hl)));
  const n = head.points, d = head.descriptor_bytes, cw = head.check_w, ch = head.check_h, m = head.tablet_points || 0;
  let off = 8 + hl + n * 4 + n * d;
  const check = bytes.slice(off, off + cw * ch);
  off += cw * ch;
  if (bytes.length !== off + m * 36) throw new Error(`image target ${head.id}: ${bytes.length} bytes, expected ${off + m * 36}`);
  const points = new Float32Array(m * 2);
  for (let i = 0; i < m * 2; i++) points[i] = view.getUint16(off + 2 * i, true) / head.point_scale;
  off += m * 4;
  const desc = new Uint32Array(m * 8);
  for (let i = 0; i < m * 8; i++) desc[i] = view.getUint32(off + 4 * i, true);
  // the tablet block level by level ([scale, points] each, in storage order); older files: one level
  const levels = [];
  let start = 0;
  for (const [scale, count] of head.tablet_levels || [[1, m]]) { levels.push({ scale, start, count }); start += count; }
  if (start !== m) throw new Error(`image target ${head.id}: its levels hold ${start} points, not ${m}`);
  return {
    levels,
    id: head.id, widthMm: head.width_mm, heightMm: head.height_mm, refW: head.ref_w, refH: head.ref_h,
    check, checkW: cw, checkH: ch, points, desc, count: m,
  };
}
