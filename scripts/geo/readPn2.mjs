// Reads Marble's PN2 vector format (version 2), in which Debian's marble-data
// ships Natural Earth 1:50m layers. Layout, big-endian (Qt QDataStream):
//   header: u8 version, u32 polygon count, u8 "has colour index"
//   polygon: u8 flag (0 line, 1 ring, 2 outer, 3 inner, 4 multi), u32 feature id,
//            [u8 colour index when the id is new and the header says so],
//            u32 absolute-node count (multi: u8 member count, then members
//            each with flag, id and node count), then per absolute node
//            i16 lat, i16 lon (units of 1/120 degree), i16 relative-node count,
//            and per relative node i8 dlat, i8 dlon from that absolute node.

/**
 * @param {Uint8Array} buf
 * @returns {Array<{ id: number, flag: number, coords: Array<[number, number]> }>}
 */
export function readPn2(buf) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let at = 0;
  const u8 = () => view.getUint8(at++);
  const i8 = () => view.getInt8(at++);
  const u32 = () => { const v = view.getUint32(at); at += 4; return v; };
  const i16 = () => { const v = view.getInt16(at); at += 2; return v; };
  const version = u8();
  if (version !== 2) throw new Error(`PN2 version ${version}: only version 2 is read`);
  const count = u32();
  const colour = u8() !== 0;
  /** @param {number} n */
  const nodes = (n) => {
    /** @type {Array<[number, number]>} */
    const pts = [];
    for (let a = 0; a < n; a++) {
      const lat = i16();
      const lon = i16();
      const rel = i16();
      pts.push([lon / 120, lat / 120]);
      for (let r = 0; r < rel; r++) {
        const dLat = i8();
        const dLon = i8();
        pts.push([(lon + dLon) / 120, (lat + dLat) / 120]);
      }
    }
    return pts;
  };
  const out = [];
  let previousId = -1;
  for (let p = 0; p < count && at < buf.length; p++) {
    const flag = u8();
    const id = u32();
    if (id !== previousId && colour) u8();
    previousId = id;
    if (flag === 4) {
      const members = u8();
      for (let m = 0; m < members; m++) {
        const memberFlag = u8();
        u32();
        out.push({ id, flag: memberFlag, coords: nodes(u32()) });
      }
    } else {
      out.push({ id, flag, coords: nodes(u32()) });
    }
  }
  return out;
}
